import 'server-only'

import { eq } from 'drizzle-orm'
import type { Db } from '@/db/client'
import { orders } from '@/db/schema'
import { transitionGroup, transitionOrder } from '@/db/queries/order-transitions'
import {
  capturedPaymentForOrder,
  ensureRefund,
  getPaymentByProviderOrder,
  latestPaymentForGroup,
  listExpiredGroups,
  listUnsettledPayments,
  markPaymentCaptured,
  markPaymentFailed,
  markRefundProcessed,
  setRefundOutcome,
} from '@/db/queries/payments'
import { notifyOrderSafe, type OrderNotice } from '@/lib/notifications/order-events'
import type { CheckoutResult, GatewayPayment, PaymentsService, PaymentWebhookEvent } from '@/lib/services/payments'

/**
 * Payment state changes (SPEC §3.6–3.7, §4.5). The only ways an order becomes paid are a verified
 * checkout signature or a verified webhook, and either way the amount captured must equal the
 * amount due. Every function here is safe to call twice with the same facts: state changes are
 * compare-and-sets, refunds are keyed, and the notices go out only for changes that happened.
 */

export type PaymentDeps = {
  db: Db
  payments: PaymentsService
  /** Tells people about committed changes; defaults to the app's notifier (tests pass their own). */
  notify?: (db: Db, notice: OrderNotice) => Promise<void>
}
type Deps = PaymentDeps

function tell(deps: Deps, notice: OrderNotice) {
  return (deps.notify ?? notifyOrderSafe)(deps.db, notice)
}

export type CaptureFacts = { providerOrderId: string; providerPaymentId: string; amountPaise: number; method: string | null }

export async function applyCapture(deps: Deps, facts: CaptureFacts) {
  const { db, payments } = deps
  const result = await db.transaction(async (tx) => {
    const outcome = await markPaymentCaptured(tx, { provider: payments.provider, ...facts })
    if (outcome.kind !== 'captured') return { outcome, confirmed: [] as string[], lateOrders: [] as { id: string; totalPaise: number }[] }
    const moved = await transitionGroup(tx, {
      groupId: outcome.groupId,
      to: 'confirmed',
      actor: 'system',
      actorId: null,
      onlyFrom: ['pending_payment'],
      note: `Paid: ${facts.providerPaymentId}`,
    })
    // Paid after the order had already expired or been cancelled: the money goes back.
    const groupOrders = await tx.select({ id: orders.id, status: orders.status, totalPaise: orders.totalPaise }).from(orders).where(eq(orders.groupId, outcome.groupId))
    const lateOrders = groupOrders.filter((o) => o.status === 'cancelled' && !moved.some((m) => m.orderId === o.id))
    return { outcome, confirmed: moved.map((m) => m.orderId), lateOrders }
  })
  for (const orderId of result.confirmed) await tell(deps, { type: 'order.placed', orderId })
  for (const order of result.lateOrders) {
    await issueRefund(deps, { orderId: order.id, amountPaise: order.totalPaise, key: `late-capture-${order.id}`, reason: 'Paid after the order was cancelled' })
  }
  return result
}

export async function applyFailure(deps: Deps, facts: { providerOrderId: string; providerPaymentId: string | null; reason: string }) {
  const { db, payments } = deps
  const cancelled = await db.transaction(async (tx) => {
    const groupId = await markPaymentFailed(tx, { provider: payments.provider, ...facts })
    if (!groupId) return []
    return transitionGroup(tx, {
      groupId,
      to: 'cancelled',
      actor: 'system',
      actorId: null,
      onlyFrom: ['pending_payment'],
      note: `Payment failed: ${facts.reason}`,
    })
  })
  for (const m of cancelled) await tell(deps, { type: 'order.cancelled', orderId: m.orderId, by: 'system', reason: 'Payment failed' })
  return cancelled.map((m) => m.orderId)
}

/**
 * The browser's Checkout result. The signature proves the gateway issued this payment for this
 * gateway order; the amount is then read from the gateway itself, never from the browser.
 */
export async function confirmCheckoutPayment(deps: Deps, input: { buyerId: string; groupId: string; response: CheckoutResult }) {
  const { db, payments } = deps
  if (!payments.verifyCheckoutSignature(input.response)) return { ok: false as const, reason: 'signature' as const }
  const payment = await getPaymentByProviderOrder(db, payments.provider, input.response.razorpay_order_id)
  if (!payment || payment.groupId !== input.groupId) return { ok: false as const, reason: 'unknown_order' as const }
  const owner = await db.select({ buyerId: orders.buyerId }).from(orders).where(eq(orders.groupId, payment.groupId)).limit(1)
  if (owner[0]?.buyerId !== input.buyerId) return { ok: false as const, reason: 'unknown_order' as const }
  const attempts = await payments.fetchOrderPayments(input.response.razorpay_order_id)
  const paid = attempts.find((p) => p.id === input.response.razorpay_payment_id && (p.status === 'captured' || p.status === 'authorized'))
  if (!paid) return { ok: false as const, reason: 'not_captured' as const }
  const result = await applyCapture(deps, { providerOrderId: paid.orderId, providerPaymentId: paid.id, amountPaise: paid.amountPaise, method: paid.method })
  if (result.outcome.kind === 'amount_mismatch') return { ok: false as const, reason: 'amount_mismatch' as const }
  return { ok: true as const }
}

export async function issueRefund(deps: Deps, input: { orderId: string; amountPaise: number; key: string; reason: string }) {
  const { db, payments } = deps
  const payment = await capturedPaymentForOrder(db, input.orderId)
  const manual = !payment?.providerPaymentId
  const refund = await ensureRefund(db, {
    orderId: input.orderId,
    paymentId: payment?.id ?? null,
    amountPaise: input.amountPaise,
    idempotencyKey: input.key,
    reason: input.reason,
    manual,
  })
  if (manual) {
    if (refund.status === 'manual') await tell(deps, { type: 'refund.issued', orderId: input.orderId, amountPaise: input.amountPaise, manual: true })
    return refund
  }
  if (refund.status === 'processed') return refund
  try {
    const gatewayRefund = await payments.refund({
      paymentId: payment!.providerPaymentId!,
      amountPaise: refund.amountPaise,
      idempotencyKey: refund.idempotencyKey,
      notes: { haat_refund_key: refund.idempotencyKey, order_id: input.orderId },
    })
    await setRefundOutcome(db, { refundId: refund.id, providerRefundId: gatewayRefund.id, status: gatewayRefund.status === 'processed' ? 'pending' : gatewayRefund.status })
    if (gatewayRefund.status === 'processed') await applyRefundProcessed(deps, { providerRefundId: gatewayRefund.id, key: refund.idempotencyKey })
  } catch (error) {
    // The refund row stays pending; the reconciliation job retries it with the same key.
    console.error('[payments] refund failed', input.orderId, error)
  }
  return refund
}

export async function applyRefundProcessed(deps: Deps, input: { providerRefundId: string; key: string | null }) {
  const { db } = deps
  const refund = await db.transaction(async (tx) => {
    const row = await markRefundProcessed(tx, { providerRefundId: input.providerRefundId, idempotencyKey: input.key })
    if (!row) return null
    await transitionOrder(tx, { orderId: row.orderId, to: 'refunded', actor: 'system', actorId: null, note: `Refund ${input.providerRefundId}` })
    return row
  })
  if (refund) await tell(deps, { type: 'refund.issued', orderId: refund.orderId, amountPaise: refund.amountPaise, manual: false })
  return refund
}

/** Applies one verified gateway webhook. Events may repeat or arrive out of order. */
export async function applyPaymentWebhook(deps: Deps, event: PaymentWebhookEvent) {
  switch (event.type) {
    case 'payment.captured':
    case 'order.paid':
      if (event.payment && event.payment.status === 'captured') return applyCaptureFromGateway(deps, event.payment)
      return
    case 'payment.failed':
      if (event.payment)
        await applyFailure(deps, {
          providerOrderId: event.payment.orderId,
          providerPaymentId: event.payment.id,
          reason: event.payment.errorDescription ?? event.payment.errorReason ?? 'payment failed',
        })
      return
    case 'refund.processed':
      if (event.refund) {
        const notes = (event.raw as { payload?: { refund?: { entity?: { notes?: Record<string, string> } } } })?.payload?.refund?.entity?.notes
        await applyRefundProcessed(deps, { providerRefundId: event.refund.id, key: notes?.haat_refund_key ?? null })
      }
      return
    default:
      return
  }
}

function applyCaptureFromGateway(deps: Deps, p: GatewayPayment) {
  return applyCapture(deps, { providerOrderId: p.orderId, providerPaymentId: p.id, amountPaise: p.amountPaise, method: p.method })
}

/** Settles one gateway order from the gateway's own record of its payments. */
export async function reconcileGatewayOrder(deps: Deps, providerOrderId: string): Promise<'captured' | 'failed' | 'pending'> {
  const attempts = await deps.payments.fetchOrderPayments(providerOrderId)
  const paid = attempts.find((p) => p.status === 'captured' || p.status === 'authorized')
  if (paid) {
    await applyCaptureFromGateway(deps, { ...paid, status: 'captured' })
    return 'captured'
  }
  return attempts.length > 0 && attempts.every((p) => p.status === 'failed') ? 'failed' : 'pending'
}

/** The reconciliation job: payments we have not heard about for a while. */
export async function reconcilePayments(deps: Deps, now = new Date()) {
  const unsettled = await listUnsettledPayments(deps.db, { before: new Date(now.getTime() - 5 * 60_000), limit: 100 })
  let captured = 0
  for (const p of unsettled) {
    if (p.provider !== deps.payments.provider) continue
    try {
      if ((await reconcileGatewayOrder(deps, p.providerOrderId)) === 'captured') captured += 1
    } catch (error) {
      console.error('[payments] reconcile failed', p.providerOrderId, error)
    }
  }
  return { checked: unsettled.length, captured }
}

/**
 * The expiry job: unpaid orders past their time give their stock back. A prepaid group is first
 * checked with the gateway, so a payment whose webhook is late is honoured rather than refunded.
 */
export async function expireUnpaidOrders(deps: Deps, now = new Date()) {
  const groups = await listExpiredGroups(deps.db, { now, limit: 200 })
  let expired = 0
  for (const g of groups) {
    if (g.paymentMethod !== 'cod') {
      const payment = await latestGatewayOrder(deps, g.groupId)
      if (payment) {
        try {
          if ((await reconcileGatewayOrder(deps, payment)) === 'captured') continue
        } catch (error) {
          console.error('[payments] expiry check failed; expiring anyway', g.groupId, error)
        }
      }
    }
    const moved = await deps.db.transaction((tx) =>
      transitionGroup(tx, { groupId: g.groupId, to: 'cancelled', actor: 'system', actorId: null, onlyFrom: ['pending_payment'], note: 'Not paid in time' }),
    )
    expired += moved.length
    for (const m of moved) await tell(deps, { type: 'order.cancelled', orderId: m.orderId, by: 'system', reason: 'Payment was not completed in time' })
  }
  return { expired }
}

async function latestGatewayOrder(deps: Deps, groupId: string): Promise<string | null> {
  const row = await latestPaymentForGroup(deps.db, groupId)
  return row && row.provider === deps.payments.provider ? row.providerOrderId : null
}
