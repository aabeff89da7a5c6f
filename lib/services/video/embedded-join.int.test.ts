import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { channels } from '@/lib/live/channels'
import { createMemoryKv } from '@/lib/services/kv/memory'
import type { Kv } from '@/lib/services/kv/types'
import { catalogFixtures } from '@/tests/support/catalog-fixtures'
import { createTestDb, type TestDb } from '@/tests/support/test-db'
import { joinEmbeddedVideo, VIEWER_TTL_SECONDS, type JoinDeps } from './embedded-join'

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

type Published = { channel: string; name: string; data: unknown }

describe('joinEmbeddedVideo', () => {
  let kv: Kv
  let published: Published[]
  let clock: number
  let deps: JoinDeps
  beforeEach(() => {
    kv = createMemoryKv()
    published = []
    clock = Date.parse('2026-03-01T10:00:00Z')
    deps = {
      db: t.db,
      kv,
      maxViewers: 3,
      now: () => clock,
      realtime: {
        trigger: async (channel, name, data) => {
          published.push({ channel: String(channel), name, data })
        },
      },
    }
  })

  const liveShow = async () => (await f.show(store.id, store.ownerId, 'live', new Date(), [])).id

  it('asks the host for a stream on join, keeps the place on heartbeat without asking again', async () => {
    const showId = await liveShow()
    const viewerKey = randomUUID()
    const joined = await joinEmbeddedVideo(deps, viewerKey, { showId, action: 'join' })
    expect(joined).toEqual({ status: 200, body: { ok: true, viewers: 1, maxViewers: 3, heartbeatSeconds: 15 } })
    expect(published).toEqual([{ channel: channels.studio(showId), name: 'viewer-join', data: { viewerKey } }])

    clock += 10_000
    const beat = await joinEmbeddedVideo(deps, viewerKey, { showId, action: 'heartbeat' })
    expect(beat.status).toBe(200)
    expect(published).toHaveLength(1)
  })

  it('answers 409 with the cap message when the show is full, and lets a rejoin of a seated viewer through', async () => {
    const showId = await liveShow()
    const seated = [randomUUID(), randomUUID(), randomUUID()]
    for (const key of seated) expect((await joinEmbeddedVideo(deps, key, { showId, action: 'join' })).status).toBe(200)

    const full = await joinEmbeddedVideo(deps, randomUUID(), { showId, action: 'join' })
    expect(full).toEqual({
      status: 409,
      body: {
        ok: false,
        code: 'full',
        error: 'This show is full on the built-in video server (3 viewers). Try again in a minute — hosts who expect a bigger audience connect LiveKit.',
      },
    })
    expect(published).toHaveLength(3)

    // A seated viewer reconnecting (host reloaded) asks again without being counted twice.
    const again = await joinEmbeddedVideo(deps, seated[0]!, { showId, action: 'join' })
    expect(again).toMatchObject({ status: 200, body: { viewers: 3 } })
    expect(published).toHaveLength(4)
  })

  it('frees a place when its viewer leaves, or stops heartbeating for the TTL', async () => {
    const showId = await liveShow()
    const [a, b, c, d] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()]
    for (const key of [a, b, c]) await joinEmbeddedVideo(deps, key, { showId, action: 'join' })
    expect((await joinEmbeddedVideo(deps, d, { showId, action: 'join' })).status).toBe(409)

    expect(await joinEmbeddedVideo(deps, a, { showId, action: 'leave' })).toMatchObject({ status: 200, body: { viewers: 2 } })
    expect((await joinEmbeddedVideo(deps, d, { showId, action: 'join' })).status).toBe(200)

    // b keeps heartbeating; c and d go quiet.
    clock += (VIEWER_TTL_SECONDS - 5) * 1000
    await joinEmbeddedVideo(deps, b, { showId, action: 'heartbeat' })
    clock += 6000
    const e = await joinEmbeddedVideo(deps, randomUUID(), { showId, action: 'join' })
    expect(e).toMatchObject({ status: 200, body: { viewers: 2 } })
    // c lost its place; coming back it is a newcomer again, and there is room.
    expect(await joinEmbeddedVideo(deps, c, { showId, action: 'heartbeat' })).toMatchObject({ status: 200, body: { viewers: 3 } })
  })

  it('refuses shows that are not live, unknown shows and a missing viewer key, publishing nothing', async () => {
    const scheduled = (await f.show(store.id, store.ownerId, 'scheduled', new Date(Date.now() + 3_600_000), [])).id
    const ended = (await f.show(store.id, store.ownerId, 'ended', new Date(), [])).id
    const key = randomUUID()
    expect(await joinEmbeddedVideo(deps, key, { showId: scheduled, action: 'join' })).toMatchObject({
      status: 409,
      body: { code: 'not-live', error: expect.stringMatching(/not live yet/) },
    })
    expect(await joinEmbeddedVideo(deps, key, { showId: ended, action: 'join' })).toMatchObject({ status: 409, body: { error: 'This show has ended.' } })
    expect(await joinEmbeddedVideo(deps, key, { showId: randomUUID(), action: 'join' })).toMatchObject({ status: 404, body: { code: 'not-found' } })
    const live = await liveShow()
    expect(await joinEmbeddedVideo(deps, null, { showId: live, action: 'join' })).toMatchObject({ status: 400, body: { code: 'no-viewer-key' } })
    expect(await joinEmbeddedVideo(deps, 'not-a-uuid', { showId: live, action: 'join' })).toMatchObject({ status: 400 })
    expect(published).toEqual([])
  })

  it('rate-limits a viewer key that hammers the route', async () => {
    const showId = await liveShow()
    const key = randomUUID()
    const statuses: number[] = []
    for (let i = 0; i < 31; i++) statuses.push((await joinEmbeddedVideo(deps, key, { showId, action: 'heartbeat' })).status)
    expect(statuses.slice(0, 30).every((s) => s === 200)).toBe(true)
    expect(statuses[30]).toBe(429)
  })
})
