import { and, asc, desc, eq, sql } from 'drizzle-orm'
import type { DbOrTx } from '@/db/client'
import { orderEvents, orderItems, orders, returns, shipmentEvents, shipments, stores } from '@/db/schema'

// Rows the fulfilment code (lib/dal/fulfilment.ts) works from. Every read names its scope: the
// store for a seller, the buyer for a buyer; an id alone never reaches another store's order.

export type OrderScope = { storeId: string } | { buyerId: string } | { admin: true }

function scopeWhere(scope: OrderScope) {
  if ('storeId' in scope) return eq(orders.storeId, scope.storeId)
  if ('buyerId' in scope) return eq(orders.buyerId, scope.buyerId)
  return sql`true`
}

export async function findOrderForFulfilment(db: DbOrTx, scope: OrderScope, orderId: string) {
  const [row] = await db
    .select({
      id: orders.id,
      number: orders.number,
      storeId: orders.storeId,
      buyerId: orders.buyerId,
      groupId: orders.groupId,
      status: orders.status,
      paymentMethod: orders.paymentMethod,
      subtotalPaise: orders.subtotalPaise,
      discountPaise: orders.discountPaise,
      totalPaise: orders.totalPaise,
      placedAt: orders.placedAt,
      address: orders.shippingAddress,
      store: {
        name: stores.name,
        pickupName: stores.pickupName,
        pickupPhone: stores.pickupPhone,
        pickupLine1: stores.pickupLine1,
        pickupLine2: stores.pickupLine2,
        pickupCity: stores.pickupCity,
        pickupState: stores.pickupState,
        pickupPin: stores.pickupPin,
        returnWindowDays: stores.returnWindowDays,
      },
    })
    .from(orders)
    .innerJoin(stores, eq(stores.id, orders.storeId))
    .where(and(eq(orders.id, orderId), scopeWhere(scope)))
  return row ?? null
}

export async function orderItemsFor(db: DbOrTx, orderId: string) {
  return db.select().from(orderItems).where(eq(orderItems.orderId, orderId)).orderBy(asc(orderItems.createdAt), asc(orderItems.id))
}

export async function orderEventsFor(db: DbOrTx, orderId: string) {
  return db.select().from(orderEvents).where(eq(orderEvents.orderId, orderId)).orderBy(asc(orderEvents.createdAt), asc(orderEvents.id))
}

export async function deliveredAt(db: DbOrTx, orderId: string): Promise<Date | null> {
  const [row] = await db
    .select({ at: orderEvents.createdAt })
    .from(orderEvents)
    .where(and(eq(orderEvents.orderId, orderId), eq(orderEvents.toStatus, 'delivered')))
    .orderBy(asc(orderEvents.createdAt))
    .limit(1)
  return row?.at ?? null
}

export async function shipmentFor(db: DbOrTx, orderId: string, isReturn: boolean) {
  const [row] = await db
    .select()
    .from(shipments)
    .where(and(eq(shipments.orderId, orderId), eq(shipments.isReturn, isReturn)))
    .orderBy(desc(shipments.createdAt))
    .limit(1)
  return row ?? null
}

export async function shipmentByAwb(db: DbOrTx, provider: string, awb: string) {
  const [row] = await db.select().from(shipments).where(and(eq(shipments.provider, provider), eq(shipments.awb, awb)))
  return row ?? null
}

export async function shipmentEventsFor(db: DbOrTx, shipmentId: string) {
  return db.select().from(shipmentEvents).where(eq(shipmentEvents.shipmentId, shipmentId)).orderBy(asc(shipmentEvents.occurredAt))
}

export async function latestReturn(db: DbOrTx, orderId: string) {
  const [row] = await db.select().from(returns).where(eq(returns.orderId, orderId)).orderBy(desc(returns.createdAt)).limit(1)
  return row ?? null
}
