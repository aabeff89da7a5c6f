import type { TrackReference } from '@livekit/components-react'
import { Track, type LocalParticipant } from 'livekit-client'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { stageFeeds, syncTracks } from './livekit-client'

// Node has no MediaStream; the stage only needs one that holds tracks.
class FakeMediaStream {
  private tracks: MediaStreamTrack[]
  constructor(tracks: MediaStreamTrack[] = []) {
    this.tracks = [...tracks]
  }
  getTracks = () => [...this.tracks]
  addTrack = (t: MediaStreamTrack) => void this.tracks.push(t)
  removeTrack = (t: MediaStreamTrack) => void (this.tracks = this.tracks.filter((x) => x !== t))
}
beforeAll(() => vi.stubGlobal('MediaStream', FakeMediaStream))

const mediaTrack = (kind: 'video' | 'audio', readyState: MediaStreamTrackState = 'live') => ({ kind, readyState, id: crypto.randomUUID() }) as unknown as MediaStreamTrack

function fakeParticipant(published: Partial<Record<Track.Source, MediaStreamTrack>> = {}) {
  const live = new Map<Track.Source, { mediaStreamTrack: MediaStreamTrack; replaceTrack: ReturnType<typeof vi.fn> }>()
  const add = (source: Track.Source, t: MediaStreamTrack) => {
    const track = { mediaStreamTrack: t, replaceTrack: vi.fn(async (next: MediaStreamTrack) => void (track.mediaStreamTrack = next)) }
    live.set(source, track)
  }
  for (const [source, t] of Object.entries(published)) add(source as Track.Source, t)
  const participant = {
    getTrackPublication: (source: Track.Source) => (live.has(source) ? { track: live.get(source) } : undefined),
    publishTrack: vi.fn(async (t: MediaStreamTrack, opts: { source: Track.Source }) => add(opts.source, t)),
    unpublishTrack: vi.fn(async (track: unknown) => {
      for (const [source, t] of live) if (t === track) live.delete(source)
    }),
  }
  return { participant, live, asLocal: participant as unknown as LocalParticipant }
}

describe('syncTracks', () => {
  it('publishes the stage’s own camera and microphone under their sources', async () => {
    const { participant, live, asLocal } = fakeParticipant()
    const camera = mediaTrack('video')
    const mic = mediaTrack('audio')
    await syncTracks(asLocal, new FakeMediaStream([camera, mic]) as unknown as MediaStream)
    expect(participant.publishTrack).toHaveBeenCalledTimes(2)
    expect(live.get(Track.Source.Camera)?.mediaStreamTrack).toBe(camera)
    expect(live.get(Track.Source.Microphone)?.mediaStreamTrack).toBe(mic)
  })

  it('swaps a changed camera in place and leaves an unchanged microphone alone', async () => {
    const mic = mediaTrack('audio')
    const { participant, live, asLocal } = fakeParticipant({ [Track.Source.Camera]: mediaTrack('video'), [Track.Source.Microphone]: mic })
    const micTrack = live.get(Track.Source.Microphone)
    const cameraTrack = live.get(Track.Source.Camera)
    const back = mediaTrack('video')
    await syncTracks(asLocal, new FakeMediaStream([back, mic]) as unknown as MediaStream)
    expect(participant.publishTrack).not.toHaveBeenCalled()
    expect(cameraTrack?.replaceTrack).toHaveBeenCalledWith(back, { userProvidedTrack: true })
    expect(micTrack?.replaceTrack).not.toHaveBeenCalled()
  })

  it('unpublishes a kind the stream lost without stopping it', async () => {
    const { participant, live, asLocal } = fakeParticipant({ [Track.Source.Camera]: mediaTrack('video'), [Track.Source.Microphone]: mediaTrack('audio') })
    const micTrack = live.get(Track.Source.Microphone)
    await syncTracks(asLocal, new FakeMediaStream([live.get(Track.Source.Camera)!.mediaStreamTrack, mediaTrack('audio', 'ended')]) as unknown as MediaStream)
    expect(participant.unpublishTrack).toHaveBeenCalledWith(micTrack, false)
    expect(live.has(Track.Source.Microphone)).toBe(false)
  })
})

const ref = (identity: string, t: MediaStreamTrack | undefined, isMuted = false) =>
  ({ participant: { identity }, publication: { track: t && { kind: t.kind, mediaStreamTrack: t }, isMuted }, source: Track.Source.Camera }) as unknown as TrackReference

describe('stageFeeds', () => {
  it('puts the host first, a co-host after, and never another viewer', () => {
    const hostVideo = mediaTrack('video')
    const hostAudio = mediaTrack('audio')
    const guestVideo = mediaTrack('video')
    const feeds = stageFeeds(
      [ref('cohost-u2', guestVideo), ref('viewer-k-1', mediaTrack('video')), ref('host-u1', hostVideo), ref('host-u1', hostAudio), ref('host-u1', undefined)],
      new Map(),
    )
    expect(feeds.map((f) => [f.id, f.role])).toEqual([
      ['host-u1', 'host'],
      ['cohost-u2', 'co-host'],
    ])
    expect(feeds[0]!.stream.getTracks()).toEqual([hostVideo, hostAudio])
  })

  it('treats OBS ingress as the host and skips muted tracks', () => {
    const audio = mediaTrack('audio')
    const feeds = stageFeeds([ref('ingress-s1', mediaTrack('video'), true), ref('ingress-s1', audio)], new Map())
    expect(feeds).toHaveLength(1)
    expect(feeds[0]).toMatchObject({ id: 'ingress-s1', role: 'host' })
    expect(feeds[0]!.stream.getTracks()).toEqual([audio])
  })

  it('keeps one stream per publisher across updates and forgets one that left', () => {
    const streams = new Map<string, MediaStream>()
    const first = mediaTrack('video')
    const [before] = stageFeeds([ref('host-u1', first), ref('cohost-u2', mediaTrack('video'))], streams)
    const next = mediaTrack('video')
    const after = stageFeeds([ref('host-u1', next)], streams)
    expect(after).toHaveLength(1)
    expect(after[0]!.stream).toBe(before!.stream)
    expect(after[0]!.stream.getTracks()).toEqual([next])
    expect([...streams.keys()]).toEqual(['host-u1'])
  })
})
