'use client'

import { useEffect } from 'react'
import { heartbeatAction, leaveAction } from './actions'

/** Every 15 s while the tab is visible: the server counts concurrent, peak and unique viewers from these. */
export const HEARTBEAT_MS = 15_000

export function useViewerHeartbeat(showId: string, live: boolean) {
  useEffect(() => {
    if (!live) return
    let timer: ReturnType<typeof setInterval> | undefined
    const beat = () => void heartbeatAction({ showId }).catch(() => undefined)
    const startBeating = () => {
      if (timer) return
      beat()
      timer = setInterval(beat, HEARTBEAT_MS)
    }
    const stopBeating = () => {
      if (timer) clearInterval(timer)
      timer = undefined
    }
    const onVisibility = () => (document.visibilityState === 'visible' ? startBeating() : stopBeating())
    const onLeave = () => void leaveAction({ showId }).catch(() => undefined)
    if (document.visibilityState === 'visible') startBeating()
    document.addEventListener('visibilitychange', onVisibility)
    window.addEventListener('pagehide', onLeave)
    return () => {
      stopBeating()
      document.removeEventListener('visibilitychange', onVisibility)
      window.removeEventListener('pagehide', onLeave)
      onLeave()
    }
  }, [showId, live])
}
