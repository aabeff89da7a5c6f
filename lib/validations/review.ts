import { z } from 'zod'
import { optionalText } from './common'

/** Reviews and their moderation (SPEC §2.7, §11.2): one schema per operation, shared by forms, actions and routes. */

const MB = 1024 * 1024
export const MAX_REVIEW_PHOTOS = 4
export const REVIEW_PHOTO_MAX_BYTES = 5 * MB
export const REVIEW_TITLE_MAX = 120
export const REVIEW_BODY_MAX = 4000
export const REVIEW_REPLY_MAX = 1500
/** Reviews shown at first on a product page, and added by each "Show more". */
export const REVIEWS_STEP = 10
const REVIEWS_SHOWN_MAX = 200

const ratingMessage = 'Choose a star rating from 1 to 5'

export const reviewRating = z
  .union([z.string(), z.number()], { error: ratingMessage })
  .pipe(z.coerce.number<string | number>({ error: ratingMessage }).int(ratingMessage).min(1, ratingMessage).max(5, ratingMessage))

function megabytes(bytes: number): string {
  const tenths = Math.ceil((bytes / MB) * 10)
  return `${tenths % 10 === 0 ? tenths / 10 : (tenths / 10).toFixed(1)} MB`
}

/** Up to four photos, each at most 5 MB; the server also checks each file's bytes are a photo. */
export const reviewPhotos = z
  .array(z.instanceof(File, { message: 'Choose a photo file' }))
  .default([])
  .superRefine((files, ctx) => {
    if (files.length > MAX_REVIEW_PHOTOS) {
      ctx.addIssue({ code: 'custom', message: `Add up to ${MAX_REVIEW_PHOTOS} photos; remove ${files.length - MAX_REVIEW_PHOTOS}.` })
    }
    for (const file of files) {
      if (file.size === 0) ctx.addIssue({ code: 'custom', message: `${file.name || 'A photo'} is empty. Choose another.` })
      else if (file.size > REVIEW_PHOTO_MAX_BYTES) {
        ctx.addIssue({
          code: 'custom',
          message: `${file.name || 'A photo'} is ${megabytes(file.size)}; photos can be up to ${megabytes(REVIEW_PHOTO_MAX_BYTES)}.`,
        })
      }
    }
  })

export const createReviewSchema = z.object({
  orderItemId: z.uuid({ error: 'Choose an item from your delivered orders' }),
  rating: reviewRating,
  title: optionalText(REVIEW_TITLE_MAX),
  body: z
    .string()
    .trim()
    .max(REVIEW_BODY_MAX, `Keep your review under ${REVIEW_BODY_MAX.toLocaleString('en-IN')} characters`)
    .optional()
    .default(''),
  photos: reviewPhotos,
})
export type CreateReviewFormValues = z.input<typeof createReviewSchema>
export type CreateReviewInput = z.output<typeof createReviewSchema>

export const replyToReviewSchema = z.object({
  storeId: z.uuid(),
  reviewId: z.uuid(),
  reply: z
    .string()
    .trim()
    .min(2, 'Write a reply the buyer can read')
    .max(REVIEW_REPLY_MAX, `Keep the reply under ${REVIEW_REPLY_MAX.toLocaleString('en-IN')} characters`),
})
export type ReplyToReviewInput = z.input<typeof replyToReviewSchema>

export const REPORT_REASONS = ['spam', 'offensive', 'off_topic', 'fake', 'personal_info', 'other'] as const
export type ReportReason = (typeof REPORT_REASONS)[number]
export const REPORT_REASON_LABELS: Readonly<Record<ReportReason, string>> = {
  spam: 'Spam or advertising',
  offensive: 'Hateful, abusive or sexual content',
  off_topic: 'Not about this product',
  fake: 'Looks fake or paid for',
  personal_info: 'Shares someone’s personal information',
  other: 'Something else',
}

export const reportReviewSchema = z
  .object({
    reviewId: z.uuid(),
    reason: z.enum(REPORT_REASONS, { error: 'Choose why you are reporting this review' }),
    details: optionalText(500),
  })
  .refine((v) => v.reason !== 'other' || (v.details ?? '').length >= 5, {
    message: 'Tell us what is wrong (at least 5 characters)',
    path: ['details'],
  })
export type ReportReviewFormValues = z.input<typeof reportReviewSchema>

/** The text kept on the report: what the admin reads in the moderation queue. */
export function reportReasonText(input: { reason: ReportReason; details?: string }): string {
  const label = REPORT_REASON_LABELS[input.reason]
  return input.details ? `${label}: ${input.details}` : label
}

export const hideReviewSchema = z.object({
  reviewId: z.uuid(),
  note: optionalText(500),
})
export type HideReviewInput = z.input<typeof hideReviewSchema>
export const restoreReviewSchema = z.object({ reviewId: z.uuid() })
export const dismissReviewReportsSchema = z.object({ reviewId: z.uuid() })

type RawParams = Record<string, string | string[] | undefined>
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)

export const REVIEW_SORTS = ['newest', 'highest', 'lowest'] as const
export type ReviewSort = (typeof REVIEW_SORTS)[number]
export const REVIEW_SORT_LABELS: Readonly<Record<ReviewSort, string>> = { newest: 'Newest', highest: 'Highest rated', lowest: 'Lowest rated' }

/** URL state of a product page's reviews: `reviews_sort`, `reviews_stars`, `reviews_shown`. Bad values fall back. */
export const productReviewParamsSchema = z.object({
  sort: z.enum(REVIEW_SORTS).catch('newest'),
  stars: z.coerce.number().int().min(1).max(5).nullable().catch(null),
  shown: z.coerce
    .number()
    .int()
    .min(REVIEWS_STEP)
    .max(REVIEWS_SHOWN_MAX)
    .transform((n) => Math.ceil(n / REVIEWS_STEP) * REVIEWS_STEP)
    .catch(REVIEWS_STEP),
})
export type ProductReviewParams = z.output<typeof productReviewParamsSchema>

export function parseProductReviewParams(raw: RawParams): ProductReviewParams {
  return productReviewParamsSchema.parse({
    sort: first(raw.reviews_sort),
    stars: first(raw.reviews_stars) ?? null,
    shown: first(raw.reviews_shown),
  })
}

const page = z.coerce.number().int().min(1).max(10_000).catch(1)

export const STUDIO_REVIEW_FILTERS = ['all', 'unanswered', 'hidden'] as const
export type StudioReviewFilter = (typeof STUDIO_REVIEW_FILTERS)[number]

export const studioReviewParamsSchema = z.object({
  filter: z.enum(STUDIO_REVIEW_FILTERS).catch('all'),
  rating: z.coerce.number().int().min(1).max(5).nullable().catch(null),
  page,
})
export type StudioReviewParams = z.output<typeof studioReviewParamsSchema>

export function parseStudioReviewParams(raw: RawParams): StudioReviewParams {
  return studioReviewParamsSchema.parse({ filter: first(raw.filter), rating: first(raw.rating) ?? null, page: first(raw.page) })
}

export const ADMIN_REPORT_VIEWS = ['open', 'hidden'] as const
export type AdminReportView = (typeof ADMIN_REPORT_VIEWS)[number]

export function parseAdminReportParams(raw: RawParams): { view: AdminReportView; page: number } {
  return z.object({ view: z.enum(ADMIN_REPORT_VIEWS).catch('open'), page }).parse({ view: first(raw.view), page: first(raw.page) })
}

export function parsePageParam(raw: RawParams): number {
  return page.parse(first(raw.page))
}
