import { z } from 'zod'
import { orderEntitySchema, paymentEntitySchema, refundEntitySchema, toGatewayOrder, toGatewayPayment, toGatewayRefund } from './entities'
import { bodyDigestId } from './signatures'
import type { PaymentWebhookEvent } from './types'

const wrapped = <S extends z.ZodType>(schema: S) => z.object({ entity: schema }).optional()

// Razorpay's event envelope: { entity: 'event', account_id, event, contains, payload: { <name>: { entity } }, created_at }.
const envelopeSchema = z.looseObject({
  entity: z.literal('event').optional(),
  event: z.string().min(1),
  contains: z.array(z.string()).optional(),
  created_at: z.number().int().nonnegative(),
  payload: z.looseObject({
    payment: wrapped(paymentEntitySchema),
    order: wrapped(orderEntitySchema),
    refund: wrapped(refundEntitySchema),
  }),
})

/** Parses a (verified) Razorpay webhook body. Throws with a readable message when it is not one. */
export function parseRazorpayWebhook(rawBody: string, eventId: string | null): PaymentWebhookEvent {
  let json: unknown
  try {
    json = JSON.parse(rawBody)
  } catch {
    throw new Error('Razorpay webhook body is not JSON')
  }
  const parsed = envelopeSchema.safeParse(json)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new Error(`Razorpay webhook body is malformed at ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'unknown'}`)
  }
  const { payload } = parsed.data
  const raw = json as { payload: Record<string, { entity: unknown } | undefined> }
  const payment = payload.payment ? toGatewayPayment(raw.payload.payment?.entity) : null
  const order = payload.order ? toGatewayOrder(raw.payload.order?.entity) : null
  const refund = payload.refund ? toGatewayRefund(raw.payload.refund?.entity) : null
  const id = eventId?.trim() ? eventId.trim() : bodyDigestId(rawBody)
  return {
    id,
    type: parsed.data.event,
    createdAt: parsed.data.created_at,
    orderId: order?.id ?? (payment?.orderId || null),
    payment,
    refund,
    order,
    raw: json,
  }
}
