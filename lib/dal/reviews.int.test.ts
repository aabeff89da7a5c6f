import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { eq } from 'drizzle-orm'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { products, reports, reviews } from '@/db/schema'
import { createLocalStorage } from '@/lib/services/storage/local'
import { createReviewSchema, reportReviewSchema, type CreateReviewFormValues } from '@/lib/validations/review'
import { catalogFixtures } from '@/tests/support/catalog-fixtures'
import { createDeliveredOrder, createOrder } from '@/tests/support/order-fixtures'
import { createTestDb, type TestDb } from '@/tests/support/test-db'
import { dismissReports, hideReportedReview, replyToReview, reportReview, restoreHiddenReview, reviewerDisplayName, submitReview } from './reviews'

let t: TestDb
let f: ReturnType<typeof catalogFixtures>
let dir: string
let storage: ReturnType<typeof createLocalStorage>
let jpeg: Buffer

beforeAll(async () => {
  t = await createTestDb()
  f = catalogFixtures(t.db)
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'haat-reviews-'))
  storage = createLocalStorage(dir)
  jpeg = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#c0392b' } }).jpeg().toBuffer()
})
afterAll(async () => {
  await t?.close()
  if (dir) await fs.rm(dir, { recursive: true, force: true })
})

const input = (orderItemId: string, values: Partial<CreateReviewFormValues> = {}) =>
  createReviewSchema.parse({ orderItemId, rating: '4', title: 'Good', body: 'Soft cotton', photos: [], ...values })
const photo = (name: string, bytes: Uint8Array) => new File([new Uint8Array(bytes)], name, { type: 'image/jpeg' })

async function filesUnder(sub: string): Promise<string[]> {
  try {
    return await fs.readdir(path.join(dir, sub))
  } catch {
    return []
  }
}

async function setting() {
  const store = await f.store('approved')
  const product = await f.product(store.id)
  const buyer = await f.user('Asha Rao')
  const order = await createDeliveredOrder(t.db, { buyerId: buyer, storeId: store.id, productId: product.id, quantity: 1 })
  return { store, product, buyer, orderItemId: order.orderItemId }
}

describe('submitting a review', () => {
  it('stores the buyer’s photos as WebP and counts the rating', async () => {
    const { store, product, buyer, orderItemId } = await setting()
    const done = await submitReview(t.db, storage, { userId: buyer }, input(orderItemId, { rating: 5, photos: [photo('front.jpg', jpeg), photo('back.jpg', jpeg)] }))
    expect(done).toMatchObject({ productId: product.id, storeId: store.id, productSlug: product.slug })

    const [row] = await t.db.select({ photos: reviews.photos, rating: reviews.rating, userId: reviews.userId }).from(reviews).where(eq(reviews.id, done.reviewId))
    expect(row).toMatchObject({ rating: 5, userId: buyer })
    expect(row!.photos).toHaveLength(2)
    for (const key of row!.photos) {
      expect(key).toMatch(new RegExp(`^reviews/${product.id}/[0-9a-f-]{36}-64\\.webp$`))
      expect((await storage.get(key))?.contentType).toBe('image/webp')
    }
    const [rating] = await t.db.select({ avg: products.ratingAvg, n: products.ratingCount }).from(products).where(eq(products.id, product.id))
    expect(rating).toEqual({ avg: 5, n: 1 })
  })

  it('refuses another user, an undelivered line and a second review of the same line', async () => {
    const { store, product, buyer, orderItemId } = await setting()
    const stranger = await f.user('Stranger')
    await expect(submitReview(t.db, storage, { userId: stranger }, input(orderItemId))).rejects.toMatchObject({ code: 'forbidden', fieldErrors: { orderItemId: [expect.any(String)] } })

    const shipped = await createOrder(t.db, { buyerId: buyer, storeId: store.id, productId: product.id, quantity: 1, status: 'out_for_delivery' })
    await expect(submitReview(t.db, storage, { userId: buyer }, input(shipped.orderItemId))).rejects.toMatchObject({ code: 'forbidden' })

    await submitReview(t.db, storage, { userId: buyer }, input(orderItemId))
    await expect(submitReview(t.db, storage, { userId: buyer }, input(orderItemId, { rating: 1 }))).rejects.toMatchObject({ code: 'conflict' })
    const rows = await t.db.select({ rating: reviews.rating }).from(reviews).where(eq(reviews.productId, product.id))
    expect(rows).toEqual([{ rating: 4 }])
  })

  it('lets only one of two simultaneous submissions through and removes the loser’s photos', async () => {
    const { product, buyer, orderItemId } = await setting()
    const results = await Promise.allSettled([
      submitReview(t.db, storage, { userId: buyer }, input(orderItemId, { photos: [photo('a.jpg', jpeg)] })),
      submitReview(t.db, storage, { userId: buyer }, input(orderItemId, { photos: [photo('b.jpg', jpeg)] })),
    ])
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    expect(results.find((r) => r.status === 'rejected')).toMatchObject({ reason: { code: 'conflict' } })
    const [row] = await t.db.select({ photos: reviews.photos }).from(reviews).where(eq(reviews.productId, product.id))
    expect(await filesUnder(`reviews/${product.id}`)).toEqual([path.basename(row!.photos[0]!)])
  })

  it('refuses a file that is not a photo, or cannot be read, and keeps nothing', async () => {
    const { product, buyer, orderItemId } = await setting()
    const pdf = new TextEncoder().encode('%PDF-1.7 not a photo')
    await expect(submitReview(t.db, storage, { userId: buyer }, input(orderItemId, { photos: [photo('ok.jpg', jpeg), photo('menu.pdf', pdf)] }))).rejects.toMatchObject({
      code: 'invalid_input',
      fieldErrors: { photos: [expect.stringMatching(/^menu\.pdf: That file isn't a supported format/)] },
    })
    const broken = new Uint8Array(jpeg.subarray(0, 40))
    await expect(submitReview(t.db, storage, { userId: buyer }, input(orderItemId, { photos: [photo('ok.jpg', jpeg), photo('broken.jpg', broken)] }))).rejects.toMatchObject({
      code: 'invalid_input',
      fieldErrors: { photos: [expect.stringMatching(/^broken\.jpg: we could not read this photo/)] },
    })
    expect(await filesUnder(`reviews/${product.id}`)).toEqual([])
    expect(await t.db.select({ id: reviews.id }).from(reviews).where(eq(reviews.productId, product.id))).toEqual([])
  })
})

describe('replies, reports and moderation', () => {
  it('lets a store reply only to reviews of its own products', async () => {
    const mine = await setting()
    const other = await f.store('approved')
    const { reviewId } = await submitReview(t.db, storage, { userId: mine.buyer }, input(mine.orderItemId))
    await expect(replyToReview(t.db, { storeId: other.id }, { reviewId, reply: 'We are the other store' })).rejects.toMatchObject({ code: 'not_found' })
    expect(await replyToReview(t.db, { storeId: mine.store.id }, { reviewId, reply: 'Thank you, Asha!' })).toMatchObject({
      productId: mine.product.id,
      repliedAt: expect.any(String),
    })
    const [row] = await t.db.select({ reply: reviews.sellerReply }).from(reviews).where(eq(reviews.id, reviewId))
    expect(row?.reply).toBe('Thank you, Asha!')
  })

  it('turns report outcomes and moderation conflicts into messages', async () => {
    const { buyer, orderItemId } = await setting()
    const { reviewId } = await submitReview(t.db, storage, { userId: buyer }, input(orderItemId))
    const [reporter, admin] = [await f.user('Reporter'), await f.user('Admin')]
    const report = (userId: string) => reportReview(t.db, { userId }, reportReviewSchema.parse({ reviewId, reason: 'other', details: 'Mentions a phone number' }))

    expect(await report(reporter)).toEqual({ reported: true })
    await expect(report(reporter)).rejects.toMatchObject({ code: 'conflict' })
    await expect(report(buyer)).rejects.toMatchObject({ code: 'forbidden' })
    const [saved] = await t.db.select({ reason: reports.reason }).from(reports).where(eq(reports.targetId, reviewId))
    expect(saved?.reason).toBe('Something else: Mentions a phone number')

    await hideReportedReview(t.db, { adminId: admin }, { reviewId, note: 'Personal details' })
    await expect(hideReportedReview(t.db, { adminId: admin }, { reviewId })).rejects.toMatchObject({ code: 'conflict' })
    await expect(dismissReports(t.db, { adminId: admin }, { reviewId })).rejects.toMatchObject({ code: 'conflict' })
    await expect(report(await f.user('Late'))).rejects.toMatchObject({ code: 'not_found' })
    await restoreHiddenReview(t.db, { adminId: admin }, { reviewId })
    await expect(restoreHiddenReview(t.db, { adminId: admin }, { reviewId })).rejects.toMatchObject({ code: 'conflict' })
  })
})

describe('reviewer names', () => {
  it('show a first name and last initial only', () => {
    expect(reviewerDisplayName('Priya Sharma')).toBe('Priya S.')
    expect(reviewerDisplayName('  anil kumar  reddy ')).toBe('anil R.')
    expect(reviewerDisplayName('Meera')).toBe('Meera')
    expect(reviewerDisplayName(null)).toBe('Haat buyer')
    expect(reviewerDisplayName('   ')).toBe('Haat buyer')
  })
})
