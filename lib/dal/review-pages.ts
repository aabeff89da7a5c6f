import 'server-only'

import { z } from 'zod'
import { getDb } from '@/db'
import { countOpenReviewReports, listHiddenReviews, listReportedReviews, listStoreReviews } from '@/db/queries/review-moderation'
import { countRatingsByStar, findReviewableLine, findVisibleReview, listLinesAwaitingReview, listProductReviews, listUserReviews } from '@/db/queries/reviews'
import { requireAdmin, requireUser } from '@/lib/auth'
import { cachedRead, tags } from '@/lib/cache'
import { getStudioContext } from '@/lib/dal/studio'
import { getStorage } from '@/lib/services/storage'
import type { JsonLd } from '@/lib/seo/json-ld'
import { REVIEWS_STEP, type AdminReportView, type ProductReviewParams, type StudioReviewParams } from '@/lib/validations/review'
import { reviewerDisplayName } from './reviews'

// Page reads for reviews: public ones cached under the product's tag, the rest per person.

export const ACCOUNT_REVIEWS_PAGE_SIZE = 10
export const STUDIO_REVIEWS_PAGE_SIZE = 20
export const ADMIN_REPORTS_PAGE_SIZE = 20

const isUuid = (value: string) => z.uuid().safeParse(value).success
const photoUrls = (keys: string[]) => keys.map((key) => getStorage().url(key))
const iso = (d: Date | null) => d?.toISOString() ?? null

type ReviewRow = {
  id: string
  authorName: string | null
  rating: number
  title: string | null
  body: string
  photos: string[]
  variantTitle: string | null
  sellerReply: string | null
  repliedAt: Date | null
  createdAt: Date
}

function shapeReview(row: ReviewRow) {
  return {
    id: row.id,
    author: reviewerDisplayName(row.authorName),
    rating: row.rating,
    title: row.title,
    body: row.body,
    photos: photoUrls(row.photos),
    variantTitle: row.variantTitle,
    sellerReply: row.sellerReply,
    repliedAt: iso(row.repliedAt),
    createdAt: row.createdAt.toISOString(),
  }
}
export type ReviewView = ReturnType<typeof shapeReview>

export type RatingSummary = { average: number | null; total: number; counts: [number, number, number, number, number] }

/** Star counts and the average of the visible reviews (the same rows products.rating_* is computed from). */
export const getRatingSummary = cachedRead(
  async (productId: string): Promise<RatingSummary> => {
    const counts = await countRatingsByStar(getDb(), productId)
    const total = counts.reduce((a, b) => a + b, 0)
    const average = total === 0 ? null : counts.reduce((sum, n, i) => sum + n * (i + 1), 0) / total
    return { average, total, counts }
  },
  'review-summary',
  { tags: (productId) => [tags.product(productId)] },
)

/** One page of a product's visible reviews; `authorId` stays on the server (Report is not offered on one's own). */
export const getProductReviews = cachedRead(
  async (productId: string, params: ProductReviewParams) => {
    const rows = await listProductReviews(getDb(), productId, { sort: params.sort, stars: params.stars, limit: params.shown })
    return rows.map((row) => ({ ...shapeReview(row), authorId: row.userId }))
  },
  'product-reviews',
  { tags: (productId) => [tags.product(productId)] },
)

/** schema.org Review nodes for the five newest visible reviews (from the default first page's cache entry). */
export async function getReviewJsonLd(productId: string): Promise<JsonLd[]> {
  const latest = await getProductReviews(productId, { sort: 'newest', stars: null, shown: REVIEWS_STEP })
  return latest.slice(0, 5).map((r) => ({
    '@type': 'Review',
    author: { '@type': 'Person', name: r.author },
    datePublished: r.createdAt.slice(0, 10),
    reviewRating: { '@type': 'Rating', ratingValue: r.rating, bestRating: 5, worstRating: 1 },
    ...(r.title ? { name: r.title } : {}),
    ...(r.body ? { reviewBody: r.body } : {}),
  }))
}

/** "Your reviews": lines waiting for a review, and the reviews written (hidden ones say so). */
export async function getAccountReviews(page: number) {
  const user = await requireUser('/account/reviews')
  const db = getDb()
  const [awaiting, written] = await Promise.all([
    listLinesAwaitingReview(db, user.id, 24),
    listUserReviews(db, user.id, { limit: ACCOUNT_REVIEWS_PAGE_SIZE, offset: (page - 1) * ACCOUNT_REVIEWS_PAGE_SIZE }),
  ])
  return {
    awaiting: {
      total: awaiting.total,
      rows: awaiting.rows.map((l) => ({ ...l, deliveredAt: iso(l.deliveredAt) })),
    },
    written: {
      total: written.total,
      pageCount: Math.max(1, Math.ceil(written.total / ACCOUNT_REVIEWS_PAGE_SIZE)),
      rows: written.rows.map((r) => ({
        ...shapeReview(r),
        status: r.status,
        productTitle: r.productTitle,
        productSlug: r.productSlug,
        imageUrl: r.imageUrl,
        storeName: r.storeName,
      })),
    },
  }
}
export type AccountReview = Awaited<ReturnType<typeof getAccountReviews>>['written']['rows'][number]
export type AwaitingLine = Awaited<ReturnType<typeof getAccountReviews>>['awaiting']['rows'][number]

/** The line a review form is for, or why it cannot be reviewed. */
export async function getReviewFormLine(orderItemId: string | undefined) {
  const user = await requireUser(`/account/reviews/new${orderItemId ? `?item=${encodeURIComponent(orderItemId)}` : ''}`)
  if (!orderItemId || !isUuid(orderItemId)) return { state: 'not_reviewable' as const }
  const line = await findReviewableLine(getDb(), user.id, orderItemId)
  if (!line) return { state: 'not_reviewable' as const }
  const shaped = { ...line, deliveredAt: iso(line.deliveredAt) }
  return line.reviewId ? { state: 'reviewed' as const, line: shaped } : { state: 'open' as const, line: shaped }
}

/** The review someone is reporting; null when it is gone or hidden. */
export async function getReviewToReport(reviewId: string) {
  const user = await requireUser(`/account/reviews/report/${reviewId}`)
  if (!isUuid(reviewId)) return null
  const row = await findVisibleReview(getDb(), reviewId)
  if (!row) return null
  return { review: shapeReview(row), productTitle: row.productTitle, productSlug: row.productSlug, own: row.userId === user.id }
}

/** The studio's review list, for the store's owner only (others get a 404 from getStudioContext). */
export async function getStudioReviews(storeId: string, params: StudioReviewParams) {
  const { readOnly } = await getStudioContext(storeId)
  const { rows, total, unanswered } = await listStoreReviews(getDb(), storeId, params, STUDIO_REVIEWS_PAGE_SIZE)
  return {
    readOnly,
    total,
    unanswered,
    pageCount: Math.max(1, Math.ceil(total / STUDIO_REVIEWS_PAGE_SIZE)),
    rows: rows.map((r) => ({ ...shapeReview(r), status: r.status, productId: r.productId, productTitle: r.productTitle, productSlug: r.productSlug })),
  }
}
export type StudioReview = Awaited<ReturnType<typeof getStudioReviews>>['rows'][number]

export async function getReportQueue(view: AdminReportView, page: number) {
  await requireAdmin('/admin/reports')
  const db = getDb()
  const shape = (r: Awaited<ReturnType<typeof listHiddenReviews>>['rows'][number]) => ({
    id: r.id,
    author: r.authorName ?? 'No name',
    authorEmail: r.authorEmail,
    rating: r.rating,
    title: r.title,
    body: r.body,
    photos: photoUrls(r.photos),
    status: r.status,
    createdAt: r.createdAt.toISOString(),
    productTitle: r.productTitle,
    productSlug: r.productSlug,
    storeName: r.storeName,
  })
  const [openCount, list] = await Promise.all([
    countOpenReviewReports(db),
    view === 'open'
      ? listReportedReviews(db, page, ADMIN_REPORTS_PAGE_SIZE).then(({ rows, total }) => ({
          total,
          rows: rows.map((r) => ({ ...shape(r), reportCount: r.reportCount, reasons: r.reasons, firstReportedAt: iso(r.firstReportedAt) })),
        }))
      : listHiddenReviews(db, page, ADMIN_REPORTS_PAGE_SIZE).then(({ rows, total }) => ({
          total,
          rows: rows.map((r) => ({ ...shape(r), reportCount: 0, reasons: [] as string[], firstReportedAt: null })),
        })),
  ])
  return { openCount, total: list.total, rows: list.rows, pageCount: Math.max(1, Math.ceil(list.total / ADMIN_REPORTS_PAGE_SIZE)) }
}
export type ModerationItem = Awaited<ReturnType<typeof getReportQueue>>['rows'][number]
