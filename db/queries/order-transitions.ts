import { and, eq, inArray, sql } from 'drizzle-orm'
import type { Tx } from '@/db/client'
import { couponRedemptions, coupons, orderEvents, orderItems, orders, products } from '@/db/schema'
import { allowedFrom, holdsStock, type OrderActor, type OrderStatus } from '@/lib/domain/order-state'
import { executeRows } from './execute-rows'
import { releaseOrderStock } from './place-order'

export type TransitionInput = {
  orderId: string
  to: OrderStatus
  actor: OrderActor
  actorId: string | null
  note?: string | null
  /** Narrow the allowed starting states further (e.g. only from 'pending_payment'). */
  onlyFrom?: readonly OrderStatus[]
}

export type TransitionResult = { changed: true; from: OrderStatus } | { changed: false; current: OrderStatus | null }

/**
 * The one way an order changes state: a compare-and-set on `status` against the states the
 * machine allows for this actor, then an order_events row. A repeated or out-of-order request
 * finds the order elsewhere and changes nothing. Side effects that belong to the state change
 * itself happen in the same transaction: stock goes back when an order that held it is
 * cancelled, the coupon is given back when an unpaid order is, and sales are counted when an
 * order is confirmed.
 */
export async function transitionOrder(tx: Tx, input: TransitionInput): Promise<TransitionResult> {
  let from = allowedFrom(input.to, input.actor)
  if (input.onlyFrom) from = from.filter((s) => input.onlyFrom?.includes(s))
  if (from.length === 0) return { changed: false, current: await currentStatus(tx, input.orderId) }

  // Read the old state inside the same statement: UPDATE … FROM a locked self-select.
  const [row] = await executeRows<{ from_status: OrderStatus; coupon_id: string | null }>(tx, sql`
    update ${orders} set status = ${input.to}, updated_at = now()
    from (select id, status as from_status from ${orders} where id = ${input.orderId} for update) old
    where ${orders.id} = old.id and old.from_status in (${sql.join(
      from.map((s) => sql`${s}::order_status`),
      sql`, `,
    )})
    returning old.from_status, ${orders.couponId} as coupon_id`)
  if (!row) return { changed: false, current: await currentStatus(tx, input.orderId) }
  const previous = row.from_status

  await tx.insert(orderEvents).values({
    orderId: input.orderId,
    fromStatus: previous,
    toStatus: input.to,
    actorId: input.actorId,
    actorRole: input.actor,
    note: input.note ?? null,
  })

  if (input.to === 'cancelled' && holdsStock(previous)) {
    await releaseOrderStock(tx, { orderId: input.orderId, actorId: input.actorId, reason: 'order_cancelled' })
  }
  if (input.to === 'cancelled' && previous === 'pending_payment' && row.coupon_id) {
    const released = await tx
      .delete(couponRedemptions)
      .where(and(eq(couponRedemptions.couponId, row.coupon_id), eq(couponRedemptions.orderId, input.orderId)))
      .returning({ id: couponRedemptions.id })
    if (released.length > 0) {
      await tx
        .update(coupons)
        .set({ usedCount: sql`greatest(${coupons.usedCount} - 1, 0)` })
        .where(eq(coupons.id, row.coupon_id))
    }
  }
  if (input.to === 'confirmed') {
    const items = await tx
      .select({ productId: orderItems.productId, quantity: orderItems.quantity })
      .from(orderItems)
      .where(eq(orderItems.orderId, input.orderId))
    for (const item of items) {
      await tx
        .update(products)
        .set({ soldCount: sql`${products.soldCount} + ${item.quantity}` })
        .where(eq(products.id, item.productId))
    }
  }
  return { changed: true, from: previous }
}

/** Moves every order of a group that can make the transition; returns the ids that moved. */
export async function transitionGroup(
  tx: Tx,
  input: Omit<TransitionInput, 'orderId'> & { groupId: string },
): Promise<{ orderId: string; from: OrderStatus }[]> {
  const ids = await tx.select({ id: orders.id }).from(orders).where(eq(orders.groupId, input.groupId)).orderBy(orders.id)
  const moved: { orderId: string; from: OrderStatus }[] = []
  for (const { id } of ids) {
    const result = await transitionOrder(tx, { ...input, orderId: id })
    if (result.changed) moved.push({ orderId: id, from: result.from })
  }
  return moved
}

export async function currentStatus(tx: Tx, orderId: string): Promise<OrderStatus | null> {
  const [row] = await tx.select({ status: orders.status }).from(orders).where(eq(orders.id, orderId))
  return row?.status ?? null
}

export async function statusesOf(tx: Tx, orderIds: string[]): Promise<Map<string, OrderStatus>> {
  if (orderIds.length === 0) return new Map()
  const rows = await tx.select({ id: orders.id, status: orders.status }).from(orders).where(inArray(orders.id, orderIds))
  return new Map(rows.map((r) => [r.id, r.status]))
}
