import type { BadgeProps } from '@/components/ui/badge'
import type { OrderStatus } from '@/lib/domain/order-state'
import { formatINR } from '@/lib/utils'

// Words and formats for the buyer's order pages. Pure, so the rules for what a buyer is told are tested.

const IST = 'Asia/Kolkata'
const dateFormat = new Intl.DateTimeFormat('en-IN', { day: 'numeric', month: 'short', year: 'numeric', timeZone: IST })
const dateTimeFormat = new Intl.DateTimeFormat('en-IN', { day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit', hour12: true, timeZone: IST })
const longDateFormat = new Intl.DateTimeFormat('en-IN', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: IST })

/** "12 Mar 2025" */
export const formatOrderDate = (iso: string) => dateFormat.format(new Date(iso))
/** "12 Mar, 3:45 pm" */
export const formatOrderTime = (iso: string) => dateTimeFormat.format(new Date(iso))
/** "Thursday, 13 March 2025" */
export const formatLongDate = (iso: string) => longDateFormat.format(new Date(iso))

const METHOD_LABELS: Record<string, string> = {
  upi: 'UPI',
  card: 'Card',
  netbanking: 'Net banking',
  wallet: 'Wallet',
  emi: 'EMI',
  paylater: 'Pay later',
  cod: 'Cash on delivery',
}

/** The gateway may report another method than the one chosen at checkout (the buyer switched in its window). */
export function paymentMethodLabel(chosen: string, paidWith: string | null): string {
  const method = paidWith && METHOD_LABELS[paidWith] ? paidWith : chosen
  return METHOD_LABELS[method] ?? method
}

type PaymentFacts = { method: string; paidMethod: string | null; paid: boolean; totalPaise: number }

/** The "Payment" line of the price breakdown. */
export function paymentText(price: PaymentFacts, status: OrderStatus): string {
  const label = paymentMethodLabel(price.method, price.paidMethod)
  if (price.method === 'cod') {
    if (status === 'cancelled') return 'Cash on delivery — nothing to pay'
    if (['delivered', 'return_requested', 'return_approved', 'returned', 'refunded'].includes(status)) return 'Paid in cash on delivery'
    return `Cash on delivery — pay ${formatINR(price.totalPaise)} when it arrives`
  }
  if (price.paid) return `Paid by ${label}`
  if (status === 'pending_payment') return `Awaiting payment by ${label}`
  return 'Not paid'
}

export function statusBadgeVariant(status: OrderStatus): NonNullable<BadgeProps['variant']> {
  switch (status) {
    case 'delivered':
    case 'refunded':
      return 'success'
    case 'cancelled':
    case 'rto':
      return 'destructive'
    case 'pending_payment':
      return 'outline'
    case 'return_requested':
    case 'return_approved':
    case 'returned':
      return 'secondary'
    default:
      return 'default'
  }
}

export const AWAITING_PAYMENT_NOTE = 'Awaiting payment — complete within 15 minutes'

/** "Kantha stole and 2 more" */
export function itemsSummary(firstTitle: string | null, moreLines: number): string {
  if (!firstTitle) return 'No items'
  return moreLines > 0 ? `${firstTitle} and ${moreLines} more` : firstTitle
}

export type RefundFacts = { amountPaise: number; status: 'pending' | 'processed' | 'failed' | 'manual'; updatedAt: string }

export function refundText(refund: RefundFacts): { title: string; detail: string } {
  const amount = formatINR(refund.amountPaise)
  switch (refund.status) {
    case 'processed':
      return { title: `${amount} refunded`, detail: `Sent to your original payment method on ${formatOrderDate(refund.updatedAt)}. Banks can take up to 5–7 working days to show it.` }
    case 'pending':
      return { title: `Refund of ${amount} on its way`, detail: 'It goes back to your original payment method. Banks usually take 5–7 working days.' }
    case 'failed':
      return { title: `Refund of ${amount} delayed`, detail: 'The bank could not take the refund yet. We retry it automatically — you don’t need to do anything.' }
    case 'manual':
      return { title: `We'll transfer ${amount} to your bank account`, detail: 'Cash-on-delivery orders are refunded by bank transfer rather than to a card or UPI.' }
  }
}

export type ReturnFacts = { status: 'requested' | 'approved' | 'rejected' | 'received' | 'refunded'; decisionNote: string | null }

export function returnText(ret: ReturnFacts): { title: string; detail: string | null } {
  switch (ret.status) {
    case 'requested':
      return { title: 'Return requested', detail: 'The seller will accept or decline it soon. We’ll let you know.' }
    case 'approved':
      return { title: 'Return approved', detail: 'A courier will pick up the parcel from your delivery address. Keep it packed and ready.' }
    case 'rejected':
      return { title: 'Return declined by the seller', detail: ret.decisionNote ? `The seller said: “${ret.decisionNote}”` : null }
    case 'received':
      return { title: 'Return received by the seller', detail: 'Your refund is being processed.' }
    case 'refunded':
      return { title: 'Return complete', detail: 'Your refund has been issued.' }
  }
}
