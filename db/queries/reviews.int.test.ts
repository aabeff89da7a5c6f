import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { auditLog, products, reports, reviews, stores } from '@/db/schema'
import { catalogFixtures } from '@/tests/support/catalog-fixtures'
import { createDeliveredOrder, createOrder } from '@/tests/support/order-fixtures'
import { createTestDb, type TestDb } from '@/tests/support/test-db'
import {
  countOpenReviewReports,
  createReviewReport,
  dismissReviewReports,
  hideReview,
  listHiddenReviews,
  listReportedReviews,
  listStoreReviews,
  restoreReview,
  setSellerReply,
} from './review-moderation'
import { countRatingsByStar, findReviewableLine, insertReview, listLinesAwaitingReview, listProductReviews, listUserReviews, recomputeRatings } from './reviews'

let t: TestDb
let f: ReturnType<typeof catalogFixtures>

beforeAll(async () => {
  t = await createTestDb()
  f = catalogFixtures(t.db)
})
afterAll(() => t?.close())

async function shop() {
  const store = await f.store('approved')
  const product = await f.product(store.id, { ratingAvg: 4.4, ratingCount: 900 })
  return { store, product }
}

/** A buyer's review written the way submitReview writes it: insert, then recompute, in one transaction. */
async function review(buyerId: string, storeId: string, productId: string, rating: number, extra: { title?: string; body?: string } = {}) {
  const { orderItemId } = await createDeliveredOrder(t.db, { buyerId, storeId, productId, quantity: 1 })
  return t.db.transaction(async (tx) => {
    const row = await insertReview(tx, { orderItemId, productId, userId: buyerId, rating, title: extra.title ?? null, body: extra.body ?? '', photos: [] })
    await recomputeRatings(tx, productId)
    return { id: row.id, orderItemId }
  })
}

const ratingOf = async (productId: string) =>
  (await t.db.select({ avg: products.ratingAvg, n: products.ratingCount }).from(products).where(eq(products.id, productId)))[0]
const storeRatingOf = async (storeId: string) =>
  (await t.db.select({ avg: stores.ratingAvg, n: stores.ratingCount }).from(stores).where(eq(stores.id, storeId)))[0]

describe('who may review a line', () => {
  it('is the buyer of a delivered line, including after a return, and no one else', async () => {
    const { store, product } = await shop()
    const buyer = await f.user('Buyer')
    const stranger = await f.user('Stranger')
    const delivered = await createDeliveredOrder(t.db, { buyerId: buyer, storeId: store.id, productId: product.id, quantity: 2 })
    const returned = await createOrder(t.db, { buyerId: buyer, storeId: store.id, productId: product.id, quantity: 1, status: 'refunded' })

    const line = await findReviewableLine(t.db, buyer, delivered.orderItemId)
    expect(line).toMatchObject({ orderItemId: delivered.orderItemId, productId: product.id, storeId: store.id, reviewId: null })
    expect(line?.deliveredAt).toBeInstanceOf(Date)
    expect(await findReviewableLine(t.db, buyer, returned.orderItemId)).not.toBeNull()
    expect(await findReviewableLine(t.db, stranger, delivered.orderItemId)).toBeNull()
  })

  it('is no one while the order is on its way, was cancelled, or came back undelivered', async () => {
    const { store, product } = await shop()
    const buyer = await f.user('Buyer')
    for (const status of ['confirmed', 'shipped', 'out_for_delivery', 'cancelled', 'rto'] as const) {
      const { orderItemId } = await createOrder(t.db, { buyerId: buyer, storeId: store.id, productId: product.id, quantity: 1, status })
      expect(await findReviewableLine(t.db, buyer, orderItemId), status).toBeNull()
    }
    // Refunded after RTO: a reviewable state, but the parcel never reached the buyer.
    const rto = await createOrder(t.db, { buyerId: buyer, storeId: store.id, productId: product.id, quantity: 1, status: 'rto' })
    await t.db.execute(`update orders set status = 'refunded' where id = (select order_id from order_items where id = '${rto.orderItemId}')`)
    expect(await findReviewableLine(t.db, buyer, rto.orderItemId)).toBeNull()
  })

  it('lists delivered lines waiting for a review until they have one, and refuses a second review of a line', async () => {
    const { store, product } = await shop()
    const other = await f.product(store.id)
    const buyer = await f.user('Buyer')
    const first = await createDeliveredOrder(t.db, { buyerId: buyer, storeId: store.id, productId: product.id, quantity: 1 })
    const second = await createDeliveredOrder(t.db, { buyerId: buyer, storeId: store.id, productId: other.id, quantity: 3 })
    await createOrder(t.db, { buyerId: buyer, storeId: store.id, productId: other.id, quantity: 1, status: 'shipped' })

    const before = await listLinesAwaitingReview(t.db, buyer, 10)
    expect(before.total).toBe(2)
    expect(before.rows.map((r) => r.orderItemId).sort()).toEqual([first.orderItemId, second.orderItemId].sort())

    await t.db.insert(reviews).values({ orderItemId: first.orderItemId, productId: product.id, userId: buyer, rating: 5 })
    const after = await listLinesAwaitingReview(t.db, buyer, 10)
    expect(after).toMatchObject({ total: 1, rows: [{ orderItemId: second.orderItemId }] })
    expect((await findReviewableLine(t.db, buyer, first.orderItemId))?.reviewId).toEqual(expect.any(String))
    await expect(
      t.db.insert(reviews).values({ orderItemId: first.orderItemId, productId: product.id, userId: buyer, rating: 1 }),
    ).rejects.toMatchObject({ cause: { code: '23505' } })
  })
})

describe('ratings', () => {
  it('replace placeholder figures with the visible reviews, for the product and its store', async () => {
    const { store, product } = await shop()
    const sibling = await f.product(store.id)
    const [a, b, c] = [await f.user('A'), await f.user('B'), await f.user('C')]
    await review(a, store.id, product.id, 5)
    expect(await ratingOf(product.id)).toEqual({ avg: 5, n: 1 })
    await review(b, store.id, product.id, 2)
    await review(c, store.id, sibling.id, 3)
    expect(await ratingOf(product.id)).toEqual({ avg: 3.5, n: 2 })
    expect(await ratingOf(sibling.id)).toEqual({ avg: 3, n: 1 })
    expect(await storeRatingOf(store.id)).toMatchObject({ n: 3, avg: expect.closeTo(10 / 3, 5) })
    expect(await countRatingsByStar(t.db, product.id)).toEqual([0, 1, 0, 0, 1])
  })

  it('leave out hidden reviews until they are restored', async () => {
    const { store, product } = await shop()
    const admin = await f.user('Admin')
    const good = await review(await f.user('A'), store.id, product.id, 4)
    const bad = await review(await f.user('B'), store.id, product.id, 1, { body: 'Buy from my shop instead' })

    expect(await hideReview(t.db, { reviewId: bad.id, adminId: admin, note: 'Advertising' })).toEqual({ productId: product.id, storeId: store.id })
    expect(await ratingOf(product.id)).toEqual({ avg: 4, n: 1 })
    expect(await storeRatingOf(store.id)).toEqual({ avg: 4, n: 1 })
    const listed = await listProductReviews(t.db, product.id, { sort: 'newest', stars: null, limit: 10 })
    expect(listed.map((r) => r.id)).toEqual([good.id])
    expect(await listProductReviews(t.db, product.id, { sort: 'newest', stars: 1, limit: 10 })).toEqual([])
    expect(await countRatingsByStar(t.db, product.id)).toEqual([0, 0, 0, 1, 0])
    expect(await hideReview(t.db, { reviewId: bad.id, adminId: admin, note: null })).toBeNull()

    expect(await restoreReview(t.db, { reviewId: bad.id, adminId: admin })).toEqual({ productId: product.id, storeId: store.id })
    expect(await ratingOf(product.id)).toEqual({ avg: 2.5, n: 2 })
    expect(await restoreReview(t.db, { reviewId: bad.id, adminId: admin })).toBeNull()
    const audits = await t.db.select({ action: auditLog.action, actorId: auditLog.actorId, data: auditLog.data }).from(auditLog).where(eq(auditLog.targetId, bad.id))
    expect(audits.map((a) => a.action).sort()).toEqual(['review.hidden', 'review.restored'])
    expect(audits.find((a) => a.action === 'review.hidden')).toMatchObject({ actorId: admin, data: { note: 'Advertising', productId: product.id } })
  })

  it('sorts a product’s reviews by date or rating and filters by stars', async () => {
    const { store, product } = await shop()
    const ids: string[] = []
    for (const rating of [3, 5, 1, 5]) ids.push((await review(await f.user('R'), store.id, product.id, rating)).id)
    const list = (sort: 'newest' | 'highest' | 'lowest', stars: number | null = null) =>
      listProductReviews(t.db, product.id, { sort, stars, limit: 10 }).then((rows) => rows.map((r) => r.id))
    expect(await list('newest')).toEqual([...ids].reverse())
    expect(await list('highest')).toEqual([ids[3], ids[1], ids[0], ids[2]])
    expect(await list('lowest')).toEqual([ids[2], ids[0], ids[3], ids[1]])
    expect(await list('newest', 5)).toEqual([ids[3], ids[1]])
    expect(await listProductReviews(t.db, product.id, { sort: 'newest', stars: null, limit: 2, offset: 2 }).then((r) => r.map((x) => x.id))).toEqual([ids[1], ids[0]])
  })
})

describe('seller replies', () => {
  it('reach only visible reviews of the store’s own products', async () => {
    const mine = await shop()
    const theirs = await shop()
    const onMine = await review(await f.user('A'), mine.store.id, mine.product.id, 4)
    const onTheirs = await review(await f.user('B'), theirs.store.id, theirs.product.id, 2)

    expect(await setSellerReply(t.db, { storeId: mine.store.id, reviewId: onTheirs.id, reply: 'Not ours to answer' })).toBeNull()
    const [untouched] = await t.db.select({ reply: reviews.sellerReply }).from(reviews).where(eq(reviews.id, onTheirs.id))
    expect(untouched?.reply).toBeNull()

    expect(await setSellerReply(t.db, { storeId: mine.store.id, reviewId: onMine.id, reply: 'Thank you!' })).toMatchObject({ productId: mine.product.id })
    const page = await listStoreReviews(t.db, mine.store.id, { filter: 'all', rating: null, page: 1 }, 10)
    expect(page).toMatchObject({ total: 1, unanswered: 0, rows: [{ id: onMine.id, sellerReply: 'Thank you!' }] })
    expect(page.rows[0]?.repliedAt).toBeInstanceOf(Date)
    expect((await listStoreReviews(t.db, theirs.store.id, { filter: 'unanswered', rating: null, page: 1 }, 10)).rows.map((r) => r.id)).toEqual([onTheirs.id])

    await hideReview(t.db, { reviewId: onMine.id, adminId: await f.user('Admin'), note: null })
    expect(await setSellerReply(t.db, { storeId: mine.store.id, reviewId: onMine.id, reply: 'Edited' })).toBeNull()
    expect((await listStoreReviews(t.db, mine.store.id, { filter: 'hidden', rating: null, page: 1 }, 10)).rows.map((r) => r.id)).toEqual([onMine.id])
  })
})

describe('reports', () => {
  it('allow one open report per person, never on one’s own review, and close when the review is hidden', async () => {
    const { store, product } = await shop()
    const author = await f.user('Author')
    const [r1, r2, admin] = [await f.user('Reporter 1'), await f.user('Reporter 2'), await f.user('Admin')]
    const target = await review(author, store.id, product.id, 1, { body: 'Call me on 98765 43210' })
    const report = (reporterId: string, reason = 'Spam or advertising') => t.db.transaction((tx) => createReviewReport(tx, { reporterId, reviewId: target.id, reason }))

    expect(await report(r1)).toBe('created')
    expect(await report(r1, 'Again')).toBe('duplicate')
    expect(await report(author)).toBe('own')
    expect(await report(r2, 'Shares someone’s personal information')).toBe('created')
    const openBefore = await countOpenReviewReports(t.db)
    expect(openBefore).toBeGreaterThanOrEqual(1)

    const queue = await listReportedReviews(t.db, 1, 100)
    const entry = queue.rows.find((r) => r.id === target.id)
    expect(entry).toMatchObject({ reportCount: 2, reasons: ['Spam or advertising', 'Shares someone’s personal information'], productSlug: product.slug })
    expect(entry?.firstReportedAt).toBeInstanceOf(Date)

    await hideReview(t.db, { reviewId: target.id, adminId: admin, note: null })
    const closed = await t.db.select({ status: reports.status, resolvedBy: reports.resolvedBy }).from(reports).where(eq(reports.targetId, target.id))
    expect(closed).toEqual([
      { status: 'actioned', resolvedBy: admin },
      { status: 'actioned', resolvedBy: admin },
    ])
    expect((await listReportedReviews(t.db, 1, 100)).rows.some((r) => r.id === target.id)).toBe(false)
    expect((await listHiddenReviews(t.db, 1, 100)).rows.some((r) => r.id === target.id)).toBe(true)
    expect(await countOpenReviewReports(t.db)).toBe(openBefore - 1)
    expect(await report(await f.user('Late'))).toBe('not_found')
  })

  it('can be dismissed, leaving the review up, and a dismissed reporter may report again', async () => {
    const { store, product } = await shop()
    const [reporter, admin] = [await f.user('Reporter'), await f.user('Admin')]
    const target = await review(await f.user('Author'), store.id, product.id, 2)
    const report = () => t.db.transaction((tx) => createReviewReport(tx, { reporterId: reporter, reviewId: target.id, reason: 'Looks fake or paid for' }))
    expect(await report()).toBe('created')

    expect(await dismissReviewReports(t.db, { reviewId: target.id, adminId: admin })).toBe(1)
    expect(await dismissReviewReports(t.db, { reviewId: target.id, adminId: admin })).toBe(0)
    const [kept] = await t.db.select({ status: reviews.status }).from(reviews).where(eq(reviews.id, target.id))
    expect(kept?.status).toBe('visible')
    const audit = await t.db.select({ data: auditLog.data }).from(auditLog).where(and(eq(auditLog.targetId, target.id), eq(auditLog.action, 'review.reports_dismissed')))
    expect(audit).toEqual([{ data: { reportsDismissed: 1 } }])
    expect(await report()).toBe('created')
  })
})

describe('a buyer’s reviews', () => {
  it('include hidden ones with their status, and no one else’s', async () => {
    const { store, product } = await shop()
    const buyer = await f.user('Meera Iyer')
    const mine = await review(buyer, store.id, product.id, 5, { title: 'Lovely' })
    await review(await f.user('Other'), store.id, product.id, 3)
    await hideReview(t.db, { reviewId: mine.id, adminId: await f.user('Admin'), note: null })
    const page = await listUserReviews(t.db, buyer, { limit: 10, offset: 0 })
    expect(page).toMatchObject({ total: 1, rows: [{ id: mine.id, status: 'hidden', title: 'Lovely', productSlug: product.slug, authorName: 'Meera Iyer' }] })
  })
})
