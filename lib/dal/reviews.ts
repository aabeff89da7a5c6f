import 'server-only'

import type { Db } from '@/db/client'
import { createReviewReport, dismissReviewReports, hideReview, restoreReview, setSellerReply } from '@/db/queries/review-moderation'
import { findReviewableLine, insertReview, recomputeRatings } from '@/db/queries/reviews'
import { ActionError } from '@/lib/actions/errors'
import type { StorageService } from '@/lib/services/storage/types'
import { reportReasonText, type CreateReviewInput, type ReportReason } from '@/lib/validations/review'
import { withStoredPhotos } from './photo-uploads'

// Review writes (SPEC §2.7): who may do what is decided here, on every call; pages read through review-pages.ts.

export const NOT_REVIEWABLE = 'You can review an item once it has been delivered to you. This one is not from your delivered orders.'
export const ALREADY_REVIEWED = 'You have already reviewed this item. Find your review under Your reviews.'

/** "Priya Sharma" → "Priya S.": enough to be a person, not enough to be found. */
export function reviewerDisplayName(name: string | null): string {
  const parts = (name ?? '').trim().split(/\s+/).filter(Boolean)
  if (parts.length === 0) return 'Haat buyer'
  const [firstName, ...rest] = parts
  const last = rest.at(-1)
  return last ? `${firstName} ${last[0]!.toUpperCase()}.` : firstName!
}

function pgErrorCode(error: unknown): string | undefined {
  const e = error as { code?: string; cause?: { code?: string } }
  return e?.cause?.code ?? e?.code
}

export type SubmittedReview = { reviewId: string; productId: string; storeId: string; productSlug: string }

/**
 * A review of one delivered order line by its buyer: photos are checked by their bytes, made
 * upright and metadata-free as WebP, stored, then the review and the new ratings are written in
 * one transaction. Stored photos are removed again if anything after them fails.
 */
export async function submitReview(db: Db, storage: StorageService, ctx: { userId: string }, input: CreateReviewInput): Promise<SubmittedReview> {
  const line = await findReviewableLine(db, ctx.userId, input.orderItemId)
  if (!line) throw new ActionError('forbidden', NOT_REVIEWABLE, { orderItemId: [NOT_REVIEWABLE] })
  if (line.reviewId) throw new ActionError('conflict', ALREADY_REVIEWED)

  try {
    return await withStoredPhotos(storage, input.photos, `reviews/${line.productId}`, (photos) =>
      db.transaction(async (tx) => {
        const review = await insertReview(tx, {
          orderItemId: line.orderItemId,
          productId: line.productId,
          userId: ctx.userId,
          rating: input.rating,
          title: input.title ?? null,
          body: input.body,
          photos,
        })
        const { storeId } = await recomputeRatings(tx, line.productId)
        return { reviewId: review.id, productId: line.productId, storeId, productSlug: line.productSlug }
      }),
    )
  } catch (error) {
    // Two submissions of the same line at once: the unique order_item_id lets one through.
    if (pgErrorCode(error) === '23505') throw new ActionError('conflict', ALREADY_REVIEWED)
    throw error
  }
}

/** The store's reply to a review of one of its own products; any other review is "not found". */
export async function replyToReview(db: Db, ctx: { storeId: string }, input: { reviewId: string; reply: string }) {
  const row = await setSellerReply(db, { storeId: ctx.storeId, reviewId: input.reviewId, reply: input.reply })
  if (!row) throw new ActionError('not_found', 'This review is not on one of your products, or Haat has hidden it. Refresh the list.')
  return { productId: row.productId, repliedAt: row.repliedAt?.toISOString() ?? null }
}

export async function reportReview(db: Db, ctx: { userId: string }, input: { reviewId: string; reason: ReportReason; details?: string }) {
  const outcome = await db.transaction((tx) =>
    createReviewReport(tx, { reporterId: ctx.userId, reviewId: input.reviewId, reason: reportReasonText(input) }),
  )
  switch (outcome) {
    case 'created':
      return { reported: true as const }
    case 'duplicate':
      throw new ActionError('conflict', 'You have already reported this review. Our team will look at it soon.')
    case 'own':
      throw new ActionError('forbidden', 'You cannot report your own review.')
    case 'not_found':
      throw new ActionError('not_found', 'This review is no longer on Haat.')
    default: {
      const unknown: never = outcome
      throw new Error(`Unknown report outcome: ${String(unknown)}`)
    }
  }
}

export async function hideReportedReview(db: Db, ctx: { adminId: string }, input: { reviewId: string; note?: string }) {
  const done = await db.transaction((tx) => hideReview(tx, { reviewId: input.reviewId, adminId: ctx.adminId, note: input.note ?? null }))
  if (!done) throw new ActionError('conflict', 'This review is already hidden. Refresh the list.')
  return done
}

export async function restoreHiddenReview(db: Db, ctx: { adminId: string }, input: { reviewId: string }) {
  const done = await db.transaction((tx) => restoreReview(tx, { reviewId: input.reviewId, adminId: ctx.adminId }))
  if (!done) throw new ActionError('conflict', 'This review is already visible. Refresh the list.')
  return done
}

export async function dismissReports(db: Db, ctx: { adminId: string }, input: { reviewId: string }) {
  const dismissed = await db.transaction((tx) => dismissReviewReports(tx, { reviewId: input.reviewId, adminId: ctx.adminId }))
  if (dismissed === 0) throw new ActionError('conflict', 'There are no open reports on this review any more. Refresh the list.')
  return { dismissed }
}
