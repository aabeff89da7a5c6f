import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { asc, eq } from 'drizzle-orm'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chatMessages, products, showEvents, showProducts, showReminders, shows, stores, users } from '@/db/schema'
import { listRecentChat, listReplayChat, listShowChapters } from '@/db/queries/show-room'
import { findPublicShowBySlug, listRunListCards, setShowReminder } from '@/db/queries/shows'
import { countStoreShowsByStatus, findStudioShow } from '@/db/queries/studio-shows'
import { toIndiaDateTimeInput } from '@/lib/validations/coupon'
import { productSchema } from '@/lib/validations/product'
import { showSchema } from '@/lib/validations/show'
import { createLocalStorage } from '@/lib/services/storage/local'
import { createTestDb, type TestDb } from '@/tests/support/test-db'
import { saveProduct } from './studio-product-write'
import { changeShowStatus, scheduleShow, setShowCover, updateShow } from './studio-shows'
import { productValues, seedSeller } from './studio-test-fixtures'

type Seller = Awaited<ReturnType<typeof seedSeller>>
let t: TestDb
let mine: Seller
let theirs: Seller
let dir: string
let myProducts: string[]
let theirProduct: string

const ctx = (s: Seller) => ({ storeId: s.storeId, actorId: s.userId })

async function product(s: Seller, price: string) {
  const p = await saveProduct(t.db, { storeId: s.storeId, actorId: s.userId, reason: 'manual_edit' }, productSchema.parse(productValues(s.storeId, { price, compareAt: '' })))
  return p.id
}

const values = (s: Seller, runList: { productId: string; livePrice?: string }[], overrides: Record<string, unknown> = {}) =>
  showSchema.parse({
    storeId: s.storeId,
    title: 'Silk saree live',
    description: 'Zari and katan silk',
    language: 'hi',
    scheduledAt: toIndiaDateTimeInput(new Date(Date.now() + 86_400_000)),
    runList: runList.map((r) => ({ livePrice: '', ...r })),
    ...overrides,
  })

const statusOf = async (id: string) => (await t.db.select({ status: shows.status, title: shows.title }).from(shows).where(eq(shows.id, id)))[0]
const runListOf = async (id: string) =>
  t.db.select({ productId: showProducts.productId, livePricePaise: showProducts.livePricePaise }).from(showProducts).where(eq(showProducts.showId, id)).orderBy(asc(showProducts.position))

beforeAll(async () => {
  t = await createTestDb()
  mine = await seedSeller(t.db, 'shows-mine')
  theirs = await seedSeller(t.db, 'shows-theirs')
  myProducts = [await product(mine, '1000'), await product(mine, '500'), await product(mine, '2500')]
  theirProduct = await product(theirs, '800')
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'haat-shows-'))
})
afterAll(async () => {
  await t?.close()
  if (dir) await fs.rm(dir, { recursive: true, force: true })
})

describe('scheduling a show', () => {
  it('keeps the run list in the order given, with live prices in paise, under a unique slug', async () => {
    const order = [myProducts[2]!, myProducts[0]!, myProducts[1]!]
    const input = values(mine, [{ productId: order[0]! }, { productId: order[1]!, livePrice: '899.50' }, { productId: order[2]! }])
    const a = await scheduleShow(t.db, ctx(mine), input)
    const b = await scheduleShow(t.db, ctx(mine), input)
    expect(a.slug).toMatch(/^silk-saree-live-[0-9a-f]{6}$/)
    expect(b.slug).not.toBe(a.slug)
    expect(await runListOf(a.id)).toEqual([
      { productId: order[0], livePricePaise: null },
      { productId: order[1], livePricePaise: 89950 },
      { productId: order[2], livePricePaise: null },
    ])
    expect(await statusOf(a.id)).toEqual({ status: 'scheduled', title: 'Silk saree live' })

    // Reordering on edit replaces the list in the new order.
    await updateShow(t.db, ctx(mine), { ...values(mine, [{ productId: order[2]! }, { productId: order[0]! }]), showId: a.id })
    expect((await runListOf(a.id)).map((r) => r.productId)).toEqual([order[2], order[0]])
    expect((await findStudioShow(t.db, mine.storeId, a.id))?.runList.map((r) => r.productId)).toEqual([order[2], order[0]])
  })

  it('refuses another store’s product, a product not on sale, and a live price at or above the price', async () => {
    await t.db.update(products).set({ visibility: 'draft' }).where(eq(products.id, myProducts[1]!))
    const bad = values(mine, [{ productId: theirProduct }, { productId: myProducts[1]! }, { productId: myProducts[0]!, livePrice: '1000' }])
    const error = await scheduleShow(t.db, ctx(mine), bad).catch((e: unknown) => e)
    expect(error).toMatchObject({ code: 'invalid_input' })
    expect(Object.keys((error as { fieldErrors: object }).fieldErrors).sort()).toEqual(['runList.0.productId', 'runList.1.productId', 'runList.2.livePrice'])
    await t.db.update(products).set({ visibility: 'public' }).where(eq(products.id, myProducts[1]!))
  })
})

describe('another store’s show', () => {
  it('cannot be edited, started, ended, cancelled or given a cover, and stays as it was', async () => {
    const their = await scheduleShow(t.db, ctx(theirs), values(theirs, [{ productId: theirProduct }]))
    const edit = { ...values(mine, [{ productId: myProducts[0]! }], { title: 'Hijacked' }), showId: their.id }
    await expect(updateShow(t.db, ctx(mine), edit)).rejects.toMatchObject({ code: 'not_found' })
    await expect(changeShowStatus(t.db, ctx(mine), their.id, 'goLive')).rejects.toMatchObject({ code: 'not_found' })
    await expect(changeShowStatus(t.db, ctx(mine), their.id, 'cancel')).rejects.toMatchObject({ code: 'not_found' })
    const storage = createLocalStorage(dir)
    const jpeg = await sharp({ create: { width: 32, height: 18, channels: 3, background: '#7b1e3a' } }).jpeg().toBuffer()
    await expect(setShowCover(t.db, storage, ctx(mine), { showId: their.id, bytes: jpeg })).rejects.toMatchObject({ code: 'not_found' })
    expect(await statusOf(their.id)).toEqual({ status: 'scheduled', title: 'Silk saree live' })
    expect(await runListOf(their.id)).toEqual([{ productId: theirProduct, livePricePaise: null }])
    await changeShowStatus(t.db, ctx(theirs), their.id, 'goLive')
    await expect(changeShowStatus(t.db, ctx(mine), their.id, 'end')).rejects.toMatchObject({ code: 'not_found' })
    expect((await statusOf(their.id))?.status).toBe('live')
  })
})

describe('show lifecycle', () => {
  it('goes scheduled → live → ended once each, and refuses every other step', async () => {
    const show = await scheduleShow(t.db, ctx(mine), values(mine, [{ productId: myProducts[0]! }]))
    await expect(changeShowStatus(t.db, ctx(mine), show.id, 'end')).rejects.toMatchObject({ code: 'conflict', message: expect.stringMatching(/not started/) })

    const [first, second] = await Promise.allSettled([changeShowStatus(t.db, ctx(mine), show.id, 'goLive'), changeShowStatus(t.db, ctx(mine), show.id, 'goLive')])
    expect([first.status, second.status].sort()).toEqual(['fulfilled', 'rejected'])
    const live = await t.db.select({ startedAt: shows.startedAt }).from(shows).where(eq(shows.id, show.id))
    expect(live[0]?.startedAt).toBeInstanceOf(Date)

    await expect(updateShow(t.db, ctx(mine), { ...values(mine, [{ productId: myProducts[2]! }]), showId: show.id })).rejects.toMatchObject({ code: 'conflict' })
    expect(await runListOf(show.id)).toEqual([{ productId: myProducts[0], livePricePaise: null }])
    await expect(changeShowStatus(t.db, ctx(mine), show.id, 'cancel')).rejects.toMatchObject({ code: 'conflict' })

    const ended = await changeShowStatus(t.db, ctx(mine), show.id, 'end')
    expect(ended.status).toBe('ended')
    expect(ended.endedAt!.getTime()).toBeGreaterThanOrEqual(ended.startedAt!.getTime())
    await expect(changeShowStatus(t.db, ctx(mine), show.id, 'end')).rejects.toMatchObject({ code: 'conflict' })
    await expect(changeShowStatus(t.db, ctx(mine), show.id, 'goLive')).rejects.toMatchObject({ code: 'conflict' })
  })

  it('cancels only a scheduled show, and counts shows per status', async () => {
    const before = await countStoreShowsByStatus(t.db, mine.storeId)
    const show = await scheduleShow(t.db, ctx(mine), values(mine, [{ productId: myProducts[0]! }]))
    await changeShowStatus(t.db, ctx(mine), show.id, 'cancel')
    await expect(changeShowStatus(t.db, ctx(mine), show.id, 'goLive')).rejects.toMatchObject({ code: 'conflict' })
    const after = await countStoreShowsByStatus(t.db, mine.storeId)
    expect(after.cancelled).toBe(before.cancelled + 1)
    expect(after.scheduled).toBe(before.scheduled)
  })

  it('sets a cover from a photo only while scheduled, stored as WebP', async () => {
    const storage = createLocalStorage(dir)
    const jpeg = await sharp({ create: { width: 64, height: 36, channels: 3, background: '#0f766e' } }).jpeg().toBuffer()
    const show = await scheduleShow(t.db, ctx(mine), values(mine, [{ productId: myProducts[0]! }]))
    const { coverUrl } = await setShowCover(t.db, storage, ctx(mine), { showId: show.id, bytes: jpeg })
    expect(coverUrl).toMatch(new RegExp(`/shows/${show.id}/cover-.+-64\\.webp$`))
    const second = await setShowCover(t.db, storage, ctx(mine), { showId: show.id, bytes: jpeg })
    // The replaced cover's file is removed.
    expect(await fs.readdir(path.join(dir, 'shows', show.id))).toHaveLength(1)
    expect(second.coverUrl).not.toBe(coverUrl)
    await expect(setShowCover(t.db, storage, ctx(mine), { showId: show.id, bytes: new TextEncoder().encode('not a photo') })).rejects.toMatchObject({ code: 'invalid_input' })
    await changeShowStatus(t.db, ctx(mine), show.id, 'goLive')
    await expect(setShowCover(t.db, storage, ctx(mine), { showId: show.id, bytes: jpeg })).rejects.toMatchObject({ code: 'conflict' })
  })
})

describe('chat reads', () => {
  it('leave deleted messages out, keep the latest ones oldest first, and replay by media time', async () => {
    const show = await scheduleShow(t.db, ctx(mine), values(mine, [{ productId: myProducts[0]! }]))
    const [viewer] = await t.db.insert(users).values({ name: 'Asha Verma', email: `asha-${show.id}@example.com` }).returning({ id: users.id })
    const base = Date.now()
    await t.db.insert(chatMessages).values([
      { showId: show.id, userId: viewer!.id, body: 'first', mediaOffsetMs: 9000, createdAt: new Date(base) },
      { showId: show.id, userId: viewer!.id, body: 'gone', mediaOffsetMs: 1000, createdAt: new Date(base + 1000), deletedAt: new Date() },
      { showId: show.id, userId: mine.userId, body: 'welcome', mediaOffsetMs: 2000, createdAt: new Date(base + 2000) },
    ])
    const ref = { id: show.id, storeId: mine.storeId }
    expect((await listRecentChat(t.db, ref, 50)).map((m) => m.body)).toEqual(['first', 'welcome'])
    expect((await listRecentChat(t.db, ref, 1)).map((m) => m.body)).toEqual(['welcome'])
    const replay = await listReplayChat(t.db, ref, 100)
    expect(replay.map((m) => [m.body, m.mediaOffsetMs, m.memberRole])).toEqual([
      ['welcome', 2000, 'owner'],
      ['first', 9000, null],
    ])
  })
})

describe('public show reads', () => {
  it('read a show by slug only in an approved store, with its run list in order and chapters by media time', async () => {
    const show = await scheduleShow(t.db, ctx(mine), values(mine, [{ productId: myProducts[1]! }, { productId: myProducts[0]!, livePrice: '799' }]))
    const page = await findPublicShowBySlug(t.db, show.slug)
    expect(page).toMatchObject({ id: show.id, status: 'scheduled', store: { id: mine.storeId } })
    const cards = await listRunListCards(t.db, show.id)
    expect(cards.map((c) => [c.productId, c.livePricePaise, c.pricePaise, c.hasVariants, c.available])).toEqual([
      [myProducts[1], null, 50000, false, true],
      [myProducts[0], 79900, 100000, false, true],
    ])

    await t.db.insert(showEvents).values([
      { showId: show.id, type: 'poll', mediaOffsetMs: 9000, payload: { question: 'Red or blue?' } },
      { showId: show.id, type: 'spotlight', productId: myProducts[0]!, mediaOffsetMs: 3000 },
    ])
    const chapters = await listShowChapters(t.db, show.id)
    expect(chapters.map((c) => [c.type, c.mediaOffsetMs, c.productId, c.livePricePaise])).toEqual([
      ['spotlight', 3000, myProducts[0], 79900],
      ['poll', 9000, null, null],
    ])

    await t.db.update(stores).set({ status: 'suspended' }).where(eq(stores.id, mine.storeId))
    expect(await findPublicShowBySlug(t.db, show.slug)).toBeNull()
    await t.db.update(stores).set({ status: 'approved' }).where(eq(stores.id, mine.storeId))
  })

  it('sets and clears a reminder idempotently', async () => {
    const show = await scheduleShow(t.db, ctx(mine), values(mine, [{ productId: myProducts[0]! }]))
    await setShowReminder(t.db, theirs.userId, show.id, true)
    await setShowReminder(t.db, theirs.userId, show.id, true)
    expect(await t.db.select().from(showReminders).where(eq(showReminders.showId, show.id))).toHaveLength(1)
    await setShowReminder(t.db, theirs.userId, show.id, false)
    expect(await t.db.select().from(showReminders).where(eq(showReminders.showId, show.id))).toHaveLength(0)
  })
})
