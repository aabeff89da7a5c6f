import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { orders, showEvents, showProducts, showReactions, showViewers, shows } from '@/db/schema'
import { channels } from '@/lib/live/channels'
import { createOrder } from '@/tests/support/order-fixtures'
import { createTestDb, type TestDb } from '@/tests/support/test-db'
import { closePoll, createPoll, currentPoll, votePoll } from './polls'
import { announceLivePurchase } from './purchase'
import { react } from './reactions'
import { getRoomSnapshot } from './room'
import { NOT_IN_RUN_LIST, spotlight } from './spotlight'
import { finalizeShowStats, getLiveStats } from './stats'
import { liveSetting, liveTestDeps } from './test-fixtures'
import { heartbeat, leave, viewerStats } from './viewers'

let t: TestDb
beforeAll(async () => {
  t = await createTestDb()
})
afterAll(async () => {
  await t?.close()
})

const key = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`

describe('viewers', () => {
  it('counts concurrent viewers from recent heartbeats, unique viewers once each, and keeps the peak', async () => {
    const s = await liveSetting(t.db)
    let now = new Date()
    const deps = liveTestDeps(t.db, { now: () => now })
    const showId = s.show.id

    for (const n of [1, 2, 3]) await heartbeat(deps, { userId: null, viewerKey: key(n) }, { showId })
    await heartbeat(deps, { userId: s.viewer, viewerKey: key(4) }, { showId })
    expect(await viewerStats(deps, showId)).toEqual({ concurrent: 4, peak: 4, unique: 4 })
    // The first heartbeat published; the rest fell inside the 2-second window.
    expect(deps.realtime.named('viewers')).toEqual([{ channel: channels.show(showId), name: 'viewers', data: { concurrent: 1, peak: 1, unique: 1 } }])

    await leave(deps, { userId: null, viewerKey: key(3) }, { showId })
    now = new Date(now.getTime() + 30_000)
    await heartbeat(deps, { userId: null, viewerKey: key(1) }, { showId })
    await heartbeat(deps, { userId: s.viewer, viewerKey: key(99) }, { showId })
    expect(await viewerStats(deps, showId)).toEqual({ concurrent: 3, peak: 4, unique: 4 })

    // Key 2 has been silent for 45 s: no longer watching, still counted as having watched.
    now = new Date(now.getTime() + 15_000)
    await heartbeat(deps, { userId: null, viewerKey: key(1) }, { showId })
    expect(await viewerStats(deps, showId)).toEqual({ concurrent: 2, peak: 4, unique: 4 })
    await heartbeat(deps, { userId: null, viewerKey: key(3) }, { showId })
    await heartbeat(deps, { userId: null, viewerKey: key(5) }, { showId })
    expect(await viewerStats(deps, showId)).toEqual({ concurrent: 4, peak: 4, unique: 5 })
    await heartbeat(deps, { userId: null, viewerKey: key(2) }, { showId })
    expect(await viewerStats(deps, showId)).toEqual({ concurrent: 5, peak: 5, unique: 5 })
  })

  it('records watch sessions and writes the show’s figures when it ends', async () => {
    const s = await liveSetting(t.db)
    const start = Date.now()
    let now = new Date(start)
    const deps = liveTestDeps(t.db, { now: () => now })
    const showId = s.show.id
    const at = async (ms: number, viewerKey: string, fn: typeof heartbeat | typeof leave = heartbeat) => {
      now = new Date(start + ms)
      await deps.kv.del(`live:${showId}:session:${viewerKey}`)
      await fn(deps, { userId: null, viewerKey }, { showId })
    }
    // A watches 0–30 s and leaves; B watches 0–15 s, goes away, comes back at 100 s until 115 s.
    await at(0, key(1))
    await at(0, key(2))
    await at(15_000, key(1))
    await at(15_000, key(2))
    await at(30_000, key(1), leave)
    await at(100_000, key(2))
    await at(115_000, key(2))

    const sessions = await t.db.select().from(showViewers).where(eq(showViewers.showId, showId)).orderBy(showViewers.joinedAt)
    expect(sessions.map((r) => [r.viewerKey, r.watchMs, r.leftAt !== null])).toEqual([
      [key(1), 30_000, true],
      [key(2), 15_000, true],
      [key(2), 15_000, false],
    ])

    await react(deps, { userId: null, viewerKey: key(1) }, { showId, kind: 'heart' })
    const final = await finalizeShowStats(deps, showId)
    expect(final).toMatchObject({ peakViewers: 2, uniqueViewers: 2, totalWatchMs: 60_000, reactions: { heart: 1 } })
    const [row] = await t.db.select().from(shows).where(eq(shows.id, showId))
    expect(row).toMatchObject({ peakViewers: 2, uniqueViewers: 2, totalWatchMs: 60_000 })
    expect(await t.db.select({ kind: showReactions.kind, count: showReactions.count }).from(showReactions).where(eq(showReactions.showId, showId))).toEqual([
      { kind: 'heart', count: 1 },
    ])
    // Twice is harmless.
    await expect(finalizeShowStats(deps, showId)).resolves.toMatchObject({ uniqueViewers: 2, totalWatchMs: 60_000, reactions: { heart: 1 } })
  })
})

describe('reactions', () => {
  it('publishes one batch of counts per window and limits each viewer to 10 a second', async () => {
    const s = await liveSetting(t.db)
    const deps = liveTestDeps(t.db)
    const showId = s.show.id
    const taps = [
      ...Array.from({ length: 3 }, () => react(deps, { userId: null, viewerKey: key(1) }, { showId, kind: 'heart' })),
      react(deps, { userId: s.viewer, viewerKey: null }, { showId, kind: 'fire' }),
    ]
    const results = await Promise.all(taps)
    await Promise.all(results.map((r) => r.delivered))
    expect(deps.realtime.named('reactions')).toEqual([{ channel: channels.show(showId), name: 'reactions', data: { counts: { heart: 3, fire: 1 } } }])

    let refused = 0
    for (let i = 0; i < 12; i++) await react(deps, { userId: null, viewerKey: key(2) }, { showId, kind: 'clap' }).catch(() => refused++)
    expect(refused).toBeGreaterThanOrEqual(2)
    await expect(react(deps, { userId: null, viewerKey: null }, { showId, kind: 'clap' })).rejects.toMatchObject({ code: 'unauthenticated' })
  })
})

describe('spotlight', () => {
  it('refuses a product that is not on the run list', async () => {
    const s = await liveSetting(t.db)
    const deps = liveTestDeps(t.db)
    await expect(spotlight(deps, { userId: s.host }, { showId: s.show.id, productId: s.offList.id })).rejects.toMatchObject({
      code: 'invalid_input',
      fieldErrors: { productId: [NOT_IN_RUN_LIST] },
    })
    expect(deps.realtime.events).toEqual([])
    await expect(spotlight(deps, { userId: s.viewer }, { showId: s.show.id, productId: s.product.id })).rejects.toMatchObject({ code: 'forbidden' })
  })

  it('spotlights a run-list product at its live price, marks the media time, and clears', async () => {
    const s = await liveSetting(t.db, { startedAgoMs: 120_000 })
    await t.db.update(showProducts).set({ livePricePaise: 99900 }).where(and(eq(showProducts.showId, s.show.id), eq(showProducts.productId, s.product.id)))
    const deps = liveTestDeps(t.db)
    const result = await spotlight(deps, { userId: s.moderator }, { showId: s.show.id, productId: s.product.id })
    expect(result.product).toMatchObject({ productId: s.product.id, pricePaise: 99900, mrpPaise: 150000, stock: 7, hasVariants: false })
    expect(deps.realtime.named('spotlight')).toEqual([{ channel: channels.show(s.show.id), name: 'spotlight', data: result }])

    const [marker] = await t.db.select().from(showEvents).where(eq(showEvents.showId, s.show.id))
    expect(marker).toMatchObject({ type: 'spotlight', productId: s.product.id })
    expect(marker!.mediaOffsetMs).toBeGreaterThanOrEqual(120_000)
    expect((await getRoomSnapshot(deps, s.show.id))?.spotlight?.product?.productId).toBe(s.product.id)

    // A product with variants is offered from its cheapest variant.
    await s.f.variants(s.second.id, [
      { values: ['S'], pricePaise: 45000, stock: 1, position: 0 },
      { values: ['M'], pricePaise: 42000, stock: 2, position: 1 },
    ])
    const second = await spotlight(deps, { userId: s.host }, { showId: s.show.id, productId: s.second.id })
    expect(second.product).toMatchObject({ pricePaise: 42000, hasVariants: true })

    await spotlight(deps, { userId: s.host }, { showId: s.show.id, productId: null })
    const [row] = await t.db.select({ id: shows.spotlightProductId }).from(shows).where(eq(shows.id, s.show.id))
    expect(row!.id).toBeNull()
    expect(await t.db.select().from(showEvents).where(eq(showEvents.showId, s.show.id))).toHaveLength(2)
  })
})

describe('polls', () => {
  it('takes one vote per person, none after close, and publishes the results', async () => {
    const s = await liveSetting(t.db)
    const deps = liveTestDeps(t.db)
    const poll = await createPoll(deps, { userId: s.host }, { showId: s.show.id, question: 'Which colour next?', options: ['Red', 'Blue'], durationSeconds: 60 })
    expect(poll).toMatchObject({ counts: [0, 0], closed: false })
    await expect(createPoll(deps, { userId: s.moderator }, { showId: s.show.id, question: 'Another?', options: ['A', 'B'], durationSeconds: 30 })).rejects.toMatchObject({
      code: 'conflict',
    })
    await expect(createPoll(deps, { userId: s.viewer }, { showId: s.show.id, question: 'Mine?', options: ['A', 'B'], durationSeconds: 30 })).rejects.toMatchObject({ code: 'forbidden' })

    const a = await votePoll(deps, { userId: s.viewer }, { pollId: poll.id, optionIndex: 1 })
    const b = await votePoll(deps, { userId: s.other }, { pollId: poll.id, optionIndex: 1 })
    await expect(votePoll(deps, { userId: s.viewer }, { pollId: poll.id, optionIndex: 0 })).rejects.toMatchObject({ code: 'conflict', message: expect.stringMatching(/already voted/) })
    await Promise.all([a.delivered, b.delivered])
    // Two votes in one window: one results event.
    expect(deps.realtime.named('poll').map((e) => e.data)).toEqual([poll, expect.objectContaining({ counts: [0, 2], total: 2, closed: false })])

    const closed = await closePoll(deps, { userId: s.moderator }, { pollId: poll.id })
    expect(closed).toMatchObject({ counts: [0, 2], closed: true })
    expect(deps.realtime.named('poll').at(-1)!.data).toEqual(closed)
    await expect(votePoll(deps, { userId: s.host }, { pollId: poll.id, optionIndex: 0 })).rejects.toMatchObject({ code: 'conflict', message: expect.stringMatching(/closed/) })
    expect(await currentPoll(deps, s.show.id)).toMatchObject({ id: poll.id, closed: true, counts: [0, 2] })

    const [marker] = await t.db.select().from(showEvents).where(and(eq(showEvents.showId, s.show.id), eq(showEvents.type, 'poll')))
    expect(marker).toMatchObject({ refId: poll.id })
  })

  it('treats a poll past its end as closed, and lets the next one start', async () => {
    const s = await liveSetting(t.db)
    let now = new Date()
    const deps = liveTestDeps(t.db, { now: () => now })
    const poll = await createPoll(deps, { userId: s.host }, { showId: s.show.id, question: 'Quick?', options: ['Yes', 'No'], durationSeconds: 15 })
    now = new Date(now.getTime() + 16_000)
    await expect(votePoll(deps, { userId: s.viewer }, { pollId: poll.id, optionIndex: 0 })).rejects.toMatchObject({ code: 'conflict' })
    await expect(createPoll(deps, { userId: s.host }, { showId: s.show.id, question: 'Next?', options: ['Yes', 'No'], durationSeconds: 15 })).resolves.toMatchObject({ closed: false })
  })
})

describe('purchases during a show', () => {
  it('announces first name and city only, stock left, and the console’s order and stats', async () => {
    const s = await liveSetting(t.db)
    const deps = liveTestDeps(t.db)
    const order = await createOrder(t.db, { buyerId: s.viewer, storeId: s.store.id, productId: s.product.id, quantity: 1, status: 'confirmed' })
    await t.db
      .update(orders)
      .set({ showId: s.show.id, shippingAddress: { name: 'Priya  Sharma', phone: '+919812345678', line1: '4 Lake View', line2: 'Flat 9', landmark: 'Near temple', city: 'Kochi', state: 'Kerala', pin: '682001' } })
      .where(eq(orders.id, order.orderId))
    const unpaid = await createOrder(t.db, { buyerId: s.other, storeId: s.store.id, productId: s.product.id, quantity: 1, status: 'pending_payment' })
    await t.db.update(orders).set({ showId: s.show.id }).where(eq(orders.id, unpaid.orderId))

    expect(await announceLivePurchase(deps, unpaid.orderId)).toEqual({ announced: false })
    expect(await announceLivePurchase(deps, order.orderId)).toEqual({ announced: true })
    expect(await announceLivePurchase(deps, order.orderId)).toEqual({ announced: false })

    const show = channels.show(s.show.id)
    const studio = channels.studio(s.show.id)
    const [bought] = deps.realtime.named('just-bought')
    expect(bought).toEqual({ channel: show, name: 'just-bought', data: { firstName: 'Priya', city: 'Kochi', productTitle: expect.any(String), productId: s.product.id } })
    const everything = JSON.stringify(deps.realtime.events)
    for (const secret of ['Sharma', '9812345678', 'Lake View', 'Flat 9', 'temple', '682001']) expect(everything).not.toContain(secret)

    expect(deps.realtime.named('stock')).toEqual([{ channel: show, name: 'stock', data: { productId: s.product.id, stock: 7 } }])
    expect(deps.realtime.named('order')).toEqual([
      { channel: studio, name: 'order', data: expect.objectContaining({ orderId: order.orderId, buyerFirstName: 'Priya', city: 'Kochi', totalPaise: 150000 }) },
    ])
    expect(deps.realtime.named('stats')).toEqual([{ channel: studio, name: 'stats', data: { orders: 1, revenuePaise: 150000, viewers: { concurrent: 0, peak: 0, unique: 0 } } }])

    await expect(getLiveStats(deps, { userId: s.moderator }, s.show.id)).resolves.toMatchObject({ orders: 1, revenuePaise: 150000 })
    await expect(getLiveStats(deps, { userId: s.viewer }, s.show.id)).rejects.toMatchObject({ code: 'forbidden' })
  })
})
