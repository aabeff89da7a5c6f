'use client'

import { FlipHorizontal2, Mic, MicOff, SwitchCamera, Video, VideoOff } from 'lucide-react'
import { lazy, Suspense, useEffect, useEffectEvent, useId, useRef, useState } from 'react'
import { Button } from '@/components/ui/button'
import { cn } from '@/lib/utils'
import type { HostStatus } from './stage-types'
import type { VideoSession } from './types'
import { useHostMedia } from './use-host-media'

const LiveKitHostLink = lazy(() => import('./livekit-client').then((m) => ({ default: m.LiveKitHostLink })))
const EmbeddedHostLink = lazy(() => import('./embedded-client').then((m) => ({ default: m.EmbeddedHostLink })))

export type HostStageProps = {
  /** From video.hostSession() or coHostSession(). */
  session: VideoSession
  /** While true the camera is sent to viewers (LiveKit: published; embedded: viewer joins answered). */
  live: boolean
  onError?: (message: string) => void
  onStatusChange?: (status: HostStatus) => void
  /** Ask for the camera on mount instead of waiting for “Turn on camera”. */
  autoStart?: boolean
  className?: string
}

export const stageFrame = 'relative w-full overflow-hidden rounded-xl bg-black aspect-[9/16] max-h-[75dvh] sm:aspect-video sm:max-h-none'

const STATUS_TEXT: Record<HostStatus['state'], string> = {
  offline: 'Not live',
  connecting: 'Connecting…',
  live: 'Live',
  reconnecting: 'Reconnecting…',
}

/** The host's camera: device pickers, preview, mirror, mute, and sending while `live`. */
export function HostStage({ session, live, onError, onStatusChange, autoStart = false, className }: HostStageProps) {
  const media = useHostMedia()
  const preview = useRef<HTMLVideoElement>(null)
  // The back camera is not mirrored by default: text held up to it must read the right way round.
  const [mirrorChoice, setMirrorChoice] = useState<{ facing: string | null; on: boolean } | null>(null)
  const mirror = mirrorChoice && mirrorChoice.facing === media.facing ? mirrorChoice.on : media.facing !== 'environment'
  const [status, setStatus] = useState<HostStatus>({ state: 'offline' })
  const [linkError, setLinkError] = useState<string | null>(null)
  const ids = { camera: useId(), mic: useId(), mirror: useId() }
  const reportError = useEffectEvent((message: string) => onError?.(message))
  const { start } = media

  useEffect(() => {
    if (autoStart) void start()
  }, [autoStart, start])

  useEffect(() => {
    if (preview.current) preview.current.srcObject = media.stream
  }, [media.stream])

  useEffect(() => {
    if (media.error) reportError(media.error)
  }, [media.error])

  const handleStatus = (s: HostStatus) => {
    setStatus(s)
    if (s.state === 'live') setLinkError(null)
    onStatusChange?.(s)
  }
  const handleError = (message: string) => {
    setLinkError(message)
    onError?.(message)
  }

  const sending = live && media.stream !== null
  const error = media.error ?? linkError
  const statusText = live ? (media.stream ? STATUS_TEXT[status.state] : 'Turn on your camera to go live') : 'Preview — viewers cannot see this yet'

  return (
    <div className={cn('flex flex-col gap-3', className)}>
      <div className={stageFrame}>
        <video
          ref={preview}
          data-testid="host-preview"
          aria-label="Your camera preview"
          autoPlay
          muted
          playsInline
          className={cn('size-full object-contain', mirror && '-scale-x-100', !media.cameraOn && 'invisible')}
        />
        {media.stream === null && (
          <div className="absolute inset-0 flex flex-col items-center justify-center gap-3 p-6 text-center text-white">
            <p className="max-w-sm text-sm">{media.status === 'starting' ? 'Waiting for camera permission…' : 'Your camera preview appears here.'}</p>
            <Button type="button" onClick={() => void start()} disabled={media.status === 'starting'}>
              <Video aria-hidden /> Turn on camera
            </Button>
          </div>
        )}
        {media.stream !== null && !media.cameraOn && (
          <p className="absolute inset-0 flex items-center justify-center text-sm text-white">Camera off — viewers see a black screen</p>
        )}
        <p
          role="status"
          aria-live="polite"
          className={cn(
            'absolute top-2 left-2 rounded-md px-2 py-1 text-xs font-semibold',
            sending && status.state === 'live' ? 'bg-red-600 text-white' : 'bg-black/60 text-white',
          )}
        >
          {statusText}
          {sending && status.state === 'live' && status.viewers !== undefined ? ` · ${status.viewers} watching` : ''}
        </p>
      </div>

      {error && (
        <p role="alert" className="rounded-lg border border-destructive/40 bg-destructive/10 p-3 text-sm text-destructive">
          {error}
        </p>
      )}

      <div className="flex flex-wrap items-center gap-2">
        <Button type="button" variant="outline" size="sm" aria-pressed={!media.micOn} disabled={!media.stream} onClick={() => media.setMicOn(!media.micOn)}>
          {media.micOn ? <Mic aria-hidden /> : <MicOff aria-hidden />}
          {media.micOn ? 'Mute microphone' : 'Unmute microphone'}
        </Button>
        <Button type="button" variant="outline" size="sm" aria-pressed={!media.cameraOn} disabled={!media.stream} onClick={() => media.setCameraOn(!media.cameraOn)}>
          {media.cameraOn ? <Video aria-hidden /> : <VideoOff aria-hidden />}
          {media.cameraOn ? 'Turn camera off' : 'Turn camera on'}
        </Button>
        {media.cameras.length > 1 && (
          <Button type="button" variant="outline" size="sm" onClick={() => void media.switchCamera()}>
            <SwitchCamera aria-hidden /> Switch camera
          </Button>
        )}
        <label htmlFor={ids.mirror} className="inline-flex h-8 items-center gap-1.5 text-[13px]">
          <input id={ids.mirror} type="checkbox" checked={mirror} onChange={(e) => setMirrorChoice({ facing: media.facing, on: e.target.checked })} className="size-4" />
          <FlipHorizontal2 aria-hidden className="size-4" /> Mirror preview
        </label>
      </div>

      {media.stream && (
        <div className="grid gap-2 sm:grid-cols-2">
          <DeviceSelect id={ids.camera} label="Camera" value={media.cameraId} options={media.cameras} onChange={(id) => void media.selectCamera(id)} />
          <DeviceSelect id={ids.mic} label="Microphone" value={media.microphoneId} options={media.microphones} onChange={(id) => void media.selectMicrophone(id)} />
        </div>
      )}

      {sending && media.stream && (
        <Suspense fallback={null}>
          {session.driver === 'livekit' ? (
            <LiveKitHostLink session={session} stream={media.stream} onStatus={handleStatus} onError={handleError} />
          ) : (
            <EmbeddedHostLink session={session} stream={media.stream} onStatus={handleStatus} onError={handleError} />
          )}
        </Suspense>
      )}
    </div>
  )
}

function DeviceSelect(props: { id: string; label: string; value: string | null; options: { id: string; label: string }[]; onChange: (id: string) => void }) {
  return (
    <div className="flex min-w-0 flex-col gap-1">
      <label htmlFor={props.id} className="text-sm font-medium">
        {props.label}
      </label>
      <select
        id={props.id}
        value={props.value ?? ''}
        onChange={(e) => props.onChange(e.target.value)}
        disabled={props.options.length === 0}
        className="h-10 w-full min-w-0 truncate rounded-lg border border-input bg-card px-3 text-sm"
      >
        {props.options.length === 0 && <option value="">None found</option>}
        {props.options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  )
}
