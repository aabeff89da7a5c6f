/**
 * One committed change to an order that people should hear about (SPEC §4.6).
 *
 * There is no separate "order.confirmed": an order is announced once, with `order.placed`, at
 * the moment it becomes `confirmed` — a prepaid order when its payment is captured, a COD order
 * when the buyer confirms it. The buyer's email then says whether it is paid or cash on delivery,
 * and the seller never hears of a checkout that was abandoned unpaid.
 */
export type OrderNotice =
  /** Buyer: "Order HT-… placed"; store owner and moderators: "New order HT-…". */
  | { type: 'order.placed'; orderId: string }
  | { type: 'order.shipped'; orderId: string }
  | { type: 'order.out_for_delivery'; orderId: string }
  | { type: 'order.delivered'; orderId: string }
  /** Buyer and store both; the store only if the order had been confirmed. */
  | { type: 'order.cancelled'; orderId: string; by: 'buyer' | 'seller' | 'admin' | 'system'; reason?: string }
  /** `manual`: a COD refund recorded for bank transfer. */
  | { type: 'refund.issued'; orderId: string; amountPaise: number; manual: boolean }
  /** Store owner and moderators. */
  | { type: 'return.requested'; orderId: string }
  /** Buyer. */
  | { type: 'return.decided'; orderId: string; approved: boolean }

export type OrderNoticeType = OrderNotice['type']
