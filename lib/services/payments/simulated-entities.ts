import { createHash } from 'node:crypto'
import { FAILURES, type PaymentFailure } from './checkout-rules'
import { gatewayId } from './signatures'
import type { PaymentMethod } from './types'

/**
 * The simulated gateway's documents, built in Razorpay's wire shape (see its API reference and
 * webhook sample payloads) so that what Haat stores, fetches and receives is byte-compatible with
 * what Razorpay sends. They are stored as-is in embedded_records.
 */

type Notes = Record<string, string> | never[]

export type OrderDoc = {
  id: string
  entity: 'order'
  amount: number
  amount_paid: number
  amount_due: number
  currency: 'INR'
  receipt: string
  offer_id: null
  status: 'created' | 'attempted' | 'paid'
  attempts: number
  notes: Notes
  created_at: number
}

export type PaymentDoc = {
  id: string
  entity: 'payment'
  amount: number
  currency: 'INR'
  status: 'created' | 'authorized' | 'captured' | 'failed' | 'refunded'
  order_id: string
  invoice_id: null
  international: false
  method: PaymentMethod
  amount_refunded: number
  refund_status: null | 'partial' | 'full'
  captured: boolean
  description: string | null
  card_id: string | null
  card?: { id: string; entity: 'card'; name: string; last4: string; network: string; type: 'credit'; issuer: null; international: false; emi: false }
  bank: string | null
  wallet: string | null
  vpa: string | null
  email: string
  contact: string
  notes: Notes
  fee: number | null
  tax: number | null
  error_code: string | null
  error_description: string | null
  error_source: string | null
  error_step: string | null
  error_reason: string | null
  acquirer_data: Record<string, string | null>
  created_at: number
  upi?: { vpa: string; flow: 'collect' }
}

export type RefundDoc = {
  id: string
  entity: 'refund'
  amount: number
  currency: 'INR'
  payment_id: string
  notes: Notes
  receipt: null
  acquirer_data: { arn: string | null }
  created_at: number
  batch_id: null
  status: 'pending' | 'processed' | 'failed'
  speed_processed: 'normal'
  speed_requested: 'normal'
}

export type PayerDetails = {
  method: PaymentMethod
  vpa?: string
  card?: { name?: string; last4: string; network: string }
  bank?: string
  wallet?: string
  email?: string
  contact?: string
}

export const nowSeconds = () => Math.floor(Date.now() / 1000)
const wireNotes = (notes: Record<string, string> | undefined): Notes => (notes && Object.keys(notes).length > 0 ? { ...notes } : [])
const digits = (n: number) => Array.from({ length: n }, () => Math.floor(Math.random() * 10)).join('')

/** A stable acc_… id for the simulated merchant account, derived from its key id. */
export function accountIdFor(keyId: string): string {
  const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'
  const hash = createHash('sha256').update(keyId).digest()
  return `acc_${Array.from(hash.subarray(0, 14), (b) => alphabet[b % 62]).join('')}`
}

export function newOrder(input: { amountPaise: number; receipt: string; notes?: Record<string, string> }): OrderDoc {
  return {
    id: gatewayId('order'),
    entity: 'order',
    amount: input.amountPaise,
    amount_paid: 0,
    amount_due: input.amountPaise,
    currency: 'INR',
    receipt: input.receipt,
    offer_id: null,
    status: 'created',
    attempts: 0,
    notes: wireNotes(input.notes),
    created_at: nowSeconds(),
  }
}

/** Razorpay's standard plan: 2% of the amount plus 18% GST on that fee, both in paise. */
export function gatewayFee(amountPaise: number): { fee: number; tax: number } {
  const base = Math.round(amountPaise * 0.02)
  const tax = Math.round(base * 0.18)
  return { fee: base + tax, tax }
}

/** A payment as it stands when authorised, or when it failed. */
export function newPayment(order: OrderDoc, payer: PayerDetails, failure: PaymentFailure | null): PaymentDoc {
  const cardId = payer.method === 'card' ? gatewayId('card') : null
  return {
    id: gatewayId('pay'),
    entity: 'payment',
    amount: order.amount,
    currency: 'INR',
    status: failure ? 'failed' : 'authorized',
    order_id: order.id,
    invoice_id: null,
    international: false,
    method: payer.method,
    amount_refunded: 0,
    refund_status: null,
    captured: false,
    description: null,
    card_id: cardId,
    ...(payer.method === 'card' && cardId
      ? {
          card: {
            id: cardId,
            entity: 'card' as const,
            name: payer.card?.name ?? '',
            last4: payer.card?.last4 ?? '0000',
            network: payer.card?.network ?? 'Visa',
            type: 'credit' as const,
            issuer: null,
            international: false as const,
            emi: false as const,
          },
        }
      : {}),
    bank: payer.method === 'netbanking' ? (payer.bank ?? 'HDFC') : null,
    wallet: payer.method === 'wallet' ? (payer.wallet ?? 'paytm') : null,
    vpa: payer.method === 'upi' ? (payer.vpa ?? null) : null,
    email: payer.email ?? 'void@razorpay.com',
    contact: payer.contact ?? '+919000090000',
    notes: [],
    fee: null,
    tax: null,
    error_code: failure?.code ?? null,
    error_description: failure?.description ?? null,
    error_source: failure?.source ?? null,
    error_step: failure?.step ?? null,
    error_reason: failure?.reason ?? null,
    acquirer_data: failure ? {} : acquirerData(payer.method),
    created_at: nowSeconds(),
    ...(payer.method === 'upi' && payer.vpa ? { upi: { vpa: payer.vpa, flow: 'collect' as const } } : {}),
  }
}

function acquirerData(method: PaymentMethod): Record<string, string> {
  if (method === 'card') return { auth_code: digits(6), rrn: digits(12) }
  if (method === 'netbanking') return { bank_transaction_id: digits(10) }
  if (method === 'wallet') return { transaction_id: digits(12) }
  return { rrn: digits(12) }
}

export function captured(payment: PaymentDoc): PaymentDoc {
  const { fee, tax } = gatewayFee(payment.amount)
  return { ...payment, status: 'captured', captured: true, fee, tax }
}

export function failureFor(method: PaymentMethod, override?: Partial<PaymentFailure>): PaymentFailure {
  return { ...FAILURES[method], ...override }
}

export function newRefund(payment: PaymentDoc, amountPaise: number, notes: Record<string, string> | undefined): RefundDoc {
  return {
    id: gatewayId('rfnd'),
    entity: 'refund',
    amount: amountPaise,
    currency: 'INR',
    payment_id: payment.id,
    notes: wireNotes(notes),
    receipt: null,
    acquirer_data: { arn: null },
    created_at: nowSeconds(),
    batch_id: null,
    status: 'pending',
    speed_processed: 'normal',
    speed_requested: 'normal',
  }
}

/** The payment after a refund of `amountPaise` is accepted against it. */
export function withRefund(payment: PaymentDoc, amountPaise: number): PaymentDoc {
  const refunded = payment.amount_refunded + amountPaise
  const full = refunded >= payment.amount
  return { ...payment, amount_refunded: refunded, refund_status: full ? 'full' : 'partial', status: full ? 'refunded' : payment.status }
}

export type EventEntities = { payment?: PaymentDoc; order?: OrderDoc; refund?: RefundDoc }

/** Razorpay's event envelope, in the key order its samples use. */
export function eventBody(accountId: string, event: string, entities: EventEntities, createdAt: number): string {
  const contains = (['refund', 'payment', 'order'] as const).filter((name) => entities[name])
  const payload = Object.fromEntries(contains.map((name) => [name, { entity: entities[name] }]))
  return JSON.stringify({ entity: 'event', account_id: accountId, event, contains, payload, created_at: createdAt })
}
