import { formatINR } from '@/lib/utils'
import { greet, oneLine, render, type EmailContent, type Layout } from './templates'

// Order emails (SPEC §4.6). Everything shown comes from the order as stored; product titles and
// store names are seller-typed, so they are escaped by render() and flattened in subjects.

export type OrderEmailLine = { title: string; variantTitle: string | null; quantity: number; totalPaise: number }

export type OrderEmailSummary = {
  number: string
  storeName: string
  items: OrderEmailLine[]
  subtotalPaise: number
  discountPaise: number
  shippingPaise: number
  totalPaise: number
  cashOnDelivery: boolean
}

type Base = {
  /** The recipient's name, for the greeting. */
  name: string
  order: OrderEmailSummary
  /** Absolute link to the order page the recipient can open. */
  url: string
}

export type CancelledBy = 'buyer' | 'seller' | 'admin' | 'system'

const MAX_LINES = 10

function lineRows(items: OrderEmailLine[]): NonNullable<Layout['summary']> {
  const rows = items.slice(0, MAX_LINES).map((item) => ({
    label: `${item.quantity} × ${oneLine(item.title)}${item.variantTitle ? ` (${oneLine(item.variantTitle)})` : ''}`,
    value: formatINR(item.totalPaise),
  }))
  const more = items.length - rows.length
  return more > 0 ? [...rows, { label: `and ${more} more ${more === 1 ? 'item' : 'items'}`, value: '' }] : rows
}

function totalRows(order: OrderEmailSummary): NonNullable<Layout['summary']> {
  return [
    ...lineRows(order.items),
    { label: 'Subtotal', value: formatINR(order.subtotalPaise) },
    ...(order.discountPaise > 0 ? [{ label: 'Discount', value: `−${formatINR(order.discountPaise)}` }] : []),
    { label: 'Shipping', value: order.shippingPaise > 0 ? formatINR(order.shippingPaise) : 'Free' },
    { label: order.cashOnDelivery ? 'To pay on delivery' : 'Total paid', value: formatINR(order.totalPaise), strong: true },
  ]
}

function email(subject: string, layout: Omit<Layout, 'greeting'> & { name: string }): EmailContent {
  const { name, ...rest } = layout
  return { subject: oneLine(subject), ...render({ ...rest, greeting: greet(name) }) }
}

const viewOrder = (url: string) => ({ label: 'View your order', url })

export function orderPlacedEmail({ name, order, url }: Base): EmailContent {
  const total = formatINR(order.totalPaise)
  return email(`Your Haat order ${order.number} is placed`, {
    name,
    preheader: `${order.storeName} has your order and will pack it soon.`,
    heading: 'Thanks for your order',
    paragraphs: [
      `${order.storeName} has your order ${order.number} and will pack it soon. We'll email you when it ships.`,
      order.cashOnDelivery ? `Please keep ${total} ready: you pay in cash when it arrives.` : `We've received your payment of ${total}.`,
    ],
    summary: totalRows(order),
    action: viewOrder(url),
  })
}

export function newOrderEmail({ name, order, url, buyerName }: Base & { buyerName: string }): EmailContent {
  return email(`New order ${order.number} for ${order.storeName}`, {
    name,
    preheader: `${formatINR(order.totalPaise)} · ${order.items.length} ${order.items.length === 1 ? 'line' : 'lines'}`,
    heading: 'You have a new order',
    paragraphs: [
      `${oneLine(buyerName) || 'A buyer'} ordered from ${order.storeName} (order ${order.number}). Pack it and create the shipment from your studio.`,
      order.cashOnDelivery ? `Cash on delivery: the courier collects ${formatINR(order.totalPaise)} from the buyer.` : 'The buyer has paid online.',
    ],
    summary: totalRows(order),
    action: { label: 'Open the order', url },
  })
}

export function orderShippedEmail(
  input: Base & { courier: string | null; awb: string | null; trackingUrl: string | null },
): EmailContent {
  const { name, order, url, courier, awb } = input
  const via = courier ? ` with ${oneLine(courier)}` : ''
  return email(`Your Haat order ${order.number} has shipped`, {
    name,
    preheader: `On its way${via}.`,
    heading: 'Your order is on its way',
    paragraphs: [
      `${order.storeName} has handed your order ${order.number} to the courier${via}.`,
      ...(awb ? [`Tracking number (AWB): ${awb}`] : []),
    ],
    summary: lineRows(order.items),
    action: { label: 'Track your order', url },
  })
}

export function orderOutForDeliveryEmail({ name, order, url }: Base): EmailContent {
  return email(`Your Haat order ${order.number} is out for delivery`, {
    name,
    preheader: 'Arriving today.',
    heading: 'Arriving today',
    paragraphs: [
      `Your order ${order.number} from ${order.storeName} is out for delivery and should reach you today.`,
      ...(order.cashOnDelivery ? [`Please keep ${formatINR(order.totalPaise)} ready in cash for the courier.`] : []),
    ],
    summary: lineRows(order.items),
    action: { label: 'Track your order', url },
  })
}

export function orderDeliveredEmail({ name, order, url, returnWindowDays }: Base & { returnWindowDays: number }): EmailContent {
  const returns =
    returnWindowDays > 0
      ? `If something isn't right, you can request a return from your order page within ${returnWindowDays} ${returnWindowDays === 1 ? 'day' : 'days'}.`
      : `${order.storeName} does not accept returns on this order.`
  return email(`Your Haat order ${order.number} has been delivered`, {
    name,
    preheader: 'Enjoy your purchase.',
    heading: 'Delivered',
    paragraphs: [`Your order ${order.number} from ${order.storeName} has been delivered.`, returns],
    summary: lineRows(order.items),
    action: viewOrder(url),
  })
}

const CANCELLED_BY: Record<CancelledBy, { buyer: string; seller: string }> = {
  buyer: { buyer: 'You cancelled', seller: 'The buyer cancelled' },
  seller: { buyer: 'The seller cancelled', seller: 'Your store cancelled' },
  admin: { buyer: 'Haat cancelled', seller: 'Haat cancelled' },
  system: { buyer: 'We cancelled', seller: 'Haat cancelled' },
}

export function orderCancelledEmail(
  input: Base & { audience: 'buyer' | 'seller'; by: CancelledBy; reason: string | null; refundDue: boolean },
): EmailContent {
  const { name, order, url, audience, by, reason, refundDue } = input
  const who = CANCELLED_BY[by][audience]
  const why = reason?.trim() ? [`Reason: ${oneLine(reason)}`] : []
  const next =
    audience === 'buyer'
      ? refundDue
        ? [`Your refund of ${formatINR(order.totalPaise)} is on its way; we'll email you when it has been issued.`]
        : []
      : ['There is nothing to ship for this order now.']
  return email(audience === 'buyer' ? `Your Haat order ${order.number} has been cancelled` : `Order ${order.number} has been cancelled`, {
    name,
    preheader: `${who} order ${order.number}.`,
    heading: 'Order cancelled',
    paragraphs: [`${who} order ${order.number} from ${order.storeName}.`, ...why, ...next],
    summary: lineRows(order.items),
    action: audience === 'buyer' ? viewOrder(url) : { label: 'Open the order', url },
  })
}

export function refundIssuedEmail({ name, order, url, amountPaise, manual }: Base & { amountPaise: number; manual: boolean }): EmailContent {
  const amount = formatINR(amountPaise)
  return email(`Your refund of ${amount} for order ${order.number}`, {
    name,
    preheader: manual ? 'Sent by bank transfer.' : 'On its way to your original payment method.',
    heading: 'Refund issued',
    paragraphs: manual
      ? [
          `We've issued a refund of ${amount} for your order ${order.number}. As you paid cash on delivery, it will be sent to your bank account by transfer.`,
          'Bank transfers usually arrive within 7 working days.',
        ]
      : [
          `We've refunded ${amount} for your order ${order.number} to the card, UPI account or bank you paid with.`,
          'Banks usually take 5–7 working days to show it on your statement.',
        ],
    summary: [{ label: 'Refund', value: amount, strong: true }],
    action: viewOrder(url),
  })
}

export function returnRequestedEmail({ name, order, url, reason, details }: Base & { reason: string; details: string | null }): EmailContent {
  return email(`Return requested for order ${order.number}`, {
    name,
    preheader: reason.trim() ? `Reason: ${oneLine(reason)}` : 'Review it in your studio.',
    heading: 'A buyer wants to return an order',
    paragraphs: [
      `The buyer of order ${order.number} has asked to return it.`,
      ...(reason.trim() ? [`Reason: ${oneLine(reason)}`] : []),
      ...(details?.trim() ? [`Details: ${details.trim()}`] : []),
      'Review the request and accept or reject it from your studio.',
    ],
    summary: lineRows(order.items),
    action: { label: 'Review the return', url },
  })
}

export function returnDecidedEmail({ name, order, url, approved, note }: Base & { approved: boolean; note: string | null }): EmailContent {
  return email(`Your return for order ${order.number} was ${approved ? 'approved' : 'declined'}`, {
    name,
    preheader: approved ? 'We will arrange the pickup.' : `${order.storeName} declined the return.`,
    heading: approved ? 'Return approved' : 'Return declined',
    paragraphs: [
      approved
        ? `${order.storeName} approved the return of order ${order.number}. A courier will collect it; your refund follows once it reaches the seller.`
        : `${order.storeName} declined the return of order ${order.number}.`,
      ...(note?.trim() ? [`Seller's note: ${note.trim()}`] : []),
    ],
    summary: lineRows(order.items),
    action: viewOrder(url),
  })
}
