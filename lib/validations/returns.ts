import { z } from 'zod'

/**
 * The buyer's order operations (SPEC §4.3): cancelling before shipping and asking for a return.
 * One schema per operation, shared by the form, the server action and the upload route.
 */

const MB = 1024 * 1024
export const MAX_RETURN_PHOTOS = 4
export const RETURN_PHOTO_MAX_BYTES = 5 * MB
export const RETURN_DETAILS_MAX = 1000
/** "Other" needs a few words, or the seller cannot decide. */
export const RETURN_OTHER_DETAILS_MIN = 10

export const RETURN_REASONS = ['damaged', 'wrong_item', 'not_as_described', 'size_fit', 'changed_mind', 'other'] as const
export type ReturnReason = (typeof RETURN_REASONS)[number]
export const RETURN_REASON_LABELS: Readonly<Record<ReturnReason, string>> = {
  damaged: 'Damaged or defective',
  wrong_item: 'Wrong item sent',
  not_as_described: 'Not as described',
  size_fit: 'Size or fit is wrong',
  changed_mind: 'Changed my mind',
  other: 'Other reason',
}

export const CANCEL_REASONS = ['mistake', 'better_price', 'too_slow', 'change_details', 'other'] as const
export type CancelReason = (typeof CANCEL_REASONS)[number]
export const CANCEL_REASON_LABELS: Readonly<Record<CancelReason, string>> = {
  mistake: 'Ordered by mistake',
  better_price: 'Found a better price',
  too_slow: 'Delivery takes too long',
  change_details: 'Want to change the address or items',
  other: 'Other reason',
}

function megabytes(bytes: number): string {
  const tenths = Math.ceil((bytes / MB) * 10)
  return `${tenths % 10 === 0 ? tenths / 10 : (tenths / 10).toFixed(1)} MB`
}

/** A <select>'s value: any string in (an unchosen select sends ''), one of `values` out. */
const choice = <const T extends readonly [string, ...string[]]>(values: T, message: string) =>
  z.string({ error: message }).pipe(z.enum(values, { error: message }))

const orderId = z.uuid({ error: 'This order link is not valid. Open the order from Your orders.' })

/** Up to four photos of what arrived, 5 MB each; the server also checks each file's bytes are a photo. */
export const returnPhotos = z
  .array(z.instanceof(File, { message: 'Choose a photo file' }))
  .default([])
  .superRefine((files, ctx) => {
    if (files.length > MAX_RETURN_PHOTOS) {
      ctx.addIssue({ code: 'custom', message: `Add up to ${MAX_RETURN_PHOTOS} photos; remove ${files.length - MAX_RETURN_PHOTOS}.` })
    }
    for (const file of files) {
      if (file.size === 0) ctx.addIssue({ code: 'custom', message: `${file.name || 'A photo'} is empty. Choose another.` })
      else if (file.size > RETURN_PHOTO_MAX_BYTES) {
        ctx.addIssue({
          code: 'custom',
          message: `${file.name || 'A photo'} is ${megabytes(file.size)}; photos can be up to ${megabytes(RETURN_PHOTO_MAX_BYTES)}.`,
        })
      }
    }
  })

export const requestReturnSchema = z
  .object({
    orderId,
    reason: choice(RETURN_REASONS, 'Choose why you are returning this order'),
    details: z
      .string()
      .trim()
      .max(RETURN_DETAILS_MAX, `Keep the details under ${RETURN_DETAILS_MAX.toLocaleString('en-IN')} characters`)
      .optional()
      .default(''),
    photos: returnPhotos,
  })
  .superRefine((value, ctx) => {
    if (value.reason === 'other' && value.details.length < RETURN_OTHER_DETAILS_MIN) {
      ctx.addIssue({ code: 'custom', path: ['details'], message: `Tell the seller what is wrong (at least ${RETURN_OTHER_DETAILS_MIN} characters)` })
    }
  })
export type RequestReturnFormValues = z.input<typeof requestReturnSchema>
export type RequestReturnInput = z.output<typeof requestReturnSchema>

export const cancelOrderSchema = z.object({
  orderId,
  reason: choice(CANCEL_REASONS, 'Choose why you are cancelling'),
})
export type CancelOrderFormValues = z.input<typeof cancelOrderSchema>
export type CancelOrderInput = z.output<typeof cancelOrderSchema>

/** When a return may be asked for: delivered, and before the store's window closes (to the millisecond). */
export type ReturnEligibility =
  | { state: 'open'; closesAt: Date }
  | { state: 'closed'; closedAt: Date }
  /** The store takes no returns, or the order was never delivered. */
  | { state: 'none' }

export function returnEligibility(input: { status: string; deliveredAt: Date | null; returnWindowDays: number; now: Date }): ReturnEligibility {
  if (!input.deliveredAt || input.returnWindowDays <= 0) return { state: 'none' }
  // The same deadline lib/dal/fulfilment.ts requestReturn enforces.
  const closesAt = new Date(input.deliveredAt.getTime() + input.returnWindowDays * 86_400_000)
  if (input.status !== 'delivered') return { state: 'none' }
  return closesAt < input.now ? { state: 'closed', closedAt: closesAt } : { state: 'open', closesAt }
}
