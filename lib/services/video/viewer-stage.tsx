'use client'

import { LoaderCircle, Volume2, VolumeX } from 'lucide-react'
import { lazy, Suspense, useEffect, useRef, useState } from 'react'
import { Button } from '@/components/ui/button'
import { cn } from '@/lib/utils'
import { stageFrame } from './host-stage'
import type { StageFeed, ViewerStatus } from './stage-types'
import type { VideoSession } from './types'

const LiveKitViewerLink = lazy(() => import('./livekit-client').then((m) => ({ default: m.LiveKitViewerLink })))
const EmbeddedViewerLink = lazy(() => import('./embedded-client').then((m) => ({ default: m.EmbeddedViewerLink })))

export type ViewerStageProps = {
  /** From video.viewerSession(). */
  session: VideoSession
  /** The show's title, for the video's accessible name. */
  title?: string
  onStatusChange?: (status: ViewerStatus) => void
  className?: string
}

const DEFAULT_TEXT: Record<ViewerStatus['state'], string> = {
  connecting: 'Connecting…',
  waiting: 'The host’s video will appear here',
  playing: '',
  reconnecting: 'Reconnecting…',
  full: 'This show is full right now. Trying again in a moment…',
  'not-live': 'The show is not live right now.',
  error: 'The video could not load. Reload the page to try again.',
}

/**
 * The host's video for viewers. It starts muted because browsers block sound until the viewer
 * interacts; a “Tap to unmute” button turns it on.
 */
export function ViewerStage({ session, title, onStatusChange, className }: ViewerStageProps) {
  const [feeds, setFeeds] = useState<StageFeed[]>([])
  const [status, setStatus] = useState<ViewerStatus>({ state: 'connecting' })
  const [muted, setMuted] = useState(true)
  const [blocked, setBlocked] = useState(false)
  const main = useRef<HTMLVideoElement>(null)
  const inset = useRef<HTMLVideoElement>(null)
  const host = feeds.find((f) => f.role === 'host') ?? null
  const guest = feeds.find((f) => f.role === 'co-host') ?? null

  useEffect(() => attach(main.current, host?.stream ?? null, muted, setBlocked), [host?.stream, muted])
  useEffect(() => attach(inset.current, guest?.stream ?? null, muted, setBlocked), [guest?.stream, muted])

  const handleStatus = (s: ViewerStatus) => {
    setStatus(s)
    onStatusChange?.(s)
  }

  const playing = status.state === 'playing' && host !== null
  const text = status.message ?? DEFAULT_TEXT[status.state]
  const busy = status.state === 'connecting' || status.state === 'reconnecting'

  return (
    <div className={cn(stageFrame, className)}>
      <video
        ref={main}
        data-testid="viewer-video"
        aria-label={title ? `Live video: ${title}` : 'Live video'}
        autoPlay
        playsInline
        muted={muted}
        className={cn('size-full object-contain', !playing && 'invisible')}
      />
      {guest && (
        <video
          ref={inset}
          aria-label="Co-host video"
          autoPlay
          playsInline
          muted={muted}
          className="absolute right-2 bottom-2 aspect-[3/4] w-1/4 max-w-40 rounded-lg border border-white/40 bg-black object-cover sm:aspect-video"
        />
      )}

      <div
        role="status"
        aria-live="polite"
        className={cn('absolute inset-0 flex flex-col items-center justify-center gap-2 p-6 text-center text-sm text-white', playing && 'sr-only')}
      >
        {!playing && busy && <LoaderCircle aria-hidden className="size-6 animate-spin" />}
        {playing ? 'The live video is playing.' : text}
      </div>

      {playing && (muted || blocked) && (
        <Button
          type="button"
          size="sm"
          variant="secondary"
          className="absolute top-2 left-2"
          onClick={() => {
            setMuted(false)
            setBlocked(false)
            void main.current?.play().catch(() => setBlocked(true))
          }}
        >
          <VolumeX aria-hidden /> {blocked ? 'Tap to play' : 'Tap to unmute'}
        </Button>
      )}
      {playing && !muted && !blocked && (
        <Button type="button" size="sm" variant="secondary" className="absolute top-2 left-2" aria-label="Mute the live video" onClick={() => setMuted(true)}>
          <Volume2 aria-hidden />
        </Button>
      )}

      <Suspense fallback={null}>
        {session.driver === 'livekit' ? (
          <LiveKitViewerLink session={session} onFeeds={setFeeds} onStatus={handleStatus} />
        ) : (
          <EmbeddedViewerLink session={session} onFeeds={setFeeds} onStatus={handleStatus} />
        )}
      </Suspense>
    </div>
  )
}

function attach(video: HTMLVideoElement | null, stream: MediaStream | null, muted: boolean, setBlocked: (b: boolean) => void) {
  if (!video) return
  if (video.srcObject !== stream) video.srcObject = stream
  // React does not keep the `muted` property in step after the first render.
  video.muted = muted
  if (stream) void video.play().catch(() => setBlocked(true))
}
