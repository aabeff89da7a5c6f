import 'server-only'

import { and, eq, inArray } from 'drizzle-orm'
import type { Db } from '@/db/client'
import { returns, shipmentEvents, shipments } from '@/db/schema'
import { transitionOrder } from '@/db/queries/order-transitions'
import {
  deliveredAt,
  findOrderForFulfilment,
  latestReturn,
  orderItemsFor,
  shipmentByAwb,
  shipmentFor,
  type OrderScope,
} from '@/db/queries/fulfilment'
import { ActionError } from '@/lib/actions/errors'
import type { OrderActor } from '@/lib/domain/order-state'
import type { OrderNotice } from '@/lib/notifications/order-events'
import type { ShipmentStatus, ShippingService, TrackingWebhook } from '@/lib/services/shipping'
import { issueRefund, type PaymentDeps } from './payments'

/**
 * What happens to an order after it is paid (SPEC §4.1–4.5): packing, shipping through the
 * courier, cancellation with its refund, tracking updates, returns. Each step is a state-machine
 * transition (db/queries/order-transitions.ts) scoped to who may take it.
 */

export type FulfilmentDeps = PaymentDeps & {
  shipping: ShippingService
  /** The shipping driver's name, stored on each shipment (getServiceConfig().shipping.driver). */
  shippingProvider: string
  notify: (db: Db, notice: OrderNotice) => Promise<void>
}

async function orderIn(deps: FulfilmentDeps, scope: OrderScope, orderId: string) {
  const order = await findOrderForFulfilment(deps.db, scope, orderId)
  if (!order) throw new ActionError('not_found', 'We could not find that order.')
  return order
}

function refused(current: string | null, what: string): never {
  throw new ActionError('conflict', `This order is ${current?.replaceAll('_', ' ') ?? 'gone'}, so it can't be ${what} now. Refresh to see its latest state.`)
}

export async function packOrder(deps: FulfilmentDeps, input: { storeId: string; orderId: string; actorId: string }) {
  await orderIn(deps, { storeId: input.storeId }, input.orderId)
  const result = await deps.db.transaction((tx) => transitionOrder(tx, { orderId: input.orderId, to: 'packed', actor: 'seller', actorId: input.actorId }))
  if (!result.changed) refused(result.current, 'packed')
}

/**
 * Books the parcel with the courier (order, AWB, pickup, label) and marks the order shipped.
 * Safe to retry: a shipment already booked for the order is reused and only the missing steps run.
 */
export async function shipOrder(deps: FulfilmentDeps, input: { storeId: string; orderId: string; actorId: string }) {
  const order = await orderIn(deps, { storeId: input.storeId }, input.orderId)
  if (order.status !== 'packed' && order.status !== 'confirmed') refused(order.status, 'shipped')
  const items = await orderItemsFor(deps.db, order.id)
  const provider = deps.shippingProvider
  let shipment = await shipmentFor(deps.db, order.id, false)
  if (!shipment || shipment.status === 'cancelled') {
    const weightGrams = Math.max(100, items.reduce((sum, i) => sum + 500 * i.quantity, 0))
    const created = await deps.shipping.createShipment({
      orderNumber: order.number,
      orderDate: order.placedAt,
      pickup: pickupOf(order.store),
      delivery: { ...order.address, line2: order.address.line2 ?? null, landmark: order.address.landmark ?? null },
      items: items.map((i) => ({ name: i.variantTitle ? `${i.title} (${i.variantTitle})` : i.title, sku: i.sku ?? i.id.slice(0, 12), units: i.quantity, unitPricePaise: i.unitPricePaise })),
      paymentMode: order.paymentMethod === 'cod' ? 'cod' : 'prepaid',
      subtotalPaise: order.totalPaise,
      weightGrams,
      dimensionsCm: { length: 20, breadth: 15, height: 10 },
    })
    const [row] = await deps.db
      .insert(shipments)
      .values({ orderId: order.id, provider, providerOrderId: created.providerOrderId, providerShipmentId: created.providerShipmentId, status: 'created' })
      .returning()
    shipment = row!
  }
  const shipmentId = shipment.providerShipmentId!
  if (!shipment.awb) {
    const awb = await deps.shipping.assignAwb(shipmentId)
    await deps.db.update(shipments).set({ awb: awb.awb, courier: awb.courier, trackingUrl: awb.trackingUrl }).where(eq(shipments.id, shipment.id))
  }
  if (!shipment.pickupScheduledAt) {
    const pickup = await deps.shipping.schedulePickup(shipmentId)
    await deps.db.update(shipments).set({ pickupScheduledAt: pickup.pickupScheduledAt, status: 'pickup_scheduled' }).where(eq(shipments.id, shipment.id))
  }
  if (!shipment.labelUrl) {
    const label = await deps.shipping.label(shipmentId)
    await deps.db.update(shipments).set({ labelUrl: label.labelUrl }).where(eq(shipments.id, shipment.id))
  }
  const moved = await deps.db.transaction((tx) => transitionOrder(tx, { orderId: order.id, to: 'shipped', actor: 'seller', actorId: input.actorId }))
  if (moved.changed) await deps.notify(deps.db, { type: 'order.shipped', orderId: order.id })
  return shipmentFor(deps.db, order.id, false)
}

function pickupOf(store: NonNullable<Awaited<ReturnType<typeof findOrderForFulfilment>>>['store']) {
  return {
    name: store.pickupName,
    phone: store.pickupPhone,
    line1: store.pickupLine1,
    line2: store.pickupLine2,
    city: store.pickupCity,
    state: store.pickupState,
    pin: store.pickupPin,
  }
}

/**
 * Cancels before the parcel ships, by the buyer, the seller or an admin. Stock goes back (in the
 * transition), a booked courier pickup is cancelled, and a paid order is refunded in full.
 */
export async function cancelOrder(
  deps: FulfilmentDeps,
  input: { scope: OrderScope; orderId: string; actor: Exclude<OrderActor, 'system'>; actorId: string; reason: string },
) {
  const order = await orderIn(deps, input.scope, input.orderId)
  const result = await deps.db.transaction((tx) =>
    transitionOrder(tx, { orderId: order.id, to: 'cancelled', actor: input.actor, actorId: input.actorId, note: input.reason }),
  )
  if (!result.changed) refused(result.current, 'cancelled')
  const shipment = await shipmentFor(deps.db, order.id, false)
  if (shipment?.providerOrderId && shipment.status !== 'cancelled') {
    try {
      await deps.shipping.cancel(shipment.providerOrderId)
      await deps.db.update(shipments).set({ status: 'cancelled' }).where(eq(shipments.id, shipment.id))
    } catch (error) {
      console.error('[fulfilment] courier cancellation failed', order.number, error)
    }
  }
  await deps.notify(deps.db, { type: 'order.cancelled', orderId: order.id, by: input.actor, reason: input.reason })
  if (result.from !== 'pending_payment' && order.paymentMethod !== 'cod') {
    await issueRefund(deps, { orderId: order.id, amountPaise: order.totalPaise, key: `cancel-${order.id}`, reason: `Cancelled by ${input.actor}: ${input.reason}` })
  }
}

export async function requestReturn(
  deps: FulfilmentDeps,
  input: { buyerId: string; orderId: string; reason: string; details: string | null; photos: string[]; now?: Date },
) {
  const order = await orderIn(deps, { buyerId: input.buyerId }, input.orderId)
  if (order.status !== 'delivered') refused(order.status, 'returned')
  const delivered = await deliveredAt(deps.db, order.id)
  const now = input.now ?? new Date()
  const windowEnds = delivered ? new Date(delivered.getTime() + order.store.returnWindowDays * 86_400_000) : null
  if (!windowEnds || windowEnds < now)
    throw new ActionError('conflict', `Returns for this order closed ${order.store.returnWindowDays} days after delivery.`)
  await deps.db.transaction(async (tx) => {
    const moved = await transitionOrder(tx, { orderId: order.id, to: 'return_requested', actor: 'buyer', actorId: input.buyerId, note: input.reason })
    if (!moved.changed) refused(moved.current, 'returned')
    await tx.insert(returns).values({ orderId: order.id, reason: input.reason, details: input.details, photos: input.photos })
  })
  await deps.notify(deps.db, { type: 'return.requested', orderId: order.id })
}

/** The seller accepts (a reverse pickup is booked) or rejects (the order goes back to delivered). */
export async function decideReturn(
  deps: FulfilmentDeps,
  input: { storeId: string; orderId: string; approve: boolean; note: string | null; actorId: string },
) {
  const order = await orderIn(deps, { storeId: input.storeId }, input.orderId)
  const request = await latestReturn(deps.db, order.id)
  if (!request || request.status !== 'requested') refused(order.status, 'decided on')
  await deps.db.transaction(async (tx) => {
    const moved = await transitionOrder(tx, {
      orderId: order.id,
      to: input.approve ? 'return_approved' : 'delivered',
      actor: 'seller',
      actorId: input.actorId,
      note: input.note ?? (input.approve ? 'Return approved' : 'Return rejected'),
    })
    if (!moved.changed) refused(moved.current, 'decided on')
    await tx
      .update(returns)
      .set({ status: input.approve ? 'approved' : 'rejected', decidedBy: input.actorId, decidedAt: new Date(), decisionNote: input.note })
      .where(and(eq(returns.id, request.id), eq(returns.status, 'requested')))
  })
  await deps.notify(deps.db, { type: 'return.decided', orderId: order.id, approved: input.approve })
  if (input.approve) await bookReturnPickup(deps, order)
}

async function bookReturnPickup(deps: FulfilmentDeps, order: NonNullable<Awaited<ReturnType<typeof findOrderForFulfilment>>>) {
  if (await shipmentFor(deps.db, order.id, true)) return
  try {
    const items = await orderItemsFor(deps.db, order.id)
    const created = await deps.shipping.createReturn({
      orderNumber: `${order.number}-R`,
      originalOrderNumber: order.number,
      orderDate: new Date(),
      pickup: { name: order.address.name, phone: order.address.phone, line1: order.address.line1, line2: order.address.line2, city: order.address.city, state: order.address.state, pin: order.address.pin },
      delivery: { ...pickupOf(order.store), landmark: null },
      items: items.map((i) => ({ name: i.title, sku: i.sku ?? i.id.slice(0, 12), units: i.quantity, unitPricePaise: i.unitPricePaise })),
      subtotalPaise: order.totalPaise,
      weightGrams: Math.max(100, items.reduce((sum, i) => sum + 500 * i.quantity, 0)),
      dimensionsCm: { length: 20, breadth: 15, height: 10 },
    })
    const [row] = await deps.db
      .insert(shipments)
      .values({ orderId: order.id, provider: deps.shippingProvider, providerOrderId: created.providerOrderId, providerShipmentId: created.providerShipmentId, isReturn: true })
      .returning()
    const awb = await deps.shipping.assignAwb(created.providerShipmentId, { isReturn: true })
    await deps.db.update(shipments).set({ awb: awb.awb, courier: awb.courier, trackingUrl: awb.trackingUrl }).where(eq(shipments.id, row!.id))
    const pickup = await deps.shipping.schedulePickup(created.providerShipmentId)
    await deps.db.update(shipments).set({ pickupScheduledAt: pickup.pickupScheduledAt, status: 'pickup_scheduled' }).where(eq(shipments.id, row!.id))
  } catch (error) {
    // The seller can still mark the parcel received by hand; the return stays approved.
    console.error('[fulfilment] could not book the return pickup', order.number, error)
  }
}

/** The returned parcel reached the seller (by courier scan or by the seller's hand): refund it. */
export async function completeReturn(deps: FulfilmentDeps, input: { scope: OrderScope; orderId: string; actor: 'seller' | 'admin' | 'system'; actorId: string | null }) {
  const order = await orderIn(deps, input.scope, input.orderId)
  const moved = await deps.db.transaction(async (tx) => {
    const result = await transitionOrder(tx, { orderId: order.id, to: 'returned', actor: input.actor, actorId: input.actorId, note: 'Return received' })
    if (result.changed) await tx.update(returns).set({ status: 'received' }).where(and(eq(returns.orderId, order.id), eq(returns.status, 'approved')))
    return result
  })
  if (!moved.changed && moved.current !== 'returned') refused(moved.current, 'marked returned')
  await refundReturned(deps, order)
}

async function refundReturned(deps: FulfilmentDeps, order: { id: string; totalPaise: number; paymentMethod: string }) {
  const refund = await issueRefund(deps, { orderId: order.id, amountPaise: order.totalPaise, key: `return-${order.id}`, reason: 'Return received' })
  if (refund.status === 'manual') {
    // COD: the money goes back by bank transfer, recorded for the finance team.
    await deps.db.transaction((tx) => transitionOrder(tx, { orderId: order.id, to: 'refunded', actor: 'system', actorId: null, note: 'Refund recorded for bank transfer' }))
    await deps.db.update(returns).set({ status: 'refunded' }).where(and(eq(returns.orderId, order.id), inArray(returns.status, ['received'])))
  }
}

const ORDER_STEP: Partial<Record<ShipmentStatus, 'shipped' | 'out_for_delivery' | 'delivered' | 'rto'>> = {
  picked_up: 'shipped',
  in_transit: 'shipped',
  out_for_delivery: 'out_for_delivery',
  delivered: 'delivered',
  rto_initiated: 'rto',
  rto_delivered: 'rto',
}

/**
 * A courier update (webhook or poll): new scans are stored once each, the shipment's status
 * follows, and the order moves forward — never back, so late or repeated scans change nothing.
 */
export async function applyTrackingUpdate(deps: FulfilmentDeps, update: Pick<TrackingWebhook, 'awb' | 'status' | 'scans'>) {
  const shipment = await shipmentByAwb(deps.db, deps.shippingProvider, update.awb)
  if (!shipment) return { applied: false as const, reason: 'unknown awb' }
  if (update.scans.length > 0) {
    await deps.db
      .insert(shipmentEvents)
      .values(update.scans.map((s) => ({ shipmentId: shipment.id, status: s.status, location: s.location, description: s.label, occurredAt: s.occurredAt, dedupeKey: s.dedupeKey })))
      .onConflictDoNothing()
  }
  await deps.db
    .update(shipments)
    .set({ status: update.status, deliveredAt: update.status === 'delivered' ? (update.scans.at(-1)?.occurredAt ?? new Date()) : shipment.deliveredAt })
    .where(eq(shipments.id, shipment.id))

  if (shipment.isReturn) {
    if (update.status === 'delivered') await completeReturn(deps, { scope: { admin: true }, orderId: shipment.orderId, actor: 'system', actorId: null }).catch(() => undefined)
    return { applied: true as const }
  }
  const target = ORDER_STEP[update.status]
  if (!target) return { applied: true as const }
  const moved = await deps.db.transaction(async (tx) => {
    // A delivery scan may arrive before the order was marked shipped by the seller's action.
    if (target !== 'shipped') await transitionOrder(tx, { orderId: shipment.orderId, to: 'shipped', actor: 'system', actorId: null, note: 'Picked up by courier' })
    return transitionOrder(tx, { orderId: shipment.orderId, to: target, actor: 'system', actorId: null, note: update.scans.at(-1)?.label ?? null })
  })
  if (moved.changed) {
    if (target === 'shipped') await deps.notify(deps.db, { type: 'order.shipped', orderId: shipment.orderId })
    if (target === 'out_for_delivery') await deps.notify(deps.db, { type: 'order.out_for_delivery', orderId: shipment.orderId })
    if (target === 'delivered') await deps.notify(deps.db, { type: 'order.delivered', orderId: shipment.orderId })
    if (target === 'rto') {
      const order = await findOrderForFulfilment(deps.db, { admin: true }, shipment.orderId)
      if (order && order.paymentMethod !== 'cod')
        await issueRefund(deps, { orderId: order.id, amountPaise: order.totalPaise, key: `rto-${order.id}`, reason: 'Returned to seller by the courier' })
    }
  }
  return { applied: true as const }
}
