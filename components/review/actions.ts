'use server'

import { revalidatePath, revalidateTag } from 'next/cache'
import { getDb } from '@/db'
import { userAction, sellerAction } from '@/lib/actions/safe-action'
import { tags } from '@/lib/cache'
import { revalidateProducts } from '@/lib/catalog/revalidate'
import { replyToReview, reportReview, submitReview } from '@/lib/dal/reviews'
import { getStorage } from '@/lib/services/storage'
import { createReviewSchema, replyToReviewSchema, reportReviewSchema } from '@/lib/validations/review'

/** Called by POST /account/reviews/submit, which carries the photos and reports upload progress. */
export const submitReviewAction = userAction(
  createReviewSchema,
  async (input, { user }) => {
    const review = await submitReview(getDb(), getStorage(), { userId: user.id }, input)
    // The rating on every card and listing of this product changes, not only its page.
    revalidateProducts(review.storeId, [review.productId])
    revalidatePath('/account/reviews')
    revalidatePath(`/studio/${review.storeId}/reviews`)
    return { reviewId: review.reviewId, productSlug: review.productSlug }
  },
  { rateLimit: { name: 'review-submit', limit: 20, windowSeconds: 3600 } },
)

export const replyToReviewAction = sellerAction(
  replyToReviewSchema,
  async (input) => {
    const { productId, repliedAt } = await replyToReview(getDb(), { storeId: input.storeId }, input)
    revalidateTag(tags.product(productId), 'max')
    revalidatePath(`/studio/${input.storeId}/reviews`)
    return { reply: input.reply, repliedAt }
  },
  { rateLimit: { name: 'review-reply', limit: 120, windowSeconds: 600 } },
)

export const reportReviewAction = userAction(
  reportReviewSchema,
  async (input, { user }) => {
    const result = await reportReview(getDb(), { userId: user.id }, input)
    revalidatePath('/admin/reports')
    return result
  },
  { rateLimit: { name: 'review-report', limit: 20, windowSeconds: 3600 } },
)
