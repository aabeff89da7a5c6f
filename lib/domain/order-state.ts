/**
 * The order state machine (SPEC §4.1). Every change of `orders.status` goes through
 * `transitionOrder` (db/queries/order-transitions.ts), which asks this module which states a
 * transition may start from for the actor making it, and applies it as one compare-and-set, so
 * a duplicated or late event (a webhook delivered twice, a scan arriving after "delivered") is a
 * no-op rather than a step backwards.
 */

export const ORDER_STATUSES = [
  'pending_payment',
  'confirmed',
  'packed',
  'shipped',
  'out_for_delivery',
  'delivered',
  'cancelled',
  'return_requested',
  'return_approved',
  'returned',
  'refunded',
  'rto',
] as const

export type OrderStatus = (typeof ORDER_STATUSES)[number]
export type OrderActor = 'buyer' | 'seller' | 'admin' | 'system'

type Rule = { from: readonly OrderStatus[]; actors: readonly OrderActor[] }

/**
 * For each target state: the states it may be reached from, and who may move it there. "system"
 * is the platform itself: payment confirmations, courier scans, expiry and refund jobs.
 */
const RULES: Record<OrderStatus, readonly Rule[]> = {
  pending_payment: [],
  confirmed: [{ from: ['pending_payment'], actors: ['system'] }],
  packed: [{ from: ['confirmed'], actors: ['seller', 'admin'] }],
  shipped: [{ from: ['confirmed', 'packed'], actors: ['seller', 'admin', 'system'] }],
  out_for_delivery: [{ from: ['shipped'], actors: ['system', 'admin'] }],
  delivered: [
    // A courier may report delivery without an out-for-delivery scan; a rejected return goes back.
    { from: ['shipped', 'out_for_delivery'], actors: ['system', 'admin'] },
    { from: ['return_requested'], actors: ['seller', 'admin'] },
  ],
  cancelled: [
    { from: ['pending_payment'], actors: ['buyer', 'system', 'admin'] },
    { from: ['confirmed', 'packed'], actors: ['buyer', 'seller', 'admin'] },
  ],
  return_requested: [{ from: ['delivered'], actors: ['buyer'] }],
  return_approved: [{ from: ['return_requested'], actors: ['seller', 'admin'] }],
  returned: [{ from: ['return_approved'], actors: ['seller', 'admin', 'system'] }],
  refunded: [{ from: ['returned', 'rto'], actors: ['system', 'admin'] }],
  rto: [{ from: ['shipped', 'out_for_delivery'], actors: ['system', 'admin'] }],
}

/** The states `to` may be reached from by `actor`; empty when the actor may never do it. */
export function allowedFrom(to: OrderStatus, actor: OrderActor): OrderStatus[] {
  return RULES[to].filter((rule) => rule.actors.includes(actor)).flatMap((rule) => [...rule.from])
}

export function canTransition(from: OrderStatus, to: OrderStatus, actor: OrderActor): boolean {
  return allowedFrom(to, actor).includes(from)
}

/** States in which stock is held for the order (released when it leaves them for cancelled). */
export function holdsStock(status: OrderStatus): boolean {
  return status === 'pending_payment' || status === 'confirmed' || status === 'packed'
}

/** Before the parcel leaves the seller: the buyer may still cancel. */
export function buyerMayCancel(status: OrderStatus): boolean {
  return canTransition(status, 'cancelled', 'buyer')
}

export const TERMINAL_STATUSES: readonly OrderStatus[] = ['cancelled', 'refunded']

/** Where the order is on the happy path, for the buyer's progress bar (0-based), or null. */
export const FULFILMENT_STEPS = ['confirmed', 'packed', 'shipped', 'out_for_delivery', 'delivered'] as const

export function fulfilmentStep(status: OrderStatus): number | null {
  const i = (FULFILMENT_STEPS as readonly string[]).indexOf(status)
  if (i >= 0) return i
  if (status === 'return_requested' || status === 'return_approved' || status === 'returned' || status === 'refunded')
    return FULFILMENT_STEPS.length - 1
  return null
}

const LABELS: Record<OrderStatus, string> = {
  pending_payment: 'Awaiting payment',
  confirmed: 'Confirmed',
  packed: 'Packed',
  shipped: 'Shipped',
  out_for_delivery: 'Out for delivery',
  delivered: 'Delivered',
  cancelled: 'Cancelled',
  return_requested: 'Return requested',
  return_approved: 'Return approved',
  returned: 'Returned',
  refunded: 'Refunded',
  rto: 'Returned to seller',
}

export function orderStatusLabel(status: OrderStatus): string {
  return LABELS[status]
}
