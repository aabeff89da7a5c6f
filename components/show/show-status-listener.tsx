'use client'

import { useRouter } from 'next/navigation'
import { useState } from 'react'
import { channels } from '@/lib/live/channels'
import type { ShowEvents } from '@/lib/live/events'
import { RealtimeProvider, useChannelEvent } from '@/lib/services/realtime/client'
import type { RealtimeClientConfig } from '@/lib/services/realtime/types'

const ANNOUNCE: Record<ShowEvents['status']['status'], string> = {
  scheduled: '',
  live: 'The show is live now. Loading it…',
  ended: 'The show has ended.',
  cancelled: 'The show was cancelled.',
}

/** Reloads the page's server render when the show changes state, so "live" needs no refresh. */
export function ShowStatusListener({ showId, status, config }: { showId: string; status: string; config: RealtimeClientConfig }) {
  return (
    <RealtimeProvider config={config}>
      <Listener showId={showId} status={status} />
    </RealtimeProvider>
  )
}

function Listener({ showId, status }: { showId: string; status: string }) {
  const router = useRouter()
  const [message, setMessage] = useState('')
  useChannelEvent<ShowEvents['status']>(channels.show(showId), 'status', (event) => {
    if (event.status === status) return
    setMessage(ANNOUNCE[event.status])
    router.refresh()
  })
  return (
    <p role="status" className="sr-only">
      {message}
    </p>
  )
}
