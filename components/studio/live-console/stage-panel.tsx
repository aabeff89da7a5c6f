'use client'

import { RadioIcon, TimerIcon } from 'lucide-react'
import Link from 'next/link'
import type { Dispatch } from 'react'
import { goLiveAction } from '@/components/studio/shows/actions'
import { ShowStatusBadge } from '@/components/studio/shows/show-status-badge'
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { Card, CardContent } from '@/components/ui/card'
import type { ConsoleIngress, LiveConsoleData } from '@/lib/dal/live-console'
import { HostStage } from '@/lib/services/video/client'
import { elapsedSince, type ConsoleAction, type ConsoleStatus } from './console-state'
import { EndShowDialog } from './end-show-dialog'
import { IngressPanel } from './ingress-panel'
import { useConsoleCommand } from './use-console-command'
import { useNow } from './use-now'

type Props = {
  storeId: string
  showId: string
  status: ConsoleStatus
  startedAt: string | null
  canBroadcast: boolean
  video: LiveConsoleData['video']
  ingress: ConsoleIngress | null
  dispatch: Dispatch<ConsoleAction>
}

/** The host's camera, the show's state and the buttons that change it. */
export function StagePanel({ storeId, showId, status, startedAt, canBroadcast, video, ingress, dispatch }: Props) {
  const live = status === 'live'
  const now = useNow(live)
  const elapsed = live && now !== null ? elapsedSince(startedAt, now) : null
  const command = useConsoleCommand()

  const goLive = () =>
    command.run('go-live', () => goLiveAction({ storeId, showId }), (data) => {
      dispatch({ type: 'status', status: data.status, startedAt: data.startedAt })
      return 'You are live. Viewers can see and hear you now.'
    })

  return (
    <Card className="gap-4 py-4">
      <CardContent className="grid gap-4 px-4">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <div className="flex flex-wrap items-center gap-3">
            <ShowStatusBadge status={status} />
            {elapsed ? (
              <span className="inline-flex items-center gap-1 text-sm tabular-nums text-muted-foreground">
                <TimerIcon aria-hidden="true" className="size-4" />
                <span className="sr-only">On air for</span> {elapsed}
              </span>
            ) : null}
          </div>
          {canBroadcast ? (
            <div className="flex flex-wrap gap-2">
              {status === 'scheduled' ? (
                <Button type="button" data-testid="console-go-live" onClick={goLive} disabled={command.pending}>
                  <RadioIcon aria-hidden="true" />
                  {command.running === 'go-live' ? 'Going live…' : 'Go live'}
                </Button>
              ) : null}
              {live ? <EndShowDialog storeId={storeId} showId={showId} onEnded={(data) => dispatch({ type: 'status', status: data.status })} /> : null}
            </div>
          ) : null}
        </div>

        <p aria-live="polite" className="sr-only">
          {command.message}
        </p>
        {command.error ? (
          <p role="alert" className="rounded-lg border border-destructive/40 bg-destructive/10 p-3 text-sm text-destructive">
            {command.error}
          </p>
        ) : null}

        {status === 'ended' ? (
          <Alert>
            <AlertTitle>The show has ended</AlertTitle>
            <AlertDescription>
              Viewers see the replay page now.{' '}
              <Link href={`/studio/${storeId}/shows/${showId}`} className="font-medium underline">
                See the show’s report
              </Link>
            </AlertDescription>
          </Alert>
        ) : !canBroadcast ? (
          <p className="rounded-lg border bg-muted/40 p-3 text-sm text-muted-foreground">
            Only the host or the store’s owner can go live and end the show. You can moderate chat, spotlight products and run polls from here.
          </p>
        ) : video.session ? (
          <HostStage session={video.session} live={live} />
        ) : (
          <Alert variant="destructive">
            <AlertTitle>Camera unavailable</AlertTitle>
            <AlertDescription>{video.error ?? 'The video service did not answer. Reload the page in a minute.'}</AlertDescription>
          </Alert>
        )}

        {canBroadcast && status !== 'ended' ? (
          <IngressPanel storeId={storeId} showId={showId} driver={video.driver} available={video.ingress} initial={ingress} />
        ) : null}
        {status === 'scheduled' && canBroadcast ? (
          <p className="text-[13px] text-muted-foreground">
            Check your camera and microphone in the preview, then press “Go live”. Viewers see you only after that.
          </p>
        ) : null}
      </CardContent>
    </Card>
  )
}
