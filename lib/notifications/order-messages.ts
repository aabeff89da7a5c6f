import type { OrderNoticeFacts } from '@/db/queries/notifications'
import {
  newOrderEmail,
  orderCancelledEmail,
  orderDeliveredEmail,
  orderOutForDeliveryEmail,
  orderPlacedEmail,
  orderShippedEmail,
  refundIssuedEmail,
  returnDecidedEmail,
  returnRequestedEmail,
  type OrderEmailSummary,
} from '@/lib/services/email/order-templates'
import type { EmailContent } from '@/lib/services/email/templates'
import { formatINR } from '@/lib/utils'
import type { NotificationType } from './notification-types'
import type { OrderNotice } from './order-notice'

export type Recipient = { id: string; name: string | null; email: string | null }

/** One person's in-app row and email for one notice. */
export type OutgoingNotice = {
  recipient: Recipient
  type: NotificationType
  title: string
  body: string
  /** App-relative link stored on the notification. */
  href: string
  email: EmailContent
}

const BODY_MAX = 240

const flat = (value: string) => value.replace(/\s+/g, ' ').trim()

function clip(value: string): string {
  const text = flat(value)
  return text.length <= BODY_MAX ? text : `${text.slice(0, BODY_MAX - 1).trimEnd()}…`
}

function firstName(name: string | null): string {
  return flat(name ?? '').split(' ')[0] ?? ''
}

function itemsLine(items: OrderNoticeFacts['items']): string {
  const [first] = items
  if (!first) return ''
  const rest = items.length - 1
  return `${first.quantity} × ${flat(first.title)}${rest > 0 ? ` and ${rest} more` : ''}`
}

export const buyerOrderPath = (orderId: string) => `/account/orders/${orderId}`
export const sellerOrderPath = (storeId: string, orderId: string) => `/studio/${storeId}/orders/${orderId}`

/**
 * Who hears about a notice, and what they are told. Pure: the caller loads the facts, writes the
 * rows and sends the mail.
 */
export function buildOrderNotices(notice: OrderNotice, facts: OrderNoticeFacts, appUrl: string): OutgoingNotice[] {
  const summary: OrderEmailSummary = {
    number: facts.number,
    storeName: flat(facts.storeName),
    items: facts.items,
    subtotalPaise: facts.subtotalPaise,
    discountPaise: facts.discountPaise,
    shippingPaise: facts.shippingPaise,
    totalPaise: facts.totalPaise,
    cashOnDelivery: facts.paymentMethod === 'cod',
  }
  const { number } = facts
  const store = summary.storeName
  const total = formatINR(facts.totalPaise)
  const buyerHref = buyerOrderPath(facts.id)
  const sellerHref = sellerOrderPath(facts.storeId, facts.id)
  const absolute = (href: string) => new URL(href, appUrl).toString()

  const toBuyer = (
    type: NotificationType,
    title: string,
    body: string,
    email: (base: { name: string; order: OrderEmailSummary; url: string }) => EmailContent,
  ): OutgoingNotice => ({
    recipient: facts.buyer,
    type,
    title,
    body: clip(body),
    href: buyerHref,
    email: email({ name: facts.buyer.name ?? '', order: summary, url: absolute(buyerHref) }),
  })
  const toSellers = (
    type: NotificationType,
    title: string,
    body: string,
    email: (base: { name: string; order: OrderEmailSummary; url: string }) => EmailContent,
  ): OutgoingNotice[] =>
    facts.sellers.map((seller) => ({
      recipient: seller,
      type,
      title,
      body: clip(body),
      href: sellerHref,
      email: email({ name: seller.name ?? '', order: summary, url: absolute(sellerHref) }),
    }))

  switch (notice.type) {
    case 'order.placed': {
      const payment = summary.cashOnDelivery ? `${total}, cash on delivery` : `${total} paid`
      return [
        toBuyer('order.placed', `Order ${number} placed`, `${store} · ${payment} · ${itemsLine(facts.items)}`, orderPlacedEmail),
        ...toSellers(
          'seller.order.placed',
          `New order ${number}`,
          `${firstName(facts.buyer.name) || 'A buyer'} · ${payment} · ${itemsLine(facts.items)}`,
          (base) => newOrderEmail({ ...base, buyerName: facts.buyer.name ?? '' }),
        ),
      ]
    }
    case 'order.shipped': {
      const { courier, awb, trackingUrl } = facts.shipment ?? { courier: null, awb: null, trackingUrl: null }
      const via = courier ? ` with ${flat(courier)}` : ''
      return [
        toBuyer('order.shipped', `Order ${number} shipped`, `On its way from ${store}${via}.${awb ? ` AWB ${awb}.` : ''}`, (base) =>
          orderShippedEmail({ ...base, courier, awb, trackingUrl }),
        ),
      ]
    }
    case 'order.out_for_delivery':
      return [
        toBuyer(
          'order.out_for_delivery',
          `Order ${number} is out for delivery`,
          `Arriving today from ${store}.${summary.cashOnDelivery ? ` Keep ${total} ready in cash.` : ''}`,
          orderOutForDeliveryEmail,
        ),
      ]
    case 'order.delivered':
      return [
        toBuyer('order.delivered', `Order ${number} delivered`, `From ${store}. ${itemsLine(facts.items)}`, (base) =>
          orderDeliveredEmail({ ...base, returnWindowDays: facts.returnWindowDays }),
        ),
      ]
    case 'order.cancelled': {
      const reason = notice.reason?.trim() ? ` Reason: ${flat(notice.reason)}` : ''
      // Prepaid money came in only if the order was confirmed; COD buyers paid nothing yet.
      const refundDue = facts.everConfirmed && !summary.cashOnDelivery
      const byBuyer = { buyer: 'You cancelled it.', seller: 'The seller cancelled it.', admin: 'Haat cancelled it.', system: 'We cancelled it.' }
      const bySeller = { buyer: 'The buyer cancelled it.', seller: 'Your store cancelled it.', admin: 'Haat cancelled it.', system: 'Haat cancelled it.' }
      const cancelled = (audience: 'buyer' | 'seller') => (base: { name: string; order: OrderEmailSummary; url: string }) =>
        orderCancelledEmail({ ...base, audience, by: notice.by, reason: notice.reason ?? null, refundDue })
      return [
        toBuyer(
          'order.cancelled',
          `Order ${number} cancelled`,
          `${byBuyer[notice.by]}${reason}${refundDue ? ` Your refund of ${total} is on its way.` : ''}`,
          cancelled('buyer'),
        ),
        ...(facts.everConfirmed
          ? toSellers('seller.order.cancelled', `Order ${number} cancelled`, `${bySeller[notice.by]}${reason} Do not ship it.`, cancelled('seller'))
          : []),
      ]
    }
    case 'refund.issued': {
      const amount = formatINR(notice.amountPaise)
      return [
        toBuyer(
          'refund.issued',
          `Refund of ${amount} issued`,
          notice.manual
            ? `For order ${number}. It will reach your bank account by transfer.`
            : `For order ${number}, to your original payment method. Banks take 5–7 working days.`,
          (base) => refundIssuedEmail({ ...base, amountPaise: notice.amountPaise, manual: notice.manual }),
        ),
      ]
    }
    case 'return.requested': {
      const reason = facts.latestReturn?.reason ?? ''
      return toSellers(
        'seller.return.requested',
        `Return requested for ${number}`,
        reason ? `Reason: ${reason}` : 'Review the request in your studio.',
        (base) => returnRequestedEmail({ ...base, reason, details: facts.latestReturn?.details ?? null }),
      )
    }
    case 'return.decided': {
      const note = facts.latestReturn?.decisionNote ?? null
      const outcome = notice.approved ? 'approved' : 'declined'
      return [
        toBuyer(
          'return.decided',
          `Return ${outcome} for ${number}`,
          note?.trim()
            ? `${store}: ${note}`
            : notice.approved
              ? `${store} approved it; a courier will collect the parcel.`
              : `${store} declined it.`,
          (base) => returnDecidedEmail({ ...base, approved: notice.approved, note }),
        ),
      ]
    }
    default: {
      const unknown: never = notice
      throw new Error(`Unknown order notice: ${JSON.stringify(unknown)}`)
    }
  }
}
