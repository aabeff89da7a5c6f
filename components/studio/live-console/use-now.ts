'use client'

import { useEffect, useState } from 'react'

/** The clock, ticking while `active`; null on the server and before mount so the first paint matches. */
export function useNow(active: boolean, intervalMs = 1000): number | null {
  const [now, setNow] = useState<number | null>(null)
  useEffect(() => {
    const tick = () => setNow(Date.now())
    const first = setTimeout(tick, 0)
    const timer = active ? setInterval(tick, intervalMs) : undefined
    return () => {
      clearTimeout(first)
      clearInterval(timer)
    }
  }, [active, intervalMs])
  return now
}
