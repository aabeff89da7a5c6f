import { captured, newOrder, newPayment, type PayerDetails } from '@/lib/services/payments/simulated-entities'
import { SERVICE as PAYMENTS_SERVICE } from '@/lib/services/payments/simulated-webhooks'
import type { Builder, OrderHistory, PayMethod, SeedBuyer } from './order-rows'
import { randomString, type Rng } from './random'

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'

/** Razorpay-shaped id: `order_`, `pay_` or `card_` and 14 base62 characters. */
export const gatewayIdFrom = (rng: Rng, prefix: string) => `${prefix}_${randomString(rng, BASE62, 14)}`

const VPA_HANDLES = ['okhdfcbank', 'okicici', 'oksbi', 'okaxis', 'ybl', 'paytm']
const BANKS = ['HDFC', 'ICIC', 'SBIN', 'UTIB', 'KKBK']
const seconds = (at: Date) => Math.floor(at.getTime() / 1000)

/** What the acquirer reports per method, as the simulated gateway fills it. */
function acquirerData(method: Exclude<PayMethod, 'cod'>, digits: string): Record<string, string> {
  if (method === 'card') return { auth_code: digits.slice(0, 6), rrn: digits }
  if (method === 'netbanking') return { bank_transaction_id: digits.slice(0, 10) }
  return { rrn: digits }
}

/**
 * The captured payment row and the simulated gateway's own order and payment documents, so the
 * gateway knows every payment Haat records (a refund of a seeded order works); returns the payment id.
 */
export function addPayment(
  h: OrderHistory,
  b: Builder,
  p: { groupId: string; buyer: SeedBuyer; method: Exclude<PayMethod, 'cod'>; amountPaise: number; placedAt: Date; paidAt: Date },
): string {
  const providerOrderId = gatewayIdFrom(b.rng, 'order')
  const providerPaymentId = gatewayIdFrom(b.rng, 'pay')
  const payer: PayerDetails = { method: p.method, email: p.buyer.email, contact: p.buyer.address.phone }
  if (p.method === 'upi') payer.vpa = `${p.buyer.name.toLowerCase().replace(/[^a-z]/g, '')}@${b.rng.pick(VPA_HANDLES)}`
  if (p.method === 'card') {
    payer.card = { name: p.buyer.name, last4: randomString(b.rng, '0123456789', 4), network: b.rng.pick(['Visa', 'MasterCard', 'RuPay']) }
  }
  if (p.method === 'netbanking') payer.bank = b.rng.pick(BANKS)
  const rrn = randomString(b.rng, '0123456789', 12)
  h.payments.push({
    id: b.newId(),
    groupId: p.groupId,
    provider: 'simulated',
    providerOrderId,
    providerPaymentId,
    amountPaise: p.amountPaise,
    status: 'captured',
    method: p.method,
    createdAt: p.placedAt,
    updatedAt: p.paidAt,
  })
  // The documents the simulated gateway would hold, built by its own constructors; the ids and
  // times it would draw at random are replaced with seeded ones.
  const fresh = newOrder({ amountPaise: p.amountPaise, receipt: p.groupId.slice(0, 40), notes: { group_id: p.groupId } })
  const created = { ...fresh, id: providerOrderId, created_at: seconds(p.placedAt) }
  const order = { ...created, status: 'paid' as const, attempts: 1, amount_paid: p.amountPaise, amount_due: 0 }
  const authorised = newPayment(created, payer, null)
  const payment = captured({ ...authorised, id: providerPaymentId, created_at: seconds(p.paidAt), acquirer_data: acquirerData(p.method, rrn) })
  if (payment.card) {
    const cardId = gatewayIdFrom(b.rng, 'card')
    payment.card_id = cardId
    payment.card = { ...payment.card, id: cardId }
  }
  h.records.push(
    { service: PAYMENTS_SERVICE, kind: 'order', id: providerOrderId, data: order, createdAt: p.placedAt, updatedAt: p.paidAt },
    { service: PAYMENTS_SERVICE, kind: 'payment', id: providerPaymentId, data: payment, createdAt: p.paidAt, updatedAt: p.paidAt },
  )
  return providerPaymentId
}
