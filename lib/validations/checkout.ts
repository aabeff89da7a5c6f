import { z } from 'zod'

// What the checkout page may send: ids, a coupon code, a method, the signed gateway result.
// Never a price or a total — the server computes those (lib/domain/pricing.ts).

export const PAYMENT_METHODS = ['upi', 'card', 'netbanking', 'cod'] as const

/** "cart", or a buy-now line "<productId>:<variantId|->:<qty>[:<showId>]". */
export const checkoutSourceSchema = z.string().max(160)

export const placeOrderSchema = z.object({
  source: checkoutSourceSchema,
  addressId: z.uuid({ error: 'Choose a delivery address.' }),
  couponCode: z
    .string()
    .trim()
    .max(20)
    .transform((v) => (v === '' ? null : v.toUpperCase()))
    .nullable()
    .optional(),
  method: z.enum(PAYMENT_METHODS, { error: 'Choose how you want to pay.' }),
})

export const confirmPaymentSchema = z.object({
  groupId: z.uuid(),
  response: z.object({
    razorpay_order_id: z.string().min(1).max(64),
    razorpay_payment_id: z.string().min(1).max(64),
    razorpay_signature: z.string().min(1).max(256),
  }),
})

export const groupRefSchema = z.object({ groupId: z.uuid() })

export const codOtpSchema = z.object({
  groupId: z.uuid(),
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, { error: 'Enter the 6-digit code from the email.' }),
})
