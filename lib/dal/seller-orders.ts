import 'server-only'

import { notFound } from 'next/navigation'
import { cache } from 'react'
import { z } from 'zod'
import { getDb } from '@/db'
import { latestReturn, orderEventsFor, shipmentEventsFor, shipmentFor } from '@/db/queries/fulfilment'
import {
  countSellerOrdersByStatus,
  findSellerOrder,
  findSellerOrderPayment,
  listSellerOrderItems,
  listSellerOrderRefunds,
  listSellerOrders,
} from '@/db/queries/seller-orders'
import { ActionError } from '@/lib/actions/errors'
import { requireSeller } from '@/lib/auth'
import { orderStatusLabel, type OrderStatus } from '@/lib/domain/order-state'
import { ShippingError } from '@/lib/services/shipping'
import { getStorage } from '@/lib/services/storage'
import {
  SELLER_ORDER_TAB_STATUSES,
  SELLER_ORDER_TABS,
  sellerOrderCommands,
  sellerOrderFilter,
  type SellerOrderListParams,
  type SellerOrderTab,
} from '@/lib/validations/seller-orders'
import { cancelOrder, decideReturn, packOrder, shipOrder, completeReturn, type FulfilmentDeps } from './fulfilment'

/**
 * The seller's order inbox and order page (SPEC §4.2, §9.2). Reads admit owners and moderators of
 * the store (moderators pack and ship); the order actions re-check the role each needs
 * (SELLER_ORDER_COMMAND_ROLE) through sellerAction.
 */

export const SELLER_ORDER_PAGE_SIZE = 25

const uuid = z.uuid()

/** Who is looking, and whether the store may act at all (rejected and suspended stores only look). */
export const getSellerOrderAccess = cache(async (storeId: string) => {
  if (!uuid.safeParse(storeId).success) notFound()
  const { user, membership } = await requireSeller(storeId, 'moderator')
  if (!membership) notFound()
  return {
    userId: user.id,
    role: membership.role,
    readOnly: membership.storeStatus === 'rejected' || membership.storeStatus === 'suspended',
  }
})

export async function getSellerOrderInbox(storeId: string, params: SellerOrderListParams) {
  await getSellerOrderAccess(storeId)
  const db = getDb()
  const filter = sellerOrderFilter(params)
  const [{ rows, total }, byStatus] = await Promise.all([
    listSellerOrders(db, storeId, { filter, statuses: SELLER_ORDER_TAB_STATUSES[params.tab], page: params.page, pageSize: SELLER_ORDER_PAGE_SIZE }),
    countSellerOrdersByStatus(db, storeId, filter),
  ])
  const counts = Object.fromEntries(
    SELLER_ORDER_TABS.map((tab) => [tab, SELLER_ORDER_TAB_STATUSES[tab].reduce((sum, s) => sum + (byStatus.get(s) ?? 0), 0)]),
  ) as Record<SellerOrderTab, number>
  return {
    rows: rows.map((r) => ({
      id: r.id,
      number: r.number,
      placedAt: r.placedAt.toISOString(),
      status: r.status,
      prepaid: r.paymentMethod !== 'cod',
      totalPaise: r.totalPaise,
      buyerName: r.buyerName,
      city: r.city,
      itemsSummary: itemsSummary(r.firstItem, r.lineCount, r.unitCount),
    })),
    total,
    counts,
    pageCount: Math.max(1, Math.ceil(total / SELLER_ORDER_PAGE_SIZE)),
  }
}
export type SellerOrderRow = Awaited<ReturnType<typeof getSellerOrderInbox>>['rows'][number]

/** "Silk saree", "Silk saree × 3", "Silk saree + 2 more (5 items)". */
export function itemsSummary(firstTitle: string | null, lines: number, units: number): string {
  if (!firstTitle || lines === 0) return 'No items'
  if (lines === 1) return units > 1 ? `${firstTitle} × ${units}` : firstTitle
  return `${firstTitle} + ${lines - 1} more (${units} items)`
}

const ACTOR_LABELS = { buyer: 'Buyer', seller: 'Seller', admin: 'Haat admin', system: 'Automatic' } as const

/** Everything the order page shows, or a 404 when the order is not this store's. */
export const getSellerOrderPage = cache(async (storeId: string, orderId: string) => {
  const access = await getSellerOrderAccess(storeId)
  if (!uuid.safeParse(orderId).success) notFound()
  const db = getDb()
  const order = await findSellerOrder(db, storeId, orderId)
  if (!order) notFound()
  const [items, payment, refunds, events, shipment, returnShipment, request] = await Promise.all([
    listSellerOrderItems(db, storeId, order.id),
    findSellerOrderPayment(db, storeId, order.id),
    listSellerOrderRefunds(db, storeId, order.id),
    orderEventsFor(db, order.id),
    shipmentFor(db, order.id, false),
    shipmentFor(db, order.id, true),
    latestReturn(db, order.id),
  ])
  const [scans, returnScans] = await Promise.all([
    shipment ? shipmentEventsFor(db, shipment.id) : [],
    returnShipment ? shipmentEventsFor(db, returnShipment.id) : [],
  ])
  const storage = getStorage()

  const timeline = [
    ...events.map((e) => ({
      id: e.id,
      at: e.createdAt.toISOString(),
      kind: 'order' as const,
      title: e.toStatus === 'pending_payment' ? 'Order placed' : orderStatusLabel(e.toStatus),
      actor: ACTOR_LABELS[e.actorRole],
      note: e.note,
      location: null,
    })),
    ...[...scans.map((s) => ({ s, prefix: '' })), ...returnScans.map((s) => ({ s, prefix: 'Return parcel: ' }))].map(({ s, prefix }) => ({
      id: s.id,
      at: s.occurredAt.toISOString(),
      kind: 'scan' as const,
      title: `${prefix}${s.description ?? s.status.replaceAll('_', ' ')}`,
      actor: 'Courier',
      note: null,
      location: s.location,
    })),
  ].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0))

  const shape = (s: NonNullable<typeof shipment>) => ({
    courier: s.courier,
    awb: s.awb,
    status: s.status,
    trackingUrl: s.trackingUrl,
    labelUrl: s.labelUrl,
    pickupScheduledAt: s.pickupScheduledAt?.toISOString() ?? null,
    deliveredAt: s.deliveredAt?.toISOString() ?? null,
  })

  return {
    access,
    commands: sellerOrderCommands(order.status, access.role, access.readOnly),
    order: {
      id: order.id,
      number: order.number,
      status: order.status as OrderStatus,
      statusLabel: orderStatusLabel(order.status),
      placedAt: order.placedAt.toISOString(),
      buyerName: order.buyerName,
      address: order.address,
      paymentMethod: order.paymentMethod,
      subtotalPaise: order.subtotalPaise,
      discountPaise: order.discountPaise,
      shippingPaise: order.shippingPaise,
      totalPaise: order.totalPaise,
    },
    items,
    payment: payment ? { status: payment.status, method: payment.method, reference: payment.providerPaymentId } : null,
    refunds: refunds.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })),
    shipment: shipment ? shape(shipment) : null,
    returnShipment: returnShipment ? shape(returnShipment) : null,
    returnRequest: request
      ? {
          reason: request.reason,
          details: request.details,
          // Uploads are stored by key; a full URL (seeded data) is used as it is.
          photos: request.photos.map((p) => (p.startsWith('/') || p.startsWith('https://') ? p : storage.url(p))),
          status: request.status,
          decisionNote: request.decisionNote,
          decidedAt: request.decidedAt?.toISOString() ?? null,
          requestedAt: request.createdAt.toISOString(),
        }
      : null,
    timeline,
  }
})
export type SellerOrderPage = Awaited<ReturnType<typeof getSellerOrderPage>>

/**
 * What the seller should do when booking the courier fails, or null for a failure that is ours
 * (a bug, the database) and should surface as one. Addresses reach the courier as checkout and
 * store settings saved them, so a malformed one names where to fix it.
 */
export function shippingFailure(error: unknown): string | null {
  if (error instanceof RangeError) {
    const field = /^(pickup|delivery)\.(\w+)/.exec(error.message)
    const what = field?.[2] === 'pin' ? 'PIN code' : field?.[2] === 'line1' ? 'address line' : (field?.[2] ?? 'details')
    if (field?.[1] === 'pickup') return `Your store's pickup address has a missing or invalid ${what}. Fix it in store settings, then press Ship order again.`
    if (field?.[1] === 'delivery') return `The buyer's delivery address has a missing or invalid ${what}, so no courier can take it. Contact the buyer, or cancel the order.`
    return null
  }
  if (error instanceof ShippingError) {
    if (error.status !== undefined && error.status >= 400 && error.status < 500) {
      const said = error.message.length > 200 ? `${error.message.slice(0, 200)}…` : error.message
      return `The courier refused the booking (${said}). Check your pickup address in store settings and the buyer's PIN code, then press Ship order again.`
    }
    return 'The courier service is not answering right now. Press Ship order again in a few minutes; steps already booked are kept, so nothing is booked twice.'
  }
  return null
}

// ——— actions' work: the fulfilment steps, scoped to the store, with messages a seller can act on ———

type Ref = { storeId: string; orderId: string; actorId: string }

export async function packSellerOrder(deps: FulfilmentDeps, input: Ref) {
  await packOrder(deps, input)
}

/** Books the courier; a refusal or outage becomes a message saying what to do (booked steps are kept). */
export async function shipSellerOrder(deps: FulfilmentDeps, input: Ref) {
  try {
    const shipment = await shipOrder(deps, input)
    return { awb: shipment?.awb ?? null, courier: shipment?.courier ?? null, labelUrl: shipment?.labelUrl ?? null }
  } catch (error) {
    if (error instanceof ActionError) throw error
    const message = shippingFailure(error)
    if (!message) throw error
    console.error('[seller-orders] courier booking failed', input.orderId, error)
    throw new ActionError('conflict', message)
  }
}

/** Cancels with the seller's reason; prepaid orders are refunded by cancelOrder. Returns the products whose stock came back. */
export async function cancelSellerOrder(deps: FulfilmentDeps, input: Ref & { reason: string }) {
  await cancelOrder(deps, { scope: { storeId: input.storeId }, orderId: input.orderId, actor: 'seller', actorId: input.actorId, reason: input.reason })
  const items = await listSellerOrderItems(deps.db, input.storeId, input.orderId)
  return { productIds: [...new Set(items.map((i) => i.productId))] }
}

export async function decideSellerReturn(deps: FulfilmentDeps, input: Ref & { approve: boolean; note: string }) {
  await decideReturn(deps, { storeId: input.storeId, orderId: input.orderId, approve: input.approve, note: input.note || null, actorId: input.actorId })
}

export async function receiveSellerReturn(deps: FulfilmentDeps, input: Ref) {
  await completeReturn(deps, { scope: { storeId: input.storeId }, orderId: input.orderId, actor: 'seller', actorId: input.actorId })
}
