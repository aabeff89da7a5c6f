import { channels } from '@/lib/live/channels'
import type { RealtimeConnection } from '@/lib/services/realtime/client'
import { iceGatheringComplete } from './ice'
import { createAssembler, createPacedSender, parseSignal, SIGNAL_EVENT, splitDescription } from './signalling'
import type { StageFeed, ViewerStatus } from './stage-types'
import type { IceServerConfig } from './types'

export type JoinAction = 'join' | 'heartbeat' | 'leave'

/** What POST /api/video/join said, reduced to what the viewer does next. */
export type JoinOutcome =
  | { kind: 'ok'; heartbeatSeconds: number }
  | { kind: 'full' | 'not-live' | 'retry'; message: string }
  | { kind: 'fatal'; message: string }

export type EmbeddedViewerOptions = {
  connection: RealtimeConnection
  showId: string
  viewerKey: string
  iceServers: IceServerConfig[]
  join: (action: JoinAction) => Promise<JoinOutcome>
  onFeeds: (feeds: StageFeed[]) => void
  onStatus: (status: ViewerStatus) => void
}

/** After a join, the host's offer normally arrives within a second or two; ask again if not. */
const OFFER_WAIT_MS = [5000, 8000, 12_000, 15_000]
const FULL_RETRY_MS = 30_000
const NOT_LIVE_RETRY_MS = 15_000
const DISCONNECTED_GRACE_MS = 5000

/**
 * A viewer's browser: subscribes to its signal channel, asks the host (through the join route)
 * for an offer, answers it, and asks again whenever the picture is lost — the host reloading,
 * the network changing — with a growing wait.
 */
export function startEmbeddedViewer(options: EmbeddedViewerOptions) {
  const { connection, join, onStatus } = options
  const sub = connection.subscribe(channels.signal(options.showId, options.viewerKey))
  const offers = createAssembler('offer')
  const sender = createPacedSender({ perSecond: 5 })
  let pc: RTCPeerConnection | null = null
  let currentId: string | null = null
  let stopped = false
  let waits = 0
  let retry: ReturnType<typeof setTimeout> | null = null
  let grace: ReturnType<typeof setTimeout> | null = null
  let heartbeat: ReturnType<typeof setInterval> | null = null
  let heartbeatSeconds = 15
  let everPlayed = false

  sub.onError(() => onStatus({ state: 'error', message: 'Could not connect to the live video. Reload the page to try again.' }))
  sub.bind(SIGNAL_EVENT, (data) => {
    const message = parseSignal(data)
    if (!message || stopped) return
    if (message.t === 'bye') {
      if (message.id === null || message.id === currentId) lost()
      return
    }
    const offer = offers.push(message)
    if (offer) void answer(offer.id, offer.sdp)
  })
  sub.onSubscribed(() => {
    if (pc?.connectionState !== 'connected') void request()
  })

  function later(ms: number) {
    if (retry) clearTimeout(retry)
    retry = setTimeout(() => void request(), ms)
  }

  async function request() {
    if (stopped) return
    if (retry) clearTimeout(retry)
    retry = null
    const outcome = await join('join')
    if (stopped || pc?.connectionState === 'connected') return
    switch (outcome.kind) {
      case 'ok':
        heartbeatSeconds = outcome.heartbeatSeconds
        // An offer that arrived while this request was in flight has its own watchdog.
        if (pc) return
        onStatus(everPlayed ? { state: 'reconnecting' } : { state: 'waiting' })
        later(OFFER_WAIT_MS[Math.min(waits++, OFFER_WAIT_MS.length - 1)] ?? 15_000)
        return
      case 'full':
        onStatus({ state: 'full', message: outcome.message })
        return later(FULL_RETRY_MS)
      case 'not-live':
        onStatus({ state: 'not-live', message: outcome.message })
        return later(NOT_LIVE_RETRY_MS)
      case 'retry':
        onStatus({ state: 'reconnecting', message: outcome.message })
        return later(10_000)
      case 'fatal':
        onStatus({ state: 'error', message: outcome.message })
    }
  }

  async function answer(id: string, sdp: string) {
    if (retry) clearTimeout(retry)
    closePeer()
    currentId = id
    const peer = new RTCPeerConnection({ iceServers: options.iceServers })
    pc = peer
    const fallback = new MediaStream()
    peer.addEventListener('track', (event) => {
      const stream = event.streams[0] ?? fallback
      if (!event.streams[0]) fallback.addTrack(event.track)
      if (pc === peer) options.onFeeds([{ id, role: 'host', stream }])
    })
    peer.addEventListener('connectionstatechange', () => {
      if (pc !== peer) return
      const state = peer.connectionState
      if (state === 'connected') playing()
      else if (state === 'failed') lost()
      else if (state === 'disconnected') {
        onStatus({ state: 'reconnecting' })
        if (grace) clearTimeout(grace)
        grace = setTimeout(() => {
          if (pc === peer && peer.connectionState !== 'connected') lost()
        }, DISCONNECTED_GRACE_MS)
      }
    })
    try {
      await peer.setRemoteDescription({ type: 'offer', sdp })
      await peer.setLocalDescription(await peer.createAnswer())
      await iceGatheringComplete(peer)
      const local = peer.localDescription?.sdp
      if (pc !== peer || !local) return
      for (const part of splitDescription('answer', id, local)) sender.enqueue(() => pc !== peer || sub.trigger(SIGNAL_EVENT, part))
      // Not connected by then: the host or the network gave up; ask for a fresh offer.
      later(15_000)
    } catch {
      if (pc === peer) lost()
    }
  }

  function playing() {
    waits = 0
    everPlayed = true
    if (retry) clearTimeout(retry)
    retry = null
    if (grace) clearTimeout(grace)
    onStatus({ state: 'playing' })
    if (!heartbeat)
      heartbeat = setInterval(() => {
        void join('heartbeat').then((o) => {
          if (o.kind === 'not-live' && !stopped) onStatus({ state: 'not-live', message: o.message })
        })
      }, heartbeatSeconds * 1000)
  }

  function lost() {
    closePeer()
    options.onFeeds([])
    if (stopped) return
    onStatus(everPlayed ? { state: 'reconnecting' } : { state: 'waiting' })
    later(1000 + Math.random() * 2000)
  }

  function closePeer() {
    if (grace) clearTimeout(grace)
    if (heartbeat) clearInterval(heartbeat)
    heartbeat = null
    pc?.close()
    pc = null
  }

  return {
    /** Leaving: tells the host at once and gives the place back. */
    stop() {
      if (stopped) return
      stopped = true
      if (retry) clearTimeout(retry)
      if (currentId) sub.trigger(SIGNAL_EVENT, { t: 'bye', id: currentId })
      closePeer()
      sender.clear()
      sub.release()
      void join('leave')
    },
  }
}
