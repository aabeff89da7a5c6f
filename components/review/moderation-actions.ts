'use server'

import { revalidatePath } from 'next/cache'
import { getDb } from '@/db'
import { adminAction } from '@/lib/actions/safe-action'
import { revalidateProducts } from '@/lib/catalog/revalidate'
import { dismissReports, hideReportedReview, restoreHiddenReview } from '@/lib/dal/reviews'
import { dismissReviewReportsSchema, hideReviewSchema, restoreReviewSchema } from '@/lib/validations/review'

function afterModeration(done: { productId: string; storeId: string }) {
  revalidateProducts(done.storeId, [done.productId])
  revalidatePath('/admin/reports')
  revalidatePath(`/studio/${done.storeId}/reviews`)
}

export const hideReviewAction = adminAction(hideReviewSchema, async (input, { user }) => {
  afterModeration(await hideReportedReview(getDb(), { adminId: user.id }, input))
  return { status: 'hidden' as const }
})

export const restoreReviewAction = adminAction(restoreReviewSchema, async (input, { user }) => {
  afterModeration(await restoreHiddenReview(getDb(), { adminId: user.id }, input))
  return { status: 'visible' as const }
})

export const dismissReviewReportsAction = adminAction(dismissReviewReportsSchema, async (input, { user }) => {
  const { dismissed } = await dismissReports(getDb(), { adminId: user.id }, input)
  revalidatePath('/admin/reports')
  return { dismissed }
})
