import { TokenVerifier } from 'livekit-server-sdk'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signWebhook, startLiveKitFake, type LiveKitFake } from '@/tests/support/livekit-fake'
import { runVideoContract, type SessionPermissions } from './contract'
import { createEmbeddedVideo } from './embedded'
import { createLiveKitVideo } from './livekit'
import type { VideoSession } from './types'

runVideoContract('embedded (browser to browser)', async () => ({
  video: createEmbeddedVideo({ iceServers: [] }),
  permissions: async (session: VideoSession): Promise<SessionPermissions> => {
    if (session.driver !== 'embedded') throw new Error('expected an embedded session')
    // The host's browser is the only one that sends media; viewers only answer its offers.
    const host = session.role === 'host'
    return { publish: host, publishData: host, subscribe: !host, room: session.showId }
  },
  signWebhook: null,
  forgeWebhook: async (body) => signWebhook(body, 'APIanything', 'any-secret-at-all-0123456789'),
}))

describe('livekit driver against a local Twirp fake', () => {
  let fake: LiveKitFake
  beforeAll(async () => {
    fake = await startLiveKitFake()
  })
  afterAll(async () => {
    await fake?.close()
  })

  const permissions = async (session: VideoSession): Promise<SessionPermissions> => {
    if (session.driver !== 'livekit') throw new Error('expected a LiveKit session')
    const claims = await new TokenVerifier(fake.apiKey, fake.apiSecret).verify(session.token)
    expect(claims.sub).toBe(session.identity)
    expect(claims.video?.roomJoin).toBe(true)
    return {
      publish: claims.video?.canPublish === true,
      subscribe: claims.video?.canSubscribe === true,
      publishData: claims.video?.canPublishData !== false,
      room: String(claims.video?.room),
    }
  }
  const common = () => ({
    permissions,
    signWebhook: (body: string) => fake.signWebhook(body),
    forgeWebhook: (body: string) => fake.signWebhook(body, { secret: 'not-the-api-secret-0123456789abcdef' }),
    ingressExists: (id: string) => fake.ingresses.some((i) => i.ingressId === id),
    egressStopped: (id: string) => fake.egresses.some((e) => e.egressId === id && e.stopped),
  })
  const s3 = { bucket: 'haat-replays', region: 'ap-south-1', accessKey: 'AKIAFAKE', secret: 's3-secret', endpoint: null }

  runVideoContract('livekit with recording', async () => ({
    video: createLiveKitVideo({ url: fake.url, apiKey: fake.apiKey, apiSecret: fake.apiSecret, recording: s3 }),
    ...common(),
  }))
  runVideoContract('livekit without recording', async () => ({
    video: createLiveKitVideo({ url: fake.url, apiKey: fake.apiKey, apiSecret: fake.apiSecret, recording: null }),
    ...common(),
  }))

  it('sends LiveKit the room, the ingress identity and the S3 output, with a token carrying the needed grant', async () => {
    const video = createLiveKitVideo({ url: fake.url, apiKey: fake.apiKey, apiSecret: fake.apiSecret, recording: s3 })
    const showId = '5b0c4a52-6a1e-4c4f-9d0e-2f1f0d5c7a11'
    const ingress = await video.createIngress(showId, 'rtmp')
    expect(ingress.supported).toBe(true)
    expect(fake.ingresses.at(-1)).toMatchObject({ kind: 'RTMP_INPUT', roomName: `show-${showId}`, participantIdentity: `ingress-${showId}` })
    const egressId = await video.startRecording(showId)
    const egress = fake.egresses.find((e) => e.egressId === egressId)
    expect(egress?.roomName).toBe(`show-${showId}`)
    expect(egress?.request).toMatchObject({
      fileOutputs: [{ fileType: 'MP4', filepath: `shows/${showId}/{room_name}-{time}.mp4`, s3: { bucket: 'haat-replays', region: 'ap-south-1', accessKey: 'AKIAFAKE', secret: 's3-secret' } }],
    })
    const [ingressCall, egressCall] = fake.calls.filter((c) => c.status === 200).slice(-2)
    expect(ingressCall?.grants?.video?.ingressAdmin).toBe(true)
    expect(egressCall?.grants?.video?.roomRecord).toBe(true)
  })

  it('turns a refusal from LiveKit into an upstream error that says what to check', async () => {
    const video = createLiveKitVideo({ url: fake.url, apiKey: fake.apiKey, apiSecret: 'the-wrong-secret-0123456789abcdef', recording: s3 })
    await expect(video.createIngress('5b0c4a52-6a1e-4c4f-9d0e-2f1f0d5c7a11', 'whip')).rejects.toMatchObject({ code: 'upstream', message: expect.stringMatching(/LIVEKIT_URL/) })
    expect(fake.calls.at(-1)).toMatchObject({ method: 'Ingress/CreateIngress', status: 401 })
    await expect(video.stopRecording('EG_missing')).rejects.toMatchObject({ code: 'upstream' })
  })
})
