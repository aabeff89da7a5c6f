import { and, count, desc, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm'
import type { DbOrTx } from '@/db/client'
import { auditLog, orderItems, products, reports, reviews, stores, users } from '@/db/schema'
import { recomputeRatings } from './reviews'

// Seller replies, buyer reports and admin moderation of reviews (SPEC §2.7, §11.2).

const storeReviewColumns = {
  id: reviews.id,
  rating: reviews.rating,
  title: reviews.title,
  body: reviews.body,
  photos: reviews.photos,
  status: reviews.status,
  sellerReply: reviews.sellerReply,
  repliedAt: reviews.repliedAt,
  createdAt: reviews.createdAt,
  authorName: users.name,
  variantTitle: orderItems.variantTitle,
  productId: products.id,
  productTitle: products.title,
  productSlug: products.slug,
}

/** Reviews of the store's own products, newest first. */
export async function listStoreReviews(
  db: DbOrTx,
  storeId: string,
  params: { filter: 'all' | 'unanswered' | 'hidden'; rating: number | null; page: number },
  pageSize: number,
) {
  const where = and(
    eq(products.storeId, storeId),
    params.filter === 'hidden' ? eq(reviews.status, 'hidden') : undefined,
    params.filter === 'unanswered' ? and(eq(reviews.status, 'visible'), isNull(reviews.sellerReply)) : undefined,
    params.rating ? eq(reviews.rating, params.rating) : undefined,
  )
  const [rows, [total], [unanswered]] = await Promise.all([
    db
      .select(storeReviewColumns)
      .from(reviews)
      .innerJoin(products, eq(products.id, reviews.productId))
      .innerJoin(users, eq(users.id, reviews.userId))
      .innerJoin(orderItems, eq(orderItems.id, reviews.orderItemId))
      .where(where)
      .orderBy(desc(reviews.createdAt), desc(reviews.id))
      .limit(pageSize)
      .offset((params.page - 1) * pageSize),
    db.select({ n: count() }).from(reviews).innerJoin(products, eq(products.id, reviews.productId)).where(where),
    db
      .select({ n: count() })
      .from(reviews)
      .innerJoin(products, eq(products.id, reviews.productId))
      .where(and(eq(products.storeId, storeId), eq(reviews.status, 'visible'), isNull(reviews.sellerReply))),
  ])
  return { rows, total: total?.n ?? 0, unanswered: unanswered?.n ?? 0 }
}

/**
 * Sets (or replaces) the store's reply on a visible review of one of its own products. Returns the
 * product, or null when the review is not this store's or is hidden — the caller cannot tell which.
 */
export async function setSellerReply(db: DbOrTx, input: { storeId: string; reviewId: string; reply: string }) {
  const [row] = await db
    .update(reviews)
    .set({ sellerReply: input.reply, repliedAt: new Date() })
    .where(
      and(
        eq(reviews.id, input.reviewId),
        eq(reviews.status, 'visible'),
        inArray(reviews.productId, db.select({ id: products.id }).from(products).where(eq(products.storeId, input.storeId))),
      ),
    )
    .returning({ productId: reviews.productId, repliedAt: reviews.repliedAt })
  return row ?? null
}

export type ReportOutcome = 'created' | 'duplicate' | 'own' | 'not_found'

/**
 * Files a report on a visible review. One open report per person per review: the review row is
 * locked first, so two clicks at once cannot both pass the check. Call inside a transaction.
 */
export async function createReviewReport(tx: DbOrTx, input: { reporterId: string; reviewId: string; reason: string }): Promise<ReportOutcome> {
  const [review] = await tx
    .select({ userId: reviews.userId })
    .from(reviews)
    .where(and(eq(reviews.id, input.reviewId), eq(reviews.status, 'visible')))
    .for('no key update')
  if (!review) return 'not_found'
  if (review.userId === input.reporterId) return 'own'
  const [open] = await tx
    .select({ id: reports.id })
    .from(reports)
    .where(and(openReportsOn(input.reviewId), eq(reports.reporterId, input.reporterId)))
    .limit(1)
  if (open) return 'duplicate'
  await tx.insert(reports).values({ reporterId: input.reporterId, targetType: 'review', targetId: input.reviewId, reason: input.reason })
  return 'created'
}

function openReportsOn(reviewId: string): SQL {
  return and(eq(reports.targetType, 'review'), eq(reports.targetId, reviewId), eq(reports.status, 'open'))!
}

const moderationColumns = {
  id: reviews.id,
  rating: reviews.rating,
  title: reviews.title,
  body: reviews.body,
  photos: reviews.photos,
  status: reviews.status,
  createdAt: reviews.createdAt,
  updatedAt: reviews.updatedAt,
  authorName: users.name,
  authorEmail: users.email,
  productTitle: products.title,
  productSlug: products.slug,
  storeName: stores.name,
}

/** Reviews with open reports, the most reported first, then the longest waiting. */
export async function listReportedReviews(db: DbOrTx, page: number, pageSize: number) {
  const open = db
    .select({
      reviewId: reports.targetId,
      reportCount: count().as('report_count'),
      reasons: sql<string[]>`array_agg(${reports.reason} order by ${reports.createdAt})`.as('reasons'),
      firstReportedAt: sql<Date>`min(${reports.createdAt})`.mapWith(reports.createdAt).as('first_reported_at'),
    })
    .from(reports)
    .where(and(eq(reports.targetType, 'review'), eq(reports.status, 'open')))
    .groupBy(reports.targetId)
    .as('open_reports')
  const [rows, [total]] = await Promise.all([
    db
      .select({ ...moderationColumns, reportCount: open.reportCount, reasons: open.reasons, firstReportedAt: open.firstReportedAt })
      .from(open)
      .innerJoin(reviews, eq(reviews.id, open.reviewId))
      .innerJoin(users, eq(users.id, reviews.userId))
      .innerJoin(products, eq(products.id, reviews.productId))
      .innerJoin(stores, eq(stores.id, products.storeId))
      .orderBy(desc(open.reportCount), open.firstReportedAt, reviews.id)
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ n: count() }).from(open).innerJoin(reviews, eq(reviews.id, open.reviewId)),
  ])
  return { rows, total: total?.n ?? 0 }
}

/** Hidden reviews, most recently hidden first, for restoring. */
export async function listHiddenReviews(db: DbOrTx, page: number, pageSize: number) {
  const [rows, [total]] = await Promise.all([
    db
      .select(moderationColumns)
      .from(reviews)
      .innerJoin(users, eq(users.id, reviews.userId))
      .innerJoin(products, eq(products.id, reviews.productId))
      .innerJoin(stores, eq(stores.id, products.storeId))
      .where(eq(reviews.status, 'hidden'))
      .orderBy(desc(reviews.updatedAt), desc(reviews.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ n: count() }).from(reviews).where(eq(reviews.status, 'hidden')),
  ])
  return { rows, total: total?.n ?? 0 }
}

type Moderated = { productId: string; storeId: string }

/**
 * Hides a visible review: its open reports become actioned, the ratings are recomputed without it,
 * and the decision is audit-logged. Null when it was not visible. Call inside a transaction.
 */
export async function hideReview(tx: DbOrTx, input: { reviewId: string; adminId: string; note: string | null }): Promise<Moderated | null> {
  const [row] = await tx
    .update(reviews)
    .set({ status: 'hidden' })
    .where(and(eq(reviews.id, input.reviewId), eq(reviews.status, 'visible')))
    .returning({ productId: reviews.productId })
  if (!row) return null
  const actioned = await tx
    .update(reports)
    .set({ status: 'actioned', resolvedBy: input.adminId, resolvedAt: new Date() })
    .where(openReportsOn(input.reviewId))
    .returning({ id: reports.id })
  await tx.insert(auditLog).values({
    actorId: input.adminId,
    action: 'review.hidden',
    targetType: 'review',
    targetId: input.reviewId,
    data: { productId: row.productId, reportsActioned: actioned.length, ...(input.note ? { note: input.note } : {}) },
  })
  const { storeId } = await recomputeRatings(tx, row.productId)
  return { productId: row.productId, storeId }
}

/** Makes a hidden review visible again and counts it in the ratings. Null when it was not hidden. */
export async function restoreReview(tx: DbOrTx, input: { reviewId: string; adminId: string }): Promise<Moderated | null> {
  const [row] = await tx
    .update(reviews)
    .set({ status: 'visible' })
    .where(and(eq(reviews.id, input.reviewId), eq(reviews.status, 'hidden')))
    .returning({ productId: reviews.productId })
  if (!row) return null
  await tx.insert(auditLog).values({ actorId: input.adminId, action: 'review.restored', targetType: 'review', targetId: input.reviewId, data: { productId: row.productId } })
  const { storeId } = await recomputeRatings(tx, row.productId)
  return { productId: row.productId, storeId }
}

/** Dismisses every open report on a review, which stays as it is; returns how many were open. */
export async function dismissReviewReports(tx: DbOrTx, input: { reviewId: string; adminId: string }): Promise<number> {
  const dismissed = await tx
    .update(reports)
    .set({ status: 'dismissed', resolvedBy: input.adminId, resolvedAt: new Date() })
    .where(openReportsOn(input.reviewId))
    .returning({ id: reports.id })
  if (dismissed.length === 0) return 0
  await tx.insert(auditLog).values({
    actorId: input.adminId,
    action: 'review.reports_dismissed',
    targetType: 'review',
    targetId: input.reviewId,
    data: { reportsDismissed: dismissed.length },
  })
  return dismissed.length
}

/** Open review reports, for the admin console's counters. */
export async function countOpenReviewReports(db: DbOrTx): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(distinct ${reports.targetId})::int` })
    .from(reports)
    .where(and(eq(reports.targetType, 'review'), eq(reports.status, 'open')))
  return row?.n ?? 0
}
