'use client'

import { useRouter } from 'next/navigation'
import { useEffect } from 'react'

/**
 * While a payment's webhook is on its way, re-reads the page every two seconds for up to a
 * minute. (Realtime order updates replace this when the realtime service lands.)
 */
export function PendingRefresher() {
  const router = useRouter()
  useEffect(() => {
    let runs = 0
    const timer = setInterval(() => {
      runs += 1
      if (runs > 30) clearInterval(timer)
      else router.refresh()
    }, 2000)
    return () => clearInterval(timer)
  }, [router])
  return null
}
