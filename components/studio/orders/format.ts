import type { OrderStatus } from '@/lib/domain/order-state'

const dateTime = new Intl.DateTimeFormat('en-IN', { day: 'numeric', month: 'short', year: 'numeric', hour: 'numeric', minute: '2-digit', timeZone: 'Asia/Kolkata' })

/** "21 Nov 2025, 10:47 pm", in Indian time whatever the server's zone. */
export function formatOrderTime(iso: string): string {
  return dateTime.format(new Date(iso))
}

const METHODS: Record<string, string> = { upi: 'UPI', card: 'Card', netbanking: 'Net banking', wallet: 'Wallet', cod: 'Cash on delivery' }

export function paymentMethodLabel(method: string): string {
  return METHODS[method] ?? method
}

/** What the seller can do next, in a sentence, for the order page. */
export const NEXT_STEP: Record<OrderStatus, string> = {
  pending_payment: 'Waiting for the buyer’s payment. Nothing to do yet: unpaid orders are released automatically.',
  confirmed: 'Paid and waiting for you. Pack the items and mark the order packed, then ship it: we book the courier, the pickup and the label.',
  packed: 'Packed. Ship it to book the courier, an AWB number, a pickup and the label to stick on the box.',
  shipped: 'With the courier. Tracking scans appear in the timeline as the parcel moves.',
  out_for_delivery: 'Out for delivery with the courier today.',
  delivered: 'Delivered. The buyer may ask for a return within your return window.',
  cancelled: 'Cancelled. Held stock went back on sale; a prepaid order is refunded to the buyer.',
  return_requested: 'The buyer wants to return this order. Approve it to book a return pickup, or reject it with a reason the buyer will see.',
  return_approved: 'Return approved and a pickup booked. When the parcel reaches you, mark it received: the buyer is refunded then.',
  returned: 'The parcel is back with you. The buyer’s refund is on its way.',
  refunded: 'Refunded to the buyer. Nothing more to do.',
  rto: 'The courier could not deliver and is bringing the parcel back to you. A prepaid order is refunded automatically.',
}
