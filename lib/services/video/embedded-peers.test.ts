import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { channels } from '@/lib/live/channels'
import type { RealtimeConnection, RealtimeSubscription } from '@/lib/services/realtime/client'
import { startEmbeddedHost } from './embedded-host'
import { startEmbeddedViewer, type JoinAction, type JoinOutcome } from './embedded-viewer'
import type { HostStatus, StageFeed, ViewerStatus } from './stage-types'

// --- A Pusher-like bus: client events reach every other client on the channel, never the sender.

type Handler = (data: unknown) => void
function createBus() {
  const subs = new Map<string, Set<{ client: number; handlers: Map<string, Set<Handler>> }>>()
  const sent: { channel: string; event: string; data: unknown }[] = []
  let clients = 0
  function deliver(channel: string, event: string, data: unknown, from: number | null) {
    for (const sub of subs.get(channel) ?? []) if (sub.client !== from) for (const h of sub.handlers.get(event) ?? []) h(structuredClone(data))
  }
  return {
    sent,
    /** A server-side trigger (the join route's viewer-join). */
    publish: (channel: string, event: string, data: unknown) => deliver(channel, event, data, null),
    subscribers: (channel: string) => subs.get(channel)?.size ?? 0,
    connect(): RealtimeConnection {
      const client = ++clients
      return {
        state: 'connected',
        socketId: () => `${client}.1`,
        subscribe(channel: string): RealtimeSubscription {
          const entry = { client, handlers: new Map<string, Set<Handler>>() }
          if (!subs.has(channel)) subs.set(channel, new Set())
          subs.get(channel)?.add(entry)
          let released = false
          return {
            channel,
            bind(event, handler) {
              if (!entry.handlers.has(event)) entry.handlers.set(event, new Set())
              entry.handlers.get(event)?.add(handler)
              return () => entry.handlers.get(event)?.delete(handler)
            },
            trigger(event, data) {
              if (released) return false
              if (JSON.stringify(data).length > 10_240) throw new Error('client event over 10 KB')
              sent.push({ channel, event, data })
              deliver(channel, event, data, client)
              return true
            },
            onSubscribed(cb) {
              queueMicrotask(cb)
              return () => {}
            },
            onError: () => () => {},
            release() {
              released = true
              subs.get(channel)?.delete(entry)
            },
          }
        },
      }
    },
  }
}

// --- Just enough RTCPeerConnection and MediaStream to drive the signalling.

class FakeTrack {
  enabled = true
  constructor(
    readonly kind: 'audio' | 'video',
    readonly label: string,
  ) {}
}
class FakeStream {
  private tracks: FakeTrack[]
  constructor(tracks: FakeTrack[] = []) {
    this.tracks = [...tracks]
  }
  getTracks = () => [...this.tracks]
  addTrack = (t: FakeTrack) => void this.tracks.push(t)
  removeTrack = (t: FakeTrack) => void (this.tracks = this.tracks.filter((x) => x !== t))
}
let sdpSize = 900
const pcs: FakePc[] = []
class FakePc extends EventTarget {
  connectionState: RTCPeerConnectionState = 'new'
  iceGatheringState: RTCIceGatheringState = 'new'
  localDescription: { type: string; sdp: string } | null = null
  remoteDescription: { type: string; sdp: string } | null = null
  senders: { replaceTrack: ReturnType<typeof vi.fn> }[] = []
  constructor() {
    super()
    pcs.push(this)
  }
  addTransceiver() {
    const sender = { replaceTrack: vi.fn(async () => {}) }
    this.senders.push(sender)
    return { sender }
  }
  async createOffer() {
    return { type: 'offer', sdp: `offer-${pcs.indexOf(this)}-`.padEnd(sdpSize, 'o') }
  }
  async createAnswer() {
    return { type: 'answer', sdp: `answer-${pcs.indexOf(this)}-`.padEnd(sdpSize, 'a') }
  }
  async setLocalDescription(d: { type: string; sdp: string }) {
    this.localDescription = d
    this.iceGatheringState = 'complete'
  }
  async setRemoteDescription(d: { type: string; sdp: string }) {
    this.remoteDescription = d
    if (d.type === 'offer') this.dispatchEvent(Object.assign(new Event('track'), { track: new FakeTrack('video', 'remote'), streams: [new FakeStream()] }))
  }
  setState(state: RTCPeerConnectionState) {
    this.connectionState = state
    this.dispatchEvent(new Event('connectionstatechange'))
  }
  close() {
    this.connectionState = 'closed'
  }
}

const showId = '0f9d8a7b-6c5d-4e3f-8a1b-2c3d4e5f6a7b'
const viewerA = 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee'
const viewerB = 'bbbbbbbb-bbbb-4ccc-8ddd-eeeeeeeeeeee'

beforeEach(() => {
  pcs.length = 0
  sdpSize = 900
  vi.stubGlobal('RTCPeerConnection', FakePc)
  vi.stubGlobal('MediaStream', FakeStream)
})
afterEach(() => {
  vi.unstubAllGlobals()
})

function setup(options: { maxViewers?: number } = {}) {
  const bus = createBus()
  const hostStatus: HostStatus[] = []
  const camera = new FakeTrack('video', 'front')
  const mic = new FakeTrack('audio', 'mic')
  const host = startEmbeddedHost({
    connection: bus.connect(),
    showId,
    maxViewers: options.maxViewers ?? 8,
    iceServers: [],
    stream: new FakeStream([camera, mic]) as unknown as MediaStream,
    onStatus: (s) => hostStatus.push(s),
    onError: (m) => {
      throw new Error(m)
    },
  })
  return { bus, host, hostStatus, camera, mic }
}

function viewer(bus: ReturnType<typeof createBus>, viewerKey: string) {
  const statuses: ViewerStatus[] = []
  const feeds: StageFeed[][] = []
  const joins: JoinAction[] = []
  const v = startEmbeddedViewer({
    connection: bus.connect(),
    showId,
    viewerKey,
    iceServers: [],
    // Stands in for the join route: a join asks the host's browser for an offer.
    join: async (action): Promise<JoinOutcome> => {
      joins.push(action)
      if (action === 'join') bus.publish(channels.studio(showId), 'viewer-join', { viewerKey })
      return { kind: 'ok', heartbeatSeconds: 15 }
    },
    onFeeds: (f) => feeds.push(f),
    onStatus: (s) => statuses.push(s),
  })
  return { v, statuses, feeds, joins }
}

const hostPc = () => pcs.find((pc) => pc.localDescription?.type === 'offer')
const viewerPc = () => pcs.find((pc) => pc.localDescription?.type === 'answer')

describe('embedded host and viewer signalling', () => {
  it('connects a viewer: join → offer → answer, then plays once the peers connect', async () => {
    const { bus, hostStatus } = setup()
    const a = viewer(bus, viewerA)
    await vi.waitFor(() => expect(hostPc()?.remoteDescription?.type).toBe('answer'))
    expect(a.joins).toEqual(['join'])
    expect(viewerPc()?.remoteDescription?.sdp).toBe(hostPc()?.localDescription?.sdp)
    expect(hostPc()?.remoteDescription?.sdp).toBe(viewerPc()?.localDescription?.sdp)
    expect(a.feeds.at(-1)).toEqual([{ id: expect.any(String), role: 'host', stream: expect.any(FakeStream) }])
    expect(bus.sent.every((m) => m.channel === channels.signal(showId, viewerA) && m.event === 'client-signal')).toBe(true)

    hostPc()?.setState('connected')
    viewerPc()?.setState('connected')
    expect(a.statuses.at(-1)).toEqual({ state: 'playing' })
    expect(hostStatus.at(-1)).toEqual({ state: 'live', viewers: 1 })
    a.v.stop()
  })

  it('sends a description too big for one client event in parts and reassembles it', async () => {
    sdpSize = 16_000
    const { bus } = setup()
    const a = viewer(bus, viewerA)
    await vi.waitFor(() => expect(hostPc()?.remoteDescription?.sdp).toHaveLength(16_000), { timeout: 3000 })
    expect(viewerPc()?.remoteDescription?.sdp).toBe(hostPc()?.localDescription?.sdp)
    expect(bus.sent.length).toBe(6)
    a.v.stop()
  })

  it('switches camera by replacing the senders’ tracks, with no new offer', async () => {
    const { bus, host } = setup()
    const a = viewer(bus, viewerA)
    await vi.waitFor(() => expect(hostPc()?.remoteDescription?.type).toBe('answer'))
    const offers = bus.sent.filter((m) => (m.data as { t: string }).t === 'offer').length
    const back = new FakeTrack('video', 'back')
    const mic2 = new FakeTrack('audio', 'headset')
    host.setStream(new FakeStream([back, mic2]) as unknown as MediaStream)
    const [videoSender, audioSender] = hostPc()?.senders ?? []
    expect(videoSender?.replaceTrack).toHaveBeenCalledWith(back)
    expect(audioSender?.replaceTrack).toHaveBeenCalledWith(mic2)
    expect(bus.sent.filter((m) => (m.data as { t: string }).t === 'offer')).toHaveLength(offers)
    a.v.stop()
  })

  it('frees the host’s peer when a viewer leaves, and gives the place back', async () => {
    const { bus, hostStatus } = setup()
    const a = viewer(bus, viewerA)
    await vi.waitFor(() => expect(hostPc()?.remoteDescription?.type).toBe('answer'))
    hostPc()?.setState('connected')
    a.v.stop()
    expect(a.joins).toContain('leave')
    expect(hostPc()?.connectionState).toBe('closed')
    expect(hostStatus.at(-1)).toEqual({ state: 'live', viewers: 0 })
    expect(bus.subscribers(channels.signal(showId, viewerA))).toBe(0)
  })

  it('serves no more viewers than the cap, and re-offers to a viewer that asks again', async () => {
    const { bus } = setup({ maxViewers: 1 })
    const a = viewer(bus, viewerA)
    await vi.waitFor(() => expect(hostPc()?.remoteDescription?.type).toBe('answer'))
    const b = viewer(bus, viewerB)
    await new Promise((r) => setTimeout(r, 50))
    expect(bus.subscribers(channels.signal(showId, viewerB))).toBe(1)
    expect(bus.sent.some((m) => m.channel === channels.signal(showId, viewerB))).toBe(false)

    const first = hostPc()
    bus.publish(channels.studio(showId), 'viewer-join', { viewerKey: viewerA })
    await vi.waitFor(() => expect(pcs.filter((pc) => pc.localDescription?.type === 'offer')).toHaveLength(2))
    expect(first?.connectionState).toBe('closed')
    a.v.stop()
    b.v.stop()
  })

  it('tells viewers when the host stops, and the viewer asks again', async () => {
    const { bus, host } = setup()
    const a = viewer(bus, viewerA)
    await vi.waitFor(() => expect(hostPc()?.remoteDescription?.type).toBe('answer'))
    hostPc()?.setState('connected')
    viewerPc()?.setState('connected')
    host.stop()
    expect(a.feeds.at(-1)).toEqual([])
    expect(a.statuses.at(-1)).toEqual({ state: 'reconnecting' })
    await vi.waitFor(() => expect(a.joins.filter((j) => j === 'join')).toHaveLength(2), { timeout: 4000 })
    a.v.stop()
  })
})
