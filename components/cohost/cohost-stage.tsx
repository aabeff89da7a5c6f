'use client'

import { LogInIcon, LogOutIcon } from 'lucide-react'
import Link from 'next/link'
import { useRouter } from 'next/navigation'
import { useState } from 'react'
import { ShowStatusBadge } from '@/components/studio/shows/show-status-badge'
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import type { CoHostStage as Stage } from '@/lib/dal/show-cohost'
import type { ShowStatus } from '@/lib/domain/show-state'
import { channels } from '@/lib/live/channels'
import type { ShowEvents } from '@/lib/live/events'
import { HostStage } from '@/lib/services/video/client'
import { useChannelEvent } from '@/lib/services/realtime/client'

type Props = { showId: string; slug: string; status: ShowStatus; stage: Stage }

const ANNOUNCE: Record<ShowStatus, string> = {
  scheduled: '',
  live: 'The show is live. You can join the stage now.',
  ended: 'The show has ended.',
  cancelled: 'The show was cancelled.',
}

/**
 * The co-host's camera. Sending starts only when they choose "Join on stage", and only while the
 * show is live; the show channel's status event switches the page without a reload.
 */
export function CoHostStage({ showId, slug, status: initialStatus, stage }: Props) {
  const router = useRouter()
  const [status, setStatus] = useState(initialStatus)
  const [joined, setJoined] = useState(false)
  const [announce, setAnnounce] = useState('')

  useChannelEvent<ShowEvents['status']>(channels.show(showId), 'status', (event) => {
    if (event.status === status) return
    setStatus(event.status)
    setAnnounce(ANNOUNCE[event.status])
    if (event.status !== 'live') setJoined(false)
    // A fresh render brings a fresh video token, or closes the stage once the show is over.
    router.refresh()
  })

  const isLive = status === 'live'
  const onStage = joined && isLive

  return (
    <div className="grid gap-4">
      <div className="flex flex-wrap items-center gap-3 text-sm">
        <ShowStatusBadge status={status} />
        {status === 'scheduled' ? <span className="text-muted-foreground">You can join the stage once the host goes live.</span> : null}
        {isLive ? (
          <Link href={`/live/${slug}`} target="_blank" rel="noopener" className="font-medium underline">
            Watch as a viewer
          </Link>
        ) : null}
      </div>
      <p role="status" aria-live="polite" className="sr-only">
        {announce}
      </p>

      {stage.kind === 'closed' || status === 'ended' || status === 'cancelled' ? (
        <Alert>
          <AlertTitle>{status === 'cancelled' ? 'This show was cancelled' : 'This show has ended'}</AlertTitle>
          <AlertDescription>There is no stage to join. Thanks for co-hosting.</AlertDescription>
        </Alert>
      ) : stage.kind === 'unsupported' ? (
        <Alert>
          <AlertTitle>Co-hosting is not available on this site</AlertTitle>
          <AlertDescription>{stage.message}</AlertDescription>
        </Alert>
      ) : stage.kind === 'error' ? (
        <Alert variant="destructive" role="alert">
          <AlertTitle>Video is unavailable</AlertTitle>
          <AlertDescription>{stage.message}</AlertDescription>
        </Alert>
      ) : (
        <>
          <div className="flex flex-wrap items-center gap-2">
            {onStage ? (
              <Button type="button" variant="outline" onClick={() => setJoined(false)}>
                <LogOutIcon aria-hidden="true" /> Leave stage
              </Button>
            ) : (
              <Button type="button" onClick={() => setJoined(true)} disabled={!isLive} aria-describedby={isLive ? undefined : `${showId}-join-hint`}>
                <LogInIcon aria-hidden="true" /> Join on stage
              </Button>
            )}
            {!isLive ? (
              <span id={`${showId}-join-hint`} className="text-sm text-muted-foreground">
                Check your camera now; joining opens when the show is live.
              </span>
            ) : null}
          </div>
          <HostStage session={stage.session} live={onStage} className="max-w-3xl" />
        </>
      )}
    </div>
  )
}
