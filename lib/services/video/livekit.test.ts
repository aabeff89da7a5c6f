import { EgressInfo, EgressStatus, TokenVerifier, WebhookEvent } from 'livekit-server-sdk'
import { describe, expect, it } from 'vitest'
import { signWebhook } from '@/tests/support/livekit-fake'
import { createLiveKitVideo, recordingConfig, TOKEN_TTL_SECONDS } from './livekit'
import type { LiveKitSession } from './types'

const apiKey = 'APItestkey'
const apiSecret = 'test-secret-for-unit-tests-0123456789abcdef'
const video = createLiveKitVideo({ url: 'wss://haat.livekit.example', apiKey, apiSecret, recording: null })
const showId = '0f9d8a7b-6c5d-4e3f-8a1b-2c3d4e5f6a7b'
const userId = '11111111-2222-4333-8444-555555555555'
const viewerKey = 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee'

async function claims(session: unknown) {
  const s = session as LiveKitSession
  return new TokenVerifier(apiKey, apiSecret).verify(s.token)
}

describe('LiveKit join tokens', () => {
  it('lets the host publish media and data in the show room only', async () => {
    const session = await video.hostSession({ showId, userId, name: 'Meera Handlooms' })
    expect(session).toMatchObject({ driver: 'livekit', role: 'host', url: 'wss://haat.livekit.example', roomName: `show-${showId}`, identity: `host-${userId}` })
    const c = await claims(session)
    expect(c.video).toEqual({ roomJoin: true, room: `show-${showId}`, canPublish: true, canSubscribe: true, canPublishData: true })
    expect(c.name).toBe('Meera Handlooms')
    expect(JSON.parse(String(c.metadata))).toEqual({ role: 'host', userId })
    expect(Number(c.exp) - Number(c.nbf)).toBe(TOKEN_TTL_SECONDS)
  })

  it('lets a viewer subscribe and nothing else, under a per-session identity', async () => {
    const a = await video.viewerSession({ showId, viewerKey })
    const b = await video.viewerSession({ showId, viewerKey, userId, name: 'Ravi' })
    expect(a.role).toBe('viewer')
    const ca = await claims(a)
    expect(ca.video).toEqual({ roomJoin: true, room: `show-${showId}`, canPublish: false, canSubscribe: true, canPublishData: false })
    expect(ca.sub).toMatch(new RegExp(`^viewer-${viewerKey}-[0-9a-f]{6}$`))
    expect((a as LiveKitSession).identity).not.toBe((b as LiveKitSession).identity)
    expect(JSON.parse(String((await claims(b)).metadata))).toEqual({ role: 'viewer', userId })
  })

  it('seats an invited co-host as a publisher and refuses anyone else', async () => {
    const session = await video.coHostSession({ showId, userId, name: 'Asha', allowed: true })
    const c = await claims(session)
    expect(c.sub).toBe(`cohost-${userId}`)
    expect(c.video).toMatchObject({ canPublish: true, canSubscribe: true })
    await expect(video.coHostSession({ showId, userId, name: 'Asha', allowed: false })).rejects.toMatchObject({ code: 'forbidden' })
  })
})

describe('LiveKit webhooks', () => {
  const message = new WebhookEvent({
    id: 'EV_9xK2',
    createdAt: BigInt(1767225600),
    egressInfo: new EgressInfo({
      egressId: 'EG_abc',
      roomName: `show-${showId}`,
      status: EgressStatus.EGRESS_COMPLETE,
      fileResults: [{ filename: 'x.mp4', location: 'https://haat-replays.s3.amazonaws.com/shows/x.mp4' }],
    }),
  })
  // The SDK's subclass resets `event` in its constructor, so it is set afterwards.
  message.event = 'egress_ended'
  const body = message.toJsonString()

  it('accepts a body signed with the API secret and maps the event', async () => {
    const event = await video.verifyWebhook(body, await signWebhook(body, apiKey, apiSecret))
    expect(event).toEqual({
      id: 'EV_9xK2',
      event: 'egress_ended',
      createdAt: new Date('2026-01-01T00:00:00Z'),
      roomName: `show-${showId}`,
      showId,
      ingress: null,
      egress: { egressId: 'EG_abc', roomName: `show-${showId}`, status: 'complete', fileUrls: ['https://haat-replays.s3.amazonaws.com/shows/x.mp4'], error: null },
    })
  })

  it('rejects a signature from another secret or key, a changed body, and a missing header', async () => {
    await expect(video.verifyWebhook(body, await signWebhook(body, apiKey, 'another-secret-0123456789abcdefghij'))).rejects.toMatchObject({ code: 'unauthorized' })
    await expect(video.verifyWebhook(body, await signWebhook(body, 'APIother', apiSecret))).rejects.toMatchObject({ code: 'unauthorized' })
    const signed = await signWebhook(body, apiKey, apiSecret)
    await expect(video.verifyWebhook(body.replace('EG_abc', 'EG_abd'), signed)).rejects.toMatchObject({ code: 'unauthorized' })
    await expect(video.verifyWebhook(body, null)).rejects.toMatchObject({ code: 'unauthorized' })
  })
})

describe('recordingConfig', () => {
  it('is off with no S3 variables, on with all three, and names what a half-set group misses', () => {
    expect(recordingConfig({})).toBeNull()
    expect(
      recordingConfig({ LIVEKIT_EGRESS_S3_BUCKET: 'b', LIVEKIT_EGRESS_S3_ACCESS_KEY: 'k', LIVEKIT_EGRESS_S3_SECRET: 's', LIVEKIT_EGRESS_S3_ENDPOINT: 'https://r2.example' }),
    ).toEqual({ bucket: 'b', accessKey: 'k', secret: 's', region: null, endpoint: 'https://r2.example' })
    expect(() => recordingConfig({ LIVEKIT_EGRESS_S3_BUCKET: 'b', LIVEKIT_EGRESS_S3_REGION: 'ap-south-1' })).toThrow(
      'video recording: missing LIVEKIT_EGRESS_S3_ACCESS_KEY, LIVEKIT_EGRESS_S3_SECRET',
    )
  })
})
