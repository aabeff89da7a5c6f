import { z } from 'zod'
import type { GatewayOrder, GatewayPayment, GatewayRefund, PaymentMethod } from './types'

/**
 * Razorpay's entities as its API and webhooks carry them (snake_case, paise, unix seconds), and
 * their mapping to the domain types. The Razorpay driver reads these from the API; the simulated
 * gateway stores and sends exactly these documents.
 */

// Razorpay sends `notes` as an object, or as [] when there are none (a PHP-ism kept on the wire).
const notes = z
  .union([z.record(z.string(), z.unknown()), z.array(z.unknown())])
  .nullish()
  .transform((value): Record<string, string> => {
    if (!value || Array.isArray(value)) return {}
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]))
  })

const unixSeconds = z.number().int().nonnegative()

export const orderEntitySchema = z.looseObject({
  id: z.string().min(1),
  entity: z.literal('order').optional(),
  amount: z.number().int().nonnegative(),
  amount_paid: z.number().int().nonnegative().default(0),
  amount_due: z.number().int().nonnegative().optional(),
  currency: z.string(),
  receipt: z.string().nullish(),
  status: z.enum(['created', 'attempted', 'paid']),
  attempts: z.number().int().nonnegative().optional(),
  notes,
  created_at: unixSeconds,
})

export const paymentEntitySchema = z.looseObject({
  id: z.string().min(1),
  entity: z.literal('payment').optional(),
  amount: z.number().int().nonnegative(),
  currency: z.string(),
  status: z.enum(['created', 'authorized', 'captured', 'failed', 'refunded']),
  order_id: z.string().nullish(),
  method: z.string().nullish(),
  amount_refunded: z.number().int().nonnegative().default(0),
  refund_status: z.string().nullish(),
  captured: z.boolean().optional(),
  fee: z.number().int().nullish(),
  error_code: z.string().nullish(),
  error_description: z.string().nullish(),
  error_reason: z.string().nullish(),
  notes,
  created_at: unixSeconds,
})

export const refundEntitySchema = z.looseObject({
  id: z.string().min(1),
  entity: z.literal('refund').optional(),
  amount: z.number().int().nonnegative(),
  currency: z.string().nullish(),
  payment_id: z.string().min(1),
  status: z.enum(['pending', 'processed', 'failed']),
  notes,
  created_at: unixSeconds,
})

export type RazorpayOrderEntity = z.input<typeof orderEntitySchema>
export type RazorpayPaymentEntity = z.input<typeof paymentEntitySchema>
export type RazorpayRefundEntity = z.input<typeof refundEntitySchema>

const METHODS: readonly PaymentMethod[] = ['upi', 'card', 'netbanking', 'wallet']

const iso = (seconds: number) => new Date(seconds * 1000).toISOString()
// Razorpay writes "" where it means "no error" on some card payloads.
const orNull = (value: string | null | undefined) => (value ? value : null)

export function toGatewayOrder(entity: unknown): GatewayOrder {
  const o = orderEntitySchema.parse(entity)
  if (o.currency !== 'INR') throw new Error(`Order ${o.id} is in ${o.currency}; Haat takes INR only`)
  return {
    id: o.id,
    amountPaise: o.amount,
    amountPaidPaise: o.amount_paid,
    currency: 'INR',
    receipt: o.receipt ?? '',
    status: o.status,
    notes: o.notes,
    createdAt: iso(o.created_at),
  }
}

export function toGatewayPayment(entity: unknown): GatewayPayment {
  const p = paymentEntitySchema.parse(entity)
  const method = METHODS.find((m) => m === p.method) ?? null
  return {
    id: p.id,
    orderId: p.order_id ?? '',
    amountPaise: p.amount,
    amountRefundedPaise: p.amount_refunded,
    feePaise: p.fee ?? null,
    status: p.status,
    method,
    errorCode: orNull(p.error_code),
    errorDescription: orNull(p.error_description),
    errorReason: orNull(p.error_reason),
    createdAt: iso(p.created_at),
  }
}

export function toGatewayRefund(entity: unknown): GatewayRefund {
  const r = refundEntitySchema.parse(entity)
  return { id: r.id, paymentId: r.payment_id, amountPaise: r.amount, status: r.status, createdAt: iso(r.created_at) }
}
