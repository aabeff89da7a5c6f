import 'server-only'

import { z } from 'zod'
import type { Db } from '@/db/client'
import { buyerOrderItems, findBuyerOrder, listBuyerOrders, loadBuyerOrder, type BuyerOrderData } from '@/db/queries/buyer-orders'
import { ActionError } from '@/lib/actions/errors'
import { buyerMayCancel, fulfilmentStep, orderStatusLabel, type OrderStatus } from '@/lib/domain/order-state'
import type { StorageService } from '@/lib/services/storage/types'
import {
  CANCEL_REASON_LABELS,
  RETURN_REASON_LABELS,
  returnEligibility,
  type CancelOrderInput,
  type RequestReturnInput,
  type ReturnEligibility,
} from '@/lib/validations/returns'
import { cancelOrder, requestReturn, type FulfilmentDeps } from './fulfilment'
import { withStoredPhotos } from './photo-uploads'

// The buyer's orders (SPEC §4.3–4.5). Callers pass the signed-in buyer's id (requireUser in a
// page, the userAction context in an action); every read and write is scoped to it, so another
// buyer's order id is "not found", never shown or changed.

export const BUYER_ORDERS_PAGE_SIZE = 20
const REVIEWABLE: readonly OrderStatus[] = ['delivered', 'return_requested', 'return_approved', 'returned', 'refunded']

const isUuid = (value: string) => z.uuid().safeParse(value).success
const iso = (d: Date | null | undefined) => d?.toISOString() ?? null

/** `?page=` as a page number; anything odd is page 1. */
export function parseOrdersPage(raw: string | string[] | undefined): number {
  return z.coerce.number().int().min(1).max(10_000).catch(1).parse(Array.isArray(raw) ? raw[0] : raw)
}

export type BuyerOrderCard = {
  id: string
  number: string
  status: BuyerOrderData['order']['status']
  statusLabel: string
  placedAt: string
  storeName: string
  storeSlug: string
  totalPaise: number
  firstItem: { title: string; variantTitle: string | null; imageUrl: string | null } | null
  /** Lines after the first ("and 2 more"). */
  moreLines: number
}

/** Consecutive orders from one checkout; `together` when the checkout made more than one order (`size`, on any page). */
export type BuyerOrderSection = { groupId: string; together: boolean; size: number; orders: BuyerOrderCard[] }

export async function getBuyerOrders(db: Db, buyerId: string, page: number) {
  const { rows, total } = await listBuyerOrders(db, buyerId, { limit: BUYER_ORDERS_PAGE_SIZE, offset: (page - 1) * BUYER_ORDERS_PAGE_SIZE })
  const sections: BuyerOrderSection[] = []
  for (const row of rows) {
    const card: BuyerOrderCard = {
      id: row.id,
      number: row.number,
      status: row.status,
      statusLabel: orderStatusLabel(row.status),
      placedAt: row.placedAt.toISOString(),
      storeName: row.storeName,
      storeSlug: row.storeSlug,
      totalPaise: row.totalPaise,
      firstItem: row.firstItem,
      moreLines: Math.max(0, row.lineCount - 1),
    }
    const last = sections.at(-1)
    if (last && last.groupId === row.groupId) last.orders.push(card)
    else sections.push({ groupId: row.groupId, together: row.ordersInGroup > 1, size: row.ordersInGroup, orders: [card] })
  }
  return { page, total, pageCount: Math.max(1, Math.ceil(total / BUYER_ORDERS_PAGE_SIZE)), sections }
}
export type BuyerOrderList = Awaited<ReturnType<typeof getBuyerOrders>>

function firstDelivery(events: BuyerOrderData['events']): Date | null {
  return events.find((e) => e.toStatus === 'delivered')?.createdAt ?? null
}

/** Everything the order page shows, as plain data (ISO times, photo URLs); null when not the buyer's. */
export async function getBuyerOrderView(db: Db, storage: Pick<StorageService, 'url'>, buyerId: string, orderId: string, now = new Date()) {
  if (!isUuid(orderId)) return null
  const data = await loadBuyerOrder(db, buyerId, orderId)
  if (!data) return null
  const { order } = data
  const deliveredAt = firstDelivery(data.events)
  const returns = returnEligibility({ status: order.status, deliveredAt, returnWindowDays: order.store.returnWindowDays, now })
  const mayCancel = buyerMayCancel(order.status)
  const prepaid = order.paymentMethod !== 'cod'
  // A prepaid order is confirmed only by a verified payment (SPEC §3.7).
  const wasPaid = prepaid && data.events.some((e) => e.toStatus === 'confirmed')
  const parcel = (isReturn: boolean) => {
    const s = data.shipments.find((p) => p.isReturn === isReturn && p.status !== 'cancelled')
    return s ? { courier: s.courier, awb: s.awb, trackingUrl: s.trackingUrl, status: s.status } : null
  }
  return {
    id: order.id,
    number: order.number,
    status: order.status,
    statusLabel: orderStatusLabel(order.status),
    step: fulfilmentStep(order.status),
    placedAt: order.placedAt.toISOString(),
    paymentDueBy: order.status === 'pending_payment' ? iso(order.groupExpiresAt) : null,
    store: order.store,
    mayCancel,
    /** What a cancellation would refund to the original payment method; null when nothing was paid online. */
    cancelRefundPaise: mayCancel && prepaid && order.status !== 'pending_payment' ? order.totalPaise : null,
    returns: serialiseEligibility(returns),
    events: data.events.map((e) => ({ ...e, createdAt: e.createdAt.toISOString() })),
    scans: data.scans.map((s) => ({ ...s, occurredAt: s.occurredAt.toISOString() })),
    shipment: parcel(false),
    returnShipment: parcel(true),
    /** Lines may be reviewed once the parcel was in the buyer's hands, returned or not. */
    reviewable: deliveredAt !== null && REVIEWABLE.includes(order.status),
    items: data.items.map(({ reviewId, ...item }) => ({ ...item, reviewed: reviewId !== null })),
    price: {
      subtotalPaise: order.subtotalPaise,
      discountPaise: order.discountPaise,
      shippingPaise: order.shippingPaise,
      totalPaise: order.totalPaise,
      method: order.paymentMethod,
      /** The gateway's own method ("card", "upi"…) when the buyer switched at checkout. */
      paidMethod: data.paidMethod,
      paid: wasPaid,
    },
    address: order.address,
    refunds: data.refunds.map((r) => ({ id: r.id, amountPaise: r.amountPaise, status: r.status, createdAt: r.createdAt.toISOString(), updatedAt: r.updatedAt.toISOString() })),
    latestReturn: data.latestReturn
      ? {
          status: data.latestReturn.status,
          reason: data.latestReturn.reason,
          details: data.latestReturn.details,
          photos: data.latestReturn.photos.map((key) => storage.url(key)),
          decisionNote: data.latestReturn.decisionNote,
          decidedAt: iso(data.latestReturn.decidedAt),
          createdAt: data.latestReturn.createdAt.toISOString(),
        }
      : null,
  }
}
export type BuyerOrderView = NonNullable<Awaited<ReturnType<typeof getBuyerOrderView>>>

export type ReturnWindowView = { state: 'open'; closesAt: string } | { state: 'closed'; closedAt: string } | { state: 'none' }

function serialiseEligibility(e: ReturnEligibility): ReturnWindowView {
  if (e.state === 'open') return { state: 'open', closesAt: e.closesAt.toISOString() }
  if (e.state === 'closed') return { state: 'closed', closedAt: e.closedAt.toISOString() }
  return e
}

/** Cancels the buyer's own order before it ships; a paid prepaid order is refunded in full. */
export async function cancelBuyerOrder(deps: FulfilmentDeps, buyerId: string, input: CancelOrderInput) {
  await cancelOrder(deps, { scope: { buyerId }, orderId: input.orderId, actor: 'buyer', actorId: buyerId, reason: CANCEL_REASON_LABELS[input.reason] })
  // Stock went back: the caller refreshes these products' public pages.
  const [order, items] = await Promise.all([findBuyerOrder(deps.db, buyerId, input.orderId), buyerOrderItems(deps.db, buyerId, input.orderId)])
  return { orderId: input.orderId, storeId: order?.store.id ?? null, productIds: [...new Set(items.map((i) => i.productId))] }
}

const NOT_RETURNABLE = 'This order can no longer be returned. Open the order to see its latest state.'

/**
 * A return request for the buyer's own delivered order: the window is checked before any photo
 * is touched; photos are checked by their bytes, made upright and metadata-free as WebP, stored,
 * then the request is recorded. Stored photos are removed again if the request is refused.
 */
export async function submitReturnRequest(deps: FulfilmentDeps, storage: StorageService, buyerId: string, input: RequestReturnInput, now = new Date()) {
  const view = await getBuyerOrderView(deps.db, storage, buyerId, input.orderId, now)
  if (!view) throw new ActionError('not_found', 'We could not find that order.')
  if (view.returns.state === 'closed') throw new ActionError('conflict', `Returns for this order closed ${view.store.returnWindowDays} days after delivery.`)
  if (view.returns.state !== 'open') throw new ActionError('conflict', NOT_RETURNABLE)

  await withStoredPhotos(storage, input.photos, `returns/${input.orderId}`, (photos) =>
    requestReturn(deps, {
      buyerId,
      orderId: input.orderId,
      reason: RETURN_REASON_LABELS[input.reason],
      details: input.details || null,
      photos,
      now,
    }),
  )
  return { orderId: input.orderId, storeId: view.store.id }
}

/** The return form's order: its lines and whether a return may still be asked for; null when not the buyer's. */
export async function getReturnFormOrder(db: Db, buyerId: string, orderId: string, now = new Date()) {
  const view = await getBuyerOrderView(db, { url: (key) => key }, buyerId, orderId, now)
  if (!view) return null
  return { id: view.id, number: view.number, storeName: view.store.name, returns: view.returns, returnWindowDays: view.store.returnWindowDays, items: view.items }
}
