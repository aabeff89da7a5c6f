import 'server-only'

import { markPaymentEventProcessed, recordPaymentEvent } from '@/db/queries/payments'
import { applyPaymentWebhook, type PaymentDeps } from './payments'

export type WebhookReply = { status: number; body: { status?: string; error?: string } }

/**
 * Razorpay's webhooks (and the simulated gateway's, which are signed the same way): the
 * signature is checked on the raw body before anything else; a forged one gets 401 and changes
 * nothing. Each event id is recorded once; a redelivery of a processed event is acknowledged
 * without being applied again, and applying is itself idempotent, so order doesn't matter.
 */
export async function handlePaymentWebhook(deps: PaymentDeps, raw: string, headers: Headers): Promise<WebhookReply> {
  const { db, payments } = deps
  if (!payments.verifyWebhook(raw, headers.get('x-razorpay-signature'))) return { status: 401, body: { error: 'invalid signature' } }
  let event
  try {
    event = payments.parseWebhook(raw, headers.get('x-razorpay-event-id'))
  } catch {
    return { status: 400, body: { error: 'malformed event' } }
  }
  const recorded = await recordPaymentEvent(db, { provider: payments.provider, eventId: event.id, type: event.type, payload: event.raw })
  if (!recorded.fresh && recorded.processed) return { status: 200, body: { status: 'duplicate' } }
  try {
    await applyPaymentWebhook(deps, event)
  } catch (error) {
    console.error('[webhooks/razorpay] could not apply', event.type, event.id, error)
    // Left unprocessed: the gateway retries, and the recorded event is applied then.
    return { status: 500, body: { error: 'temporarily unable to apply' } }
  }
  if (recorded.id) await markPaymentEventProcessed(db, recorded.id)
  return { status: 200, body: { status: 'ok' } }
}
