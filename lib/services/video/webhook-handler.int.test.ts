import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { getShowVideoState, setShowEgress, setShowIngress } from '@/db/queries/show-video'
import { catalogFixtures } from '@/tests/support/catalog-fixtures'
import { signWebhook } from '@/tests/support/livekit-fake'
import { createTestDb, type TestDb } from '@/tests/support/test-db'
import { createEmbeddedVideo } from './embedded'
import { createLiveKitVideo } from './livekit'
import { handleVideoWebhook } from './webhook-handler'

const apiKey = 'APIwebhooktest'
const apiSecret = 'webhook-test-secret-0123456789abcdef'
const video = createLiveKitVideo({ url: 'http://127.0.0.1:1', apiKey, apiSecret, recording: null })

let t: TestDb
let f: ReturnType<typeof catalogFixtures>
let store: { id: string; ownerId: string }
beforeAll(async () => {
  t = await createTestDb()
  f = catalogFixtures(t.db)
  store = await f.store()
})
afterAll(async () => {
  await t?.close()
})

const newShow = async () => (await f.show(store.id, store.ownerId, 'live', new Date(), [])).id

const egressEnded = (showId: string, egressId: string, status: string, location?: string) =>
  JSON.stringify({
    event: 'egress_ended',
    id: `EV_${egressId}`,
    createdAt: '1767225600',
    egressInfo: { egressId, roomName: `show-${showId}`, status, fileResults: location ? [{ filename: 'r.mp4', location }] : [] },
  })

async function deliver(body: string, secret = apiSecret) {
  return handleVideoWebhook({ db: t.db, video }, body, await signWebhook(body, apiKey, secret))
}

describe('handleVideoWebhook', () => {
  it('saves a finished recording as the replay, once', async () => {
    const showId = await newShow()
    await setShowEgress(t.db, { storeId: store.id, showId }, 'EG_done1')
    const body = egressEnded(showId, 'EG_done1', 'EGRESS_COMPLETE', 'https://haat-replays.s3.amazonaws.com/shows/r.mp4')
    expect(await deliver(body)).toEqual({ status: 200, body: { ok: true, handled: 'recording saved' } })
    expect(await getShowVideoState(t.db, showId)).toMatchObject({ egressId: null, recordingUrl: 'https://haat-replays.s3.amazonaws.com/shows/r.mp4' })
    expect(await deliver(body)).toEqual({ status: 200, body: { ok: true, handled: 'egress unknown' } })
  })

  it('lets go of a failed egress without touching an earlier recording', async () => {
    const showId = await newShow()
    await setShowEgress(t.db, { storeId: store.id, showId }, 'EG_first')
    await deliver(egressEnded(showId, 'EG_first', 'EGRESS_COMPLETE', 'https://r2.example/first.mp4'))
    await setShowEgress(t.db, { storeId: store.id, showId }, 'EG_second')
    expect((await deliver(egressEnded(showId, 'EG_second', 'EGRESS_FAILED'))).body.handled).toBe('recording failed')
    expect(await getShowVideoState(t.db, showId)).toMatchObject({ egressId: null, recordingUrl: 'https://r2.example/first.mp4' })
  })

  it('records an ingress started outside the studio, but never replaces the studio’s own', async () => {
    const showId = await newShow()
    const started = (ingressId: string) =>
      JSON.stringify({ event: 'ingress_started', id: `EV_${ingressId}`, ingressInfo: { ingressId, roomName: `show-${showId}`, inputType: 'WHIP_INPUT' } })
    expect((await deliver(started('IN_console'))).body.handled).toBe('ingress recorded')
    expect(await getShowVideoState(t.db, showId)).toMatchObject({ ingressId: 'IN_console', ingressKind: 'whip' })

    const other = await newShow()
    await setShowIngress(t.db, { storeId: store.id, showId: other }, { ingressId: 'IN_studio', url: 'rtmp://x/live', streamKey: 'k', kind: 'rtmp' })
    const body = started('IN_else').replaceAll(showId, other)
    expect((await deliver(body)).body.handled).toBe('ingress known')
    expect(await getShowVideoState(t.db, other)).toMatchObject({ ingressId: 'IN_studio', ingressKind: 'rtmp', ingressStreamKey: 'k' })
  })

  it('answers 401 to a forged signature and changes nothing', async () => {
    const showId = await newShow()
    await setShowEgress(t.db, { storeId: store.id, showId }, 'EG_forged')
    const body = egressEnded(showId, 'EG_forged', 'EGRESS_COMPLETE', 'https://evil.example/x.mp4')
    expect(await deliver(body, 'attacker-secret-0123456789abcdefgh')).toEqual({ status: 401, body: { ok: false, error: 'invalid signature' } })
    expect(await handleVideoWebhook({ db: t.db, video }, body, null)).toMatchObject({ status: 401 })
    expect(await handleVideoWebhook({ db: t.db, video: createEmbeddedVideo({ iceServers: [] }) }, body, await signWebhook(body, apiKey, apiSecret))).toMatchObject({ status: 401 })
    expect(await getShowVideoState(t.db, showId)).toMatchObject({ egressId: 'EG_forged', recordingUrl: null })
  })

  it('scopes studio writes to the store that owns the show', async () => {
    const showId = await newShow()
    const otherStore = await f.store()
    expect(await setShowEgress(t.db, { storeId: otherStore.id, showId }, 'EG_x')).toBe(false)
    expect(await setShowIngress(t.db, { storeId: otherStore.id, showId }, null)).toBe(false)
    expect(await getShowVideoState(t.db, showId)).toMatchObject({ egressId: null })
  })
})
