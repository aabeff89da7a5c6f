'use client'

import { RoomContext, useConnectionState, useLiveKitRoom, useLocalParticipant, useRoomContext, useTracks, type TrackReference } from '@livekit/components-react'
import { ConnectionState, Room, Track, type LocalParticipant, type RoomOptions } from 'livekit-client'
import { useCallback, useEffect, useEffectEvent, useRef, useState } from 'react'
import { stageRole } from './names'
import type { HostLinkProps, StageFeed, ViewerLinkProps } from './stage-types'
import type { LiveKitSession } from './types'

// adaptiveStream needs LiveKit's own <video> attachment to measure it; the stage renders plain
// MediaStreams, so every subscriber takes the full layer and dynacast trims unused ones.
const roomOptions: RoomOptions = { adaptiveStream: false, dynacast: true, stopLocalTrackOnUnpublish: false }

const DROPPED = 'The video server disconnected you. Check your connection, then turn “Go live” off and on again.'
const reason = (e: unknown) => (e instanceof Error ? e.message : String(e))

/**
 * The host's camera and microphone belong to HostStage (device pickers, mirror, mute), so they are
 * published as user-provided tracks instead of letting LiveKit open the devices a second time —
 * phones cannot open one camera twice. LiveKitRoom disconnects with stopTracks=true when it
 * unmounts, which would end those tracks and blank the preview after “Go live” is turned off.
 */
function createHostRoom(): Room {
  const room = new Room(roomOptions)
  const disconnect = room.disconnect
  room.disconnect = () => disconnect(false)
  return room
}

/** Publishes the host's (or co-host's) camera and microphone to the show's room while mounted. */
export function LiveKitHostLink({ session, stream, onStatus, onError }: HostLinkProps<LiveKitSession>) {
  const [hostRoom] = useState(createHostRoom)
  const [failure, setFailure] = useState<Error | null>(null)
  const status = useEffectEvent(onStatus)
  const error = useEffectEvent(onError)
  // audio/video stay false: LiveKitRoom would capture its own devices on connect.
  const { room } = useLiveKitRoom({ serverUrl: session.url, token: session.token, connect: true, audio: false, video: false, room: hostRoom, onError: setFailure })

  useEffect(() => {
    if (!failure) return
    status({ state: 'offline' })
    error(`Could not reach the video server (${failure.message}). Check your connection and try again.`)
  }, [failure])

  useEffect(() => () => status({ state: 'offline' }), [])

  if (!room) return null
  return (
    <RoomContext.Provider value={room}>
      <HostPublisher stream={stream} onStatus={onStatus} onError={onError} />
    </RoomContext.Provider>
  )
}

function HostPublisher({ stream, onStatus, onError }: Omit<HostLinkProps<LiveKitSession>, 'session'>) {
  const room = useRoomContext()
  const state = useConnectionState()
  const { localParticipant } = useLocalParticipant()
  const status = useEffectEvent(onStatus)
  const error = useEffectEvent(onError)
  const wasConnected = useRef(false)
  const disposed = useRef(false)
  // Publishing is serialised: a device change during a publish must not publish a second track.
  const queue = useRef<Promise<void>>(Promise.resolve())
  const latestStream = useRef(stream)
  const connected = state === ConnectionState.Connected

  useEffect(() => {
    if (state === ConnectionState.Connecting) status({ state: 'connecting' })
    else if (state === ConnectionState.Reconnecting || state === ConnectionState.SignalReconnecting) status({ state: 'reconnecting' })
    else if (state === ConnectionState.Connected) wasConnected.current = true
    else if (wasConnected.current) {
      wasConnected.current = false
      status({ state: 'offline' })
      error(DROPPED)
    }
  }, [state])

  useEffect(() => {
    disposed.current = false
    return () => {
      disposed.current = true
    }
  }, [])

  useEffect(() => {
    latestStream.current = stream
    if (!connected) return
    queue.current = queue.current
      .then(async () => {
        if (disposed.current) return
        await syncTracks(localParticipant, latestStream.current)
        if (!disposed.current && room.state === ConnectionState.Connected) status({ state: 'live' })
      })
      .catch((e: unknown) => {
        if (disposed.current) return
        status({ state: 'offline' })
        error(`Could not send your camera to viewers (${reason(e)}). Turn “Go live” off and on again.`)
      })
  }, [connected, stream, localParticipant, room])

  return null
}

/** Makes the published camera and microphone match `stream`: swaps a changed device in place. */
export async function syncTracks(participant: LocalParticipant, stream: MediaStream) {
  for (const kind of ['video', 'audio'] as const) {
    const source = kind === 'video' ? Track.Source.Camera : Track.Source.Microphone
    const track = stream.getTracks().find((t) => t.kind === kind && t.readyState === 'live')
    const published = participant.getTrackPublication(source)?.track
    if (track && published) {
      if (published.mediaStreamTrack !== track) await published.replaceTrack(track, { userProvidedTrack: true })
    } else if (track) {
      await participant.publishTrack(track, { source })
    } else if (published) {
      await participant.unpublishTrack(published, false)
    }
  }
}

// OBS ingress may publish under any source, so every kind is taken, not only the camera.
const STAGE_SOURCES = [Track.Source.Camera, Track.Source.Microphone, Track.Source.ScreenShare, Track.Source.ScreenShareAudio, Track.Source.Unknown]

type Lost = { delay: number; message?: string }

/** Subscribes to the show's room and hands the stage its publishers as MediaStreams. */
export function LiveKitViewerLink({ session, onFeeds, onStatus }: ViewerLinkProps<LiveKitSession>) {
  // Each attempt is a fresh room: a Room that failed or was dropped is not reused.
  const [attempt, setAttempt] = useState(0)
  const [lost, setLost] = useState<Lost | null>(null)
  const feeds = useEffectEvent(onFeeds)
  const status = useEffectEvent(onStatus)
  const handleError = useCallback(() => setLost({ delay: 5000, message: 'Cannot reach the video server. Retrying…' }), [])
  const handleDisconnected = useCallback(() => setLost((l) => l ?? { delay: 3000 }), [])

  useEffect(() => {
    if (!lost) return
    feeds([])
    status({ state: 'reconnecting', message: lost.message })
    const retry = setTimeout(() => {
      setLost(null)
      setAttempt((a) => a + 1)
    }, lost.delay)
    return () => clearTimeout(retry)
  }, [lost])

  return (
    <ViewerRoom
      key={attempt}
      session={session}
      retrying={attempt > 0}
      onError={handleError}
      onDisconnected={handleDisconnected}
      onFeeds={onFeeds}
      onStatus={onStatus}
    />
  )
}

type ViewerRoomProps = Omit<ViewerLinkProps<LiveKitSession>, 'session'> & {
  session: LiveKitSession
  retrying: boolean
  onError: () => void
  onDisconnected: () => void
}

function ViewerRoom({ session, retrying, onError, onDisconnected, ...rest }: ViewerRoomProps) {
  const { room } = useLiveKitRoom({ serverUrl: session.url, token: session.token, connect: true, audio: false, video: false, options: roomOptions, onError, onDisconnected })
  if (!room) return null
  return (
    <RoomContext.Provider value={room}>
      <ViewerFeeds retrying={retrying} {...rest} />
    </RoomContext.Provider>
  )
}

function ViewerFeeds({ retrying, onFeeds, onStatus }: Omit<ViewerLinkProps<LiveKitSession>, 'session'> & { retrying: boolean }) {
  const state = useConnectionState()
  const trackRefs = useTracks(STAGE_SOURCES, { onlySubscribed: true })
  const feeds = useEffectEvent(onFeeds)
  const status = useEffectEvent(onStatus)
  // One MediaStream per publisher, kept across updates so the stage's <video> does not restart.
  const streams = useRef(new Map<string, MediaStream>())

  useEffect(() => {
    if (state === ConnectionState.Connecting) {
      // A retry keeps the “Retrying…” message until it succeeds.
      if (!retrying) status({ state: 'connecting' })
      return
    }
    if (state === ConnectionState.Reconnecting || state === ConnectionState.SignalReconnecting) {
      status({ state: 'reconnecting' })
      return
    }
    // Disconnected is reported by LiveKitViewerLink, which schedules the retry.
    if (state !== ConnectionState.Connected) return

    const list = stageFeeds(trackRefs, streams.current)
    feeds(list)
    status({ state: list.some((f) => f.role === 'host') ? 'playing' : 'waiting' })
  }, [state, trackRefs, retrying])

  return null
}

/**
 * The stage's publishers from the room's subscribed tracks, host first. `streams` keeps one
 * MediaStream per publisher across calls so the stage's <video> does not restart.
 */
export function stageFeeds(trackRefs: readonly TrackReference[], streams: Map<string, MediaStream>): StageFeed[] {
  const tracks = new Map<string, MediaStreamTrack[]>()
  for (const { participant, publication } of trackRefs) {
    const track = publication.track
    if (!track || publication.isMuted || stageRole(participant.identity) === 'viewer') continue
    if (track.kind !== Track.Kind.Video && track.kind !== Track.Kind.Audio) continue
    tracks.set(participant.identity, [...(tracks.get(participant.identity) ?? []), track.mediaStreamTrack])
  }
  for (const id of streams.keys()) if (!tracks.has(id)) streams.delete(id)

  const list: StageFeed[] = []
  for (const [id, wanted] of tracks) {
    let stream = streams.get(id)
    if (!stream) streams.set(id, (stream = new MediaStream()))
    for (const t of stream.getTracks()) if (!wanted.includes(t)) stream.removeTrack(t)
    for (const t of wanted) if (!stream.getTracks().includes(t)) stream.addTrack(t)
    list.push({ id, role: stageRole(id) === 'co-host' ? 'co-host' : 'host', stream })
  }
  return list.sort((a, b) => (a.role === b.role ? 0 : a.role === 'host' ? -1 : 1))
}
