import { channels } from '@/lib/live/channels'
import type { StudioEvents } from '@/lib/live/events'
import type { RealtimeConnection, RealtimeSubscription } from '@/lib/services/realtime/client'
import { iceGatheringComplete } from './ice'
import { createAssembler, createPacedSender, newConnectionId, parseSignal, SIGNAL_EVENT, splitDescription } from './signalling'
import type { HostStatus } from './stage-types'
import type { IceServerConfig } from './types'

/** A viewer that has not answered by now has gone; it asks again if it is still there. */
const ANSWER_TIMEOUT_MS = 20_000
/** A connection that stays `disconnected` this long is given up; the viewer's browser asks again. */
const DISCONNECTED_GRACE_MS = 10_000
/** Pusher allows 10 client events a second per connection; keep a margin. */
const CLIENT_EVENTS_PER_SECOND = 8

type Kind = 'video' | 'audio'

type Peer = {
  id: string
  viewerKey: string
  pc: RTCPeerConnection
  sub: RealtimeSubscription
  senders: Record<Kind, RTCRtpSender>
  timer: ReturnType<typeof setTimeout> | null
  closed: boolean
}

export type EmbeddedHostOptions = {
  connection: RealtimeConnection
  showId: string
  maxViewers: number
  iceServers: IceServerConfig[]
  stream: MediaStream
  onStatus: (status: HostStatus) => void
  onError: (message: string) => void
}

/**
 * The host's browser while live: answers each `viewer-join` on the studio channel with an offer
 * on that viewer's signal channel and keeps one RTCPeerConnection per viewer. Switching camera
 * or microphone replaces the senders' tracks, which needs no renegotiation.
 */
export function startEmbeddedHost(options: EmbeddedHostOptions) {
  const { connection, showId, maxViewers } = options
  const peers = new Map<string, Peer>()
  const sender = createPacedSender({ perSecond: CLIENT_EVENTS_PER_SECOND })
  let stream = options.stream
  let stopped = false

  const connected = () => [...peers.values()].filter((p) => p.pc.connectionState === 'connected').length
  const report = () => {
    if (!stopped) options.onStatus({ state: 'live', viewers: connected() })
  }

  const studio = connection.subscribe(channels.studio(showId))
  studio.onError((e) => options.onError(`Viewers cannot reach you: the studio channel refused the connection (${e.message}). Reload the page.`))
  studio.bind('viewer-join', (data) => {
    const viewerKey = (data as Partial<StudioEvents['viewer-join']> | null)?.viewerKey
    if (typeof viewerKey === 'string' && viewerKey.length > 0) offer(viewerKey)
  })
  report()

  function offer(viewerKey: string) {
    if (stopped) return
    const existing = peers.get(viewerKey)
    // The server holds the cap; this only protects the host's upload if kv and the host disagree.
    if (!existing && peers.size >= maxViewers) return
    if (existing) close(existing, false)
    const peer = open(viewerKey)
    peers.set(viewerKey, peer)
  }

  function open(viewerKey: string): Peer {
    const pc = new RTCPeerConnection({ iceServers: options.iceServers })
    const transceiver = (kind: Kind) =>
      pc.addTransceiver(stream.getTracks().find((t) => t.kind === kind) ?? kind, { direction: 'sendonly', streams: [stream] }).sender
    const peer: Peer = {
      id: newConnectionId(),
      viewerKey,
      pc,
      sub: connection.subscribe(channels.signal(showId, viewerKey)),
      senders: { video: transceiver('video'), audio: transceiver('audio') },
      timer: null,
      closed: false,
    }
    const answers = createAssembler('answer')
    peer.sub.bind(SIGNAL_EVENT, (data) => {
      const message = parseSignal(data)
      if (!message || peer.closed) return
      if (message.t === 'bye') {
        if (message.id === null || message.id === peer.id) close(peer, false)
        return
      }
      const answer = answers.push(message)
      if (answer?.id === peer.id) pc.setRemoteDescription({ type: 'answer', sdp: answer.sdp }).catch(() => close(peer, false))
    })
    pc.addEventListener('connectionstatechange', () => {
      if (peer.closed) return
      const state = pc.connectionState
      if (state === 'connected') clearTimer(peer)
      else if (state === 'failed' || state === 'closed') close(peer, false)
      else if (state === 'disconnected') arm(peer, DISCONNECTED_GRACE_MS)
      report()
    })
    let offered = false
    peer.sub.onSubscribed(() => {
      if (offered || peer.closed) return
      offered = true
      void sendOffer(peer)
    })
    arm(peer, ANSWER_TIMEOUT_MS)
    return peer
  }

  async function sendOffer(peer: Peer) {
    try {
      await peer.pc.setLocalDescription(await peer.pc.createOffer())
      await iceGatheringComplete(peer.pc)
      const sdp = peer.pc.localDescription?.sdp
      if (!sdp || peer.closed) return
      for (const part of splitDescription('offer', peer.id, sdp)) sender.enqueue(() => peer.closed || peer.sub.trigger(SIGNAL_EVENT, part))
    } catch {
      close(peer, false)
    }
  }

  function arm(peer: Peer, ms: number) {
    clearTimer(peer)
    peer.timer = setTimeout(() => {
      if (peer.pc.connectionState !== 'connected') close(peer, true)
    }, ms)
  }
  function clearTimer(peer: Peer) {
    if (peer.timer) clearTimeout(peer.timer)
    peer.timer = null
  }

  function close(peer: Peer, sayBye: boolean) {
    if (peer.closed) return
    peer.closed = true
    clearTimer(peer)
    if (sayBye) peer.sub.trigger(SIGNAL_EVENT, { t: 'bye', id: peer.id })
    peer.pc.close()
    peer.sub.release()
    if (peers.get(peer.viewerKey) === peer) peers.delete(peer.viewerKey)
    report()
  }

  return {
    /** A new camera or microphone: every viewer gets it without a new offer. */
    setStream(next: MediaStream) {
      stream = next
      for (const peer of peers.values())
        for (const kind of ['video', 'audio'] as const)
          void peer.senders[kind].replaceTrack(next.getTracks().find((t) => t.kind === kind) ?? null).catch(() => {})
    },
    stop() {
      if (stopped) return
      for (const peer of [...peers.values()]) close(peer, true)
      stopped = true
      sender.clear()
      studio.release()
      options.onStatus({ state: 'offline' })
    },
  }
}
