import type { CreateOrderInput, RefundInput } from './types'

// Razorpay's documented limits: amounts from ₹1 in paise, receipts up to 40 characters, up to
// 15 notes of 256 characters, refund idempotency keys of 10+ letters, digits, '-' and '_'.
export const MIN_AMOUNT_PAISE = 100
export const MAX_RECEIPT_LENGTH = 40
const MAX_NOTES = 15
const MAX_NOTE_LENGTH = 256
export const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{10,64}$/

/** Malformed inputs are programming errors (RangeError), as in the shipping service. */
export function assertCreateOrderInput(input: CreateOrderInput): void {
  if (!Number.isSafeInteger(input.amountPaise) || input.amountPaise < MIN_AMOUNT_PAISE)
    throw new RangeError(`amountPaise must be a whole number of paise, at least ${MIN_AMOUNT_PAISE}; got ${input.amountPaise}`)
  if (typeof input.receipt !== 'string' || input.receipt.length === 0 || input.receipt.length > MAX_RECEIPT_LENGTH)
    throw new RangeError(`receipt must be 1–${MAX_RECEIPT_LENGTH} characters; got ${JSON.stringify(input.receipt)}`)
  assertNotes(input.notes)
}

export function assertRefundInput(input: RefundInput): void {
  if (typeof input.paymentId !== 'string' || !/^pay_[0-9A-Za-z]{14}$/.test(input.paymentId))
    throw new RangeError(`paymentId must be a Razorpay payment id (pay_…); got ${JSON.stringify(input.paymentId)}`)
  if (!Number.isSafeInteger(input.amountPaise) || input.amountPaise < MIN_AMOUNT_PAISE)
    throw new RangeError(`amountPaise must be a whole number of paise, at least ${MIN_AMOUNT_PAISE}; got ${input.amountPaise}`)
  if (typeof input.idempotencyKey !== 'string' || !IDEMPOTENCY_KEY.test(input.idempotencyKey))
    throw new RangeError('idempotencyKey must be 10–64 letters, digits, hyphens or underscores')
  assertNotes(input.notes)
}

function assertNotes(notes: Record<string, string> | undefined): void {
  if (notes === undefined) return
  const entries = Object.entries(notes)
  if (entries.length > MAX_NOTES) throw new RangeError(`notes may have at most ${MAX_NOTES} keys`)
  for (const [key, value] of entries)
    if (typeof value !== 'string' || value.length > MAX_NOTE_LENGTH)
      throw new RangeError(`note "${key}" must be a string of at most ${MAX_NOTE_LENGTH} characters`)
}

export function assertOrderId(orderId: string): void {
  if (typeof orderId !== 'string' || !/^order_[0-9A-Za-z]{14}$/.test(orderId))
    throw new RangeError(`orderId must be a Razorpay order id (order_…); got ${JSON.stringify(orderId)}`)
}
