import { and, eq, inArray, sql } from 'drizzle-orm'
import type { DbOrTx, Tx } from '@/db/client'
import { orderGroups, orders, paymentEvents, payments, refunds } from '@/db/schema'

export async function insertPayment(
  db: DbOrTx,
  input: { groupId: string; provider: string; providerOrderId: string; amountPaise: number; method: string | null },
) {
  const [row] = await db
    .insert(payments)
    .values({ groupId: input.groupId, provider: input.provider, providerOrderId: input.providerOrderId, amountPaise: input.amountPaise, method: input.method })
    .returning({ id: payments.id })
  if (!row) throw new Error('payment insert returned no row')
  return row
}

export async function getPaymentByProviderOrder(db: DbOrTx, provider: string, providerOrderId: string) {
  const [row] = await db
    .select()
    .from(payments)
    .where(and(eq(payments.provider, provider), eq(payments.providerOrderId, providerOrderId)))
  return row ?? null
}

export async function latestPaymentForGroup(db: DbOrTx, groupId: string) {
  const [row] = await db.select().from(payments).where(eq(payments.groupId, groupId)).orderBy(sql`${payments.createdAt} desc`).limit(1)
  return row ?? null
}

export type CaptureOutcome =
  | { kind: 'captured'; groupId: string; paymentId: string }
  | { kind: 'amount_mismatch'; groupId: string; expectedPaise: number; paidPaise: number }
  | { kind: 'unchanged' }
  | { kind: 'unknown_order' }

/**
 * Marks the gateway order's payment captured, once: a compare-and-set from the states a capture
 * may follow, and only when the amount paid equals the amount due. A repeat finds it captured.
 */
export async function markPaymentCaptured(
  tx: Tx,
  input: { provider: string; providerOrderId: string; providerPaymentId: string; amountPaise: number; method: string | null },
): Promise<CaptureOutcome> {
  const payment = await getPaymentByProviderOrder(tx, input.provider, input.providerOrderId)
  if (!payment) return { kind: 'unknown_order' }
  if (payment.amountPaise !== input.amountPaise) {
    await tx
      .update(payments)
      .set({ errorReason: `amount mismatch: paid ${input.amountPaise}, due ${payment.amountPaise} (${input.providerPaymentId})` })
      .where(eq(payments.id, payment.id))
    return { kind: 'amount_mismatch', groupId: payment.groupId, expectedPaise: payment.amountPaise, paidPaise: input.amountPaise }
  }
  const rows = await tx
    .update(payments)
    .set({ status: 'captured', providerPaymentId: input.providerPaymentId, method: input.method ?? payment.method, errorReason: null })
    .where(and(eq(payments.id, payment.id), inArray(payments.status, ['created', 'authorized', 'failed'])))
    .returning({ id: payments.id })
  if (rows.length === 0) return { kind: 'unchanged' }
  return { kind: 'captured', groupId: payment.groupId, paymentId: payment.id }
}

/** Records a failed attempt unless the payment was already captured; returns the group id when it changed. */
export async function markPaymentFailed(
  tx: Tx,
  input: { provider: string; providerOrderId: string; providerPaymentId: string | null; reason: string },
): Promise<string | null> {
  const rows = await tx
    .update(payments)
    .set({ status: 'failed', errorReason: input.reason, providerPaymentId: input.providerPaymentId ?? undefined })
    .where(
      and(
        eq(payments.provider, input.provider),
        eq(payments.providerOrderId, input.providerOrderId),
        inArray(payments.status, ['created', 'authorized']),
      ),
    )
    .returning({ groupId: payments.groupId })
  return rows[0]?.groupId ?? null
}

/** Records a webhook event id; false when it was recorded before (a redelivery). */
export async function recordPaymentEvent(db: DbOrTx, input: { provider: string; eventId: string; type: string; payload: unknown }) {
  const rows = await db.insert(paymentEvents).values(input).onConflictDoNothing().returning({ id: paymentEvents.id })
  if (rows.length === 1) return { fresh: true as const, id: rows[0]!.id }
  const [existing] = await db
    .select({ id: paymentEvents.id, processedAt: paymentEvents.processedAt })
    .from(paymentEvents)
    .where(and(eq(paymentEvents.provider, input.provider), eq(paymentEvents.eventId, input.eventId)))
  return { fresh: false as const, id: existing?.id ?? null, processed: Boolean(existing?.processedAt) }
}

export async function markPaymentEventProcessed(db: DbOrTx, id: string) {
  await db.update(paymentEvents).set({ processedAt: new Date() }).where(eq(paymentEvents.id, id))
}

/** Payments whose outcome we have not heard, older than `before`, with their group still waiting. */
export async function listUnsettledPayments(db: DbOrTx, input: { before: Date; limit: number }) {
  return db
    .select({ id: payments.id, groupId: payments.groupId, provider: payments.provider, providerOrderId: payments.providerOrderId, amountPaise: payments.amountPaise })
    .from(payments)
    .where(
      and(
        inArray(payments.status, ['created', 'authorized']),
        sql`${payments.createdAt} < ${input.before}`,
        sql`exists (select 1 from ${orders} where ${orders.groupId} = ${payments.groupId} and ${orders.status} = 'pending_payment')`,
      ),
    )
    .limit(input.limit)
}

/** Groups still unpaid past their expiry. */
export async function listExpiredGroups(db: DbOrTx, input: { now: Date; limit: number }) {
  return db
    .selectDistinct({ groupId: orderGroups.id, paymentMethod: orderGroups.paymentMethod })
    .from(orderGroups)
    .innerJoin(orders, eq(orders.groupId, orderGroups.id))
    .where(and(eq(orders.status, 'pending_payment'), sql`${orderGroups.expiresAt} < ${input.now}`))
    .limit(input.limit)
}

// ——— refunds ———

/** Creates the refund intent once per idempotency key; returns the row either way. */
export async function ensureRefund(
  db: DbOrTx,
  input: { orderId: string; paymentId: string | null; amountPaise: number; idempotencyKey: string; reason: string; manual: boolean },
) {
  await db
    .insert(refunds)
    .values({
      orderId: input.orderId,
      paymentId: input.paymentId,
      amountPaise: input.amountPaise,
      idempotencyKey: input.idempotencyKey,
      reason: input.reason,
      status: input.manual ? 'manual' : 'pending',
    })
    .onConflictDoNothing()
  const [row] = await db.select().from(refunds).where(eq(refunds.idempotencyKey, input.idempotencyKey))
  if (!row) throw new Error('refund row missing after insert')
  return row
}

export async function setRefundOutcome(
  db: DbOrTx,
  input: { refundId: string; providerRefundId: string | null; status: 'pending' | 'processed' | 'failed' },
) {
  await db
    .update(refunds)
    .set({ providerRefundId: input.providerRefundId, status: input.status })
    .where(and(eq(refunds.id, input.refundId), inArray(refunds.status, ['pending', 'failed'])))
}

/** refund.processed from the gateway: by its id, or by our key in the refund's notes. */
export async function markRefundProcessed(tx: Tx, input: { providerRefundId: string; idempotencyKey: string | null }) {
  const byProvider = await tx
    .update(refunds)
    .set({ status: 'processed' })
    .where(and(eq(refunds.providerRefundId, input.providerRefundId), inArray(refunds.status, ['pending', 'failed'])))
    .returning({ id: refunds.id, orderId: refunds.orderId, amountPaise: refunds.amountPaise })
  if (byProvider.length > 0 || !input.idempotencyKey) return byProvider[0] ?? null
  const byKey = await tx
    .update(refunds)
    .set({ status: 'processed', providerRefundId: input.providerRefundId })
    .where(and(eq(refunds.idempotencyKey, input.idempotencyKey), inArray(refunds.status, ['pending', 'failed'])))
    .returning({ id: refunds.id, orderId: refunds.orderId, amountPaise: refunds.amountPaise })
  return byKey[0] ?? null
}

export async function capturedPaymentForOrder(db: DbOrTx, orderId: string) {
  const [row] = await db
    .select({ id: payments.id, providerPaymentId: payments.providerPaymentId, provider: payments.provider })
    .from(payments)
    .innerJoin(orders, eq(orders.groupId, payments.groupId))
    .where(and(eq(orders.id, orderId), eq(payments.status, 'captured')))
    .limit(1)
  return row ?? null
}
