import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { chatMessages, orders, reports, shows } from '@/db/schema'
import type { IngressKind, IngressResult, VideoSession } from '@/lib/services/video/types'
import { createOrder } from '@/tests/support/order-fixtures'
import { createTestDb, type TestDb } from '@/tests/support/test-db'

// The page wrapper reads the session and the configured services; these tests call the loaders directly.
vi.mock('@/lib/auth', () => ({ requireSeller: async () => ({}) }))
vi.mock('@/lib/dal/live/app-deps', () => ({ liveDeps: () => ({}) }))
vi.mock('@/lib/services/realtime', () => ({ getRealtimeClientConfig: () => ({}) }))
vi.mock('@/lib/services/video', () => ({ getVideo: () => ({}) }))

const { createShowIngress, loadLiveConsole } = await import('./live-console')
const { liveSetting } = await import('./live/test-fixtures')
const { createMemoryKv } = await import('@/lib/services/kv/memory')

let t: TestDb
beforeAll(async () => {
  t = await createTestDb()
})
afterAll(async () => {
  await t?.close()
})

function fakeVideo(driver: 'livekit' | 'embedded' = 'livekit') {
  const created: { showId: string; kind: IngressKind }[] = []
  const sessions: string[] = []
  return {
    created,
    sessions,
    driver,
    capabilities: { ingress: driver === 'livekit', recording: false, coHost: false, maxViewers: null },
    async hostSession(input: { showId: string; userId: string }): Promise<VideoSession> {
      sessions.push(input.userId)
      return { driver: 'livekit', role: 'host', url: 'wss://lk.test', token: `token-${input.userId}`, roomName: `show-${input.showId}`, identity: `host-${input.userId}` }
    },
    async createIngress(showId: string, kind: IngressKind): Promise<IngressResult> {
      if (driver === 'embedded') return { supported: false, message: 'Streaming from OBS needs LiveKit.' }
      created.push({ showId, kind })
      return { supported: true, ingressId: `IN_${created.length}`, kind, url: 'rtmp://lk.test/x', streamKey: `key-${created.length}` }
    },
    async deleteIngress() {},
  }
}

const deps = (video = fakeVideo()) => ({ db: t.db, kv: createMemoryKv(), video })

async function chat(showId: string, userId: string | null, body: string, extra: Partial<typeof chatMessages.$inferInsert> = {}) {
  const [row] = await t.db.insert(chatMessages).values({ showId, userId, body, ...extra }).returning({ id: chatMessages.id })
  return row!.id
}

describe('loadLiveConsole', () => {
  it('is empty for another store’s show and closed once the show has ended', async () => {
    const a = await liveSetting(t.db)
    const b = await liveSetting(t.db)
    const owner = { userId: a.host, name: 'Owner', storeRole: 'owner' as const }
    expect(await loadLiveConsole(deps(), owner, a.store.id, b.show.id)).toBeNull()

    await t.db.update(shows).set({ status: 'ended' }).where(eq(shows.id, a.show.id))
    expect(await loadLiveConsole(deps(), owner, a.store.id, a.show.id)).toMatchObject({ kind: 'closed', show: { id: a.show.id, status: 'ended' } })
  })

  it('gives the owner the stage and stream key, and a moderator neither', async () => {
    const s = await liveSetting(t.db)
    await t.db.update(shows).set({ ingressId: 'IN_1', ingressUrl: 'rtmp://lk.test/x', ingressStreamKey: 'secret-key', ingressKind: 'rtmp' }).where(eq(shows.id, s.show.id))
    const video = fakeVideo()

    const asOwner = await loadLiveConsole(deps(video), { userId: s.host, name: 'Owner Person', storeRole: 'owner' }, s.store.id, s.show.id)
    expect(asOwner?.kind).toBe('console')
    if (asOwner?.kind !== 'console') return
    expect(asOwner.data).toMatchObject({
      canBroadcast: true,
      me: { userId: s.host, name: 'Owner' },
      ingress: { url: 'rtmp://lk.test/x', streamKey: 'secret-key', kind: 'rtmp' },
      video: { driver: 'livekit', ingress: true, session: { token: `token-${s.host}` }, error: null },
      show: { id: s.show.id, status: 'live' },
    })
    expect(asOwner.data.runList.map((p) => p.productId)).toEqual([s.product.id, s.second.id])

    const asModerator = await loadLiveConsole(deps(video), { userId: s.moderator, name: 'Maya', storeRole: 'moderator' }, s.store.id, s.show.id)
    if (asModerator?.kind !== 'console') throw new Error('expected the console')
    expect(asModerator.data).toMatchObject({ canBroadcast: false, ingress: null, video: { session: null } })
    expect(JSON.stringify(asModerator.data)).not.toContain('secret-key')
    expect(video.sessions).toEqual([s.host])
  })

  it('lists questions newest first with answered ones, paid show orders and open reports on visible messages', async () => {
    const s = await liveSetting(t.db)
    const minute = (m: number) => new Date(Date.UTC(2026, 10, 22, 10, m))
    const early = await chat(s.show.id, s.viewer, 'Is it silk?', { kind: 'question', questionAt: minute(1), createdAt: minute(1) })
    const answered = await chat(s.show.id, s.other, 'Size?', { kind: 'question', questionAt: minute(2), createdAt: minute(2), answeredAt: minute(3) })
    const late = await chat(s.show.id, s.viewer, 'COD?', { kind: 'question', questionAt: minute(4), createdAt: minute(4) })
    await chat(s.show.id, s.viewer, 'Gone', { kind: 'question', questionAt: minute(5), deletedAt: minute(6) })
    const rude = await chat(s.show.id, s.other, 'buy followers at …')
    const removed = await chat(s.show.id, s.other, 'removed spam', { deletedAt: minute(7) })
    await t.db.insert(reports).values([
      { reporterId: s.viewer, targetType: 'chat_message', targetId: rude, reason: 'Spam or scam', createdAt: minute(8) },
      { reporterId: s.viewer, targetType: 'chat_message', targetId: removed, reason: 'Spam or scam', createdAt: minute(8) },
    ])

    const paid = await createOrder(t.db, { buyerId: s.viewer, storeId: s.store.id, productId: s.product.id, quantity: 2, status: 'confirmed' })
    const unpaid = await createOrder(t.db, { buyerId: s.viewer, storeId: s.store.id, productId: s.product.id, quantity: 1, status: 'pending_payment' })
    await createOrder(t.db, { buyerId: s.viewer, storeId: s.store.id, productId: s.second.id, quantity: 1, status: 'confirmed' })
    for (const id of [paid.orderId, unpaid.orderId]) await t.db.update(orders).set({ showId: s.show.id }).where(eq(orders.id, id))

    const page = await loadLiveConsole(deps(), { userId: s.moderator, name: 'Maya', storeRole: 'moderator' }, s.store.id, s.show.id)
    if (page?.kind !== 'console') throw new Error('expected the console')
    const { data } = page
    expect(data.questions.map((q) => q.id)).toEqual([late, answered, early])
    expect(data.questions[1]!.answeredAt).toBe(minute(3).toISOString())
    expect(data.orders).toEqual([
      { orderId: paid.orderId, productTitle: expect.any(String), buyerFirstName: 'Test', city: 'Bengaluru', totalPaise: 300000, at: expect.any(String) },
    ])
    expect(data.stats).toMatchObject({ orders: 1, revenuePaise: 300000 })
    expect(data.reports).toEqual([{ messageId: rude, body: 'buy followers at …', author: 'Ravi', reporter: 'Asha', reason: 'Spam or scam', at: minute(8).toISOString() }])
  })
})

describe('createShowIngress', () => {
  it('creates the stream key once and hands back the stored one after that', async () => {
    const s = await liveSetting(t.db, { status: 'scheduled' })
    const video = fakeVideo()
    const scope = { storeId: s.store.id, showId: s.show.id }
    const first = await createShowIngress({ db: t.db, video }, scope, 'rtmp')
    expect(first).toEqual({ url: 'rtmp://lk.test/x', streamKey: 'key-1', kind: 'rtmp' })
    expect(await createShowIngress({ db: t.db, video }, scope, 'rtmp')).toEqual(first)
    expect(video.created).toHaveLength(1)
    const [row] = await t.db.select({ ingressId: shows.ingressId }).from(shows).where(eq(shows.id, s.show.id))
    expect(row!.ingressId).toBe('IN_1')
  })

  it('refuses another store’s show, a finished show, and the built-in video server', async () => {
    const s = await liveSetting(t.db)
    const other = await liveSetting(t.db)
    const video = fakeVideo()
    await expect(createShowIngress({ db: t.db, video }, { storeId: other.store.id, showId: s.show.id }, 'rtmp')).rejects.toMatchObject({ code: 'not_found' })
    await expect(createShowIngress({ db: t.db, video: fakeVideo('embedded') }, { storeId: s.store.id, showId: s.show.id }, 'rtmp')).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/LiveKit/),
    })
    await t.db.update(shows).set({ status: 'ended' }).where(eq(shows.id, s.show.id))
    await expect(createShowIngress({ db: t.db, video }, { storeId: s.store.id, showId: s.show.id }, 'rtmp')).rejects.toMatchObject({ code: 'conflict' })
    expect(video.created).toEqual([])
  })
})
