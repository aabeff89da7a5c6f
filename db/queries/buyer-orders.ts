import { and, asc, count, desc, eq, inArray, sql } from 'drizzle-orm'
import type { DbOrTx } from '@/db/client'
import {
  orderEvents,
  orderGroups,
  orderItems,
  orders,
  payments,
  products,
  refunds,
  returns,
  reviews,
  shipmentEvents,
  shipments,
  stores,
} from '@/db/schema'

// The buyer's own orders (SPEC §4.3–4.5). Every query names the buyer in its where clause, so an
// order id from the URL never reaches someone else's order, its items, its parcel or its refunds.

const own = (buyerId: string, orderId: string) => and(eq(orders.id, orderId), eq(orders.buyerId, buyerId))

/** One page of the buyer's orders, newest first; orders of one checkout stay next to each other. */
export async function listBuyerOrders(db: DbOrTx, buyerId: string, page: { limit: number; offset: number }) {
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: orders.id,
        number: orders.number,
        groupId: orders.groupId,
        status: orders.status,
        paymentMethod: orders.paymentMethod,
        totalPaise: orders.totalPaise,
        placedAt: orders.placedAt,
        storeName: stores.name,
        storeSlug: stores.slug,
      })
      .from(orders)
      .innerJoin(stores, eq(stores.id, orders.storeId))
      .where(eq(orders.buyerId, buyerId))
      .orderBy(desc(orders.placedAt), desc(orders.groupId), asc(orders.number))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ n: count() }).from(orders).where(eq(orders.buyerId, buyerId)),
  ])
  if (rows.length === 0) return { rows: [], total: total?.n ?? 0 }

  const orderIds = rows.map((r) => r.id)
  const groupIds = [...new Set(rows.map((r) => r.groupId))]
  const [firstItems, groupSizes] = await Promise.all([
    db
      .selectDistinctOn([orderItems.orderId], {
        orderId: orderItems.orderId,
        title: orderItems.title,
        variantTitle: orderItems.variantTitle,
        imageUrl: orderItems.imageUrl,
        lineCount: sql<number>`count(*) over (partition by ${orderItems.orderId})`.mapWith(Number),
      })
      .from(orderItems)
      .innerJoin(orders, eq(orders.id, orderItems.orderId))
      .where(and(eq(orders.buyerId, buyerId), inArray(orderItems.orderId, orderIds)))
      .orderBy(orderItems.orderId, asc(orderItems.createdAt), asc(orderItems.id)),
    db
      .select({ groupId: orders.groupId, orders: count() })
      .from(orders)
      .where(and(eq(orders.buyerId, buyerId), inArray(orders.groupId, groupIds)))
      .groupBy(orders.groupId),
  ])
  const itemOf = new Map(firstItems.map((i) => [i.orderId, i]))
  const sizeOf = new Map(groupSizes.map((g) => [g.groupId, g.orders]))
  return {
    rows: rows.map((r) => {
      const item = itemOf.get(r.id)
      return {
        ...r,
        firstItem: item ? { title: item.title, variantTitle: item.variantTitle, imageUrl: item.imageUrl } : null,
        lineCount: item?.lineCount ?? 0,
        ordersInGroup: sizeOf.get(r.groupId) ?? 1,
      }
    }),
    total: total?.n ?? 0,
  }
}
export type BuyerOrderRow = Awaited<ReturnType<typeof listBuyerOrders>>['rows'][number]

export async function findBuyerOrder(db: DbOrTx, buyerId: string, orderId: string) {
  const [row] = await db
    .select({
      id: orders.id,
      number: orders.number,
      groupId: orders.groupId,
      status: orders.status,
      paymentMethod: orders.paymentMethod,
      subtotalPaise: orders.subtotalPaise,
      discountPaise: orders.discountPaise,
      shippingPaise: orders.shippingPaise,
      totalPaise: orders.totalPaise,
      placedAt: orders.placedAt,
      address: orders.shippingAddress,
      groupExpiresAt: orderGroups.expiresAt,
      store: { id: stores.id, name: stores.name, slug: stores.slug, returnWindowDays: stores.returnWindowDays },
    })
    .from(orders)
    .innerJoin(stores, eq(stores.id, orders.storeId))
    .innerJoin(orderGroups, eq(orderGroups.id, orders.groupId))
    .where(own(buyerId, orderId))
  return row ?? null
}

export async function buyerOrderItems(db: DbOrTx, buyerId: string, orderId: string) {
  return db
    .select({
      id: orderItems.id,
      productId: orderItems.productId,
      productSlug: products.slug,
      title: orderItems.title,
      variantTitle: orderItems.variantTitle,
      imageUrl: orderItems.imageUrl,
      unitPricePaise: orderItems.unitPricePaise,
      quantity: orderItems.quantity,
      totalPaise: orderItems.totalPaise,
      reviewId: reviews.id,
    })
    .from(orderItems)
    .innerJoin(orders, eq(orders.id, orderItems.orderId))
    .innerJoin(products, eq(products.id, orderItems.productId))
    .leftJoin(reviews, eq(reviews.orderItemId, orderItems.id))
    .where(own(buyerId, orderId))
    .orderBy(asc(orderItems.createdAt), asc(orderItems.id))
}

export async function buyerOrderEvents(db: DbOrTx, buyerId: string, orderId: string) {
  return db
    .select({
      id: orderEvents.id,
      fromStatus: orderEvents.fromStatus,
      toStatus: orderEvents.toStatus,
      actorRole: orderEvents.actorRole,
      note: orderEvents.note,
      createdAt: orderEvents.createdAt,
    })
    .from(orderEvents)
    .innerJoin(orders, eq(orders.id, orderEvents.orderId))
    .where(own(buyerId, orderId))
    .orderBy(asc(orderEvents.createdAt), asc(orderEvents.id))
}

/** The order's parcels, the outbound one and any return pickup, newest first. */
export async function buyerOrderShipments(db: DbOrTx, buyerId: string, orderId: string) {
  return db
    .select({
      id: shipments.id,
      isReturn: shipments.isReturn,
      status: shipments.status,
      courier: shipments.courier,
      awb: shipments.awb,
      trackingUrl: shipments.trackingUrl,
      deliveredAt: shipments.deliveredAt,
      createdAt: shipments.createdAt,
    })
    .from(shipments)
    .innerJoin(orders, eq(orders.id, shipments.orderId))
    .where(own(buyerId, orderId))
    .orderBy(desc(shipments.createdAt), desc(shipments.id))
}

/** Every courier scan of every parcel of the order, oldest first. */
export async function buyerShipmentScans(db: DbOrTx, buyerId: string, orderId: string) {
  return db
    .select({
      id: shipmentEvents.id,
      shipmentId: shipmentEvents.shipmentId,
      isReturn: shipments.isReturn,
      status: shipmentEvents.status,
      location: shipmentEvents.location,
      description: shipmentEvents.description,
      occurredAt: shipmentEvents.occurredAt,
    })
    .from(shipmentEvents)
    .innerJoin(shipments, eq(shipments.id, shipmentEvents.shipmentId))
    .innerJoin(orders, eq(orders.id, shipments.orderId))
    .where(own(buyerId, orderId))
    .orderBy(asc(shipmentEvents.occurredAt), asc(shipmentEvents.id))
}

export async function buyerOrderRefunds(db: DbOrTx, buyerId: string, orderId: string) {
  return db
    .select({
      id: refunds.id,
      amountPaise: refunds.amountPaise,
      status: refunds.status,
      createdAt: refunds.createdAt,
      updatedAt: refunds.updatedAt,
    })
    .from(refunds)
    .innerJoin(orders, eq(orders.id, refunds.orderId))
    .where(own(buyerId, orderId))
    .orderBy(asc(refunds.createdAt), asc(refunds.id))
}

export async function buyerLatestReturn(db: DbOrTx, buyerId: string, orderId: string) {
  const [row] = await db
    .select({
      id: returns.id,
      reason: returns.reason,
      details: returns.details,
      photos: returns.photos,
      status: returns.status,
      decisionNote: returns.decisionNote,
      decidedAt: returns.decidedAt,
      createdAt: returns.createdAt,
    })
    .from(returns)
    .innerJoin(orders, eq(orders.id, returns.orderId))
    .where(own(buyerId, orderId))
    .orderBy(desc(returns.createdAt), desc(returns.id))
    .limit(1)
  return row ?? null
}

/** How the checkout was actually paid (the gateway's method, e.g. "card"), once it was paid. */
export async function buyerPaidMethod(db: DbOrTx, buyerId: string, groupId: string): Promise<string | null> {
  const [row] = await db
    .select({ method: payments.method })
    .from(payments)
    .innerJoin(orderGroups, eq(orderGroups.id, payments.groupId))
    .where(and(eq(payments.groupId, groupId), eq(orderGroups.buyerId, buyerId), inArray(payments.status, ['captured', 'refunded'])))
    .orderBy(desc(payments.updatedAt))
    .limit(1)
  return row?.method ?? null
}

/** The whole order page's data, or null when the order is not this buyer's. */
export async function loadBuyerOrder(db: DbOrTx, buyerId: string, orderId: string) {
  const order = await findBuyerOrder(db, buyerId, orderId)
  if (!order) return null
  const [items, events, parcels, scans, refundRows, latestReturn, paidMethod] = await Promise.all([
    buyerOrderItems(db, buyerId, orderId),
    buyerOrderEvents(db, buyerId, orderId),
    buyerOrderShipments(db, buyerId, orderId),
    buyerShipmentScans(db, buyerId, orderId),
    buyerOrderRefunds(db, buyerId, orderId),
    buyerLatestReturn(db, buyerId, orderId),
    buyerPaidMethod(db, buyerId, order.groupId),
  ])
  return { order, items, events, shipments: parcels, scans, refunds: refundRows, latestReturn, paidMethod }
}
export type BuyerOrderData = NonNullable<Awaited<ReturnType<typeof loadBuyerOrder>>>
