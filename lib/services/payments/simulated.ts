import type { DbOrTx } from '@/db/client'
import { getEmbeddedRecord, insertEmbeddedRecord, listEmbeddedRecords, updateEmbeddedRecord } from '@/db/queries/embedded-records'
import type { PaymentFailure } from './checkout-rules'
import { toGatewayOrder, toGatewayPayment, toGatewayRefund } from './entities'
import { PaymentsError } from './errors'
import {
  accountIdFor,
  captured,
  eventBody,
  failureFor,
  newOrder,
  newPayment,
  newRefund,
  nowSeconds,
  withRefund,
  type OrderDoc,
  type PayerDetails,
  type PaymentDoc,
  type RefundDoc,
} from './simulated-entities'
import { DEFAULT_RETRY_DELAYS_MS, SERVICE, WebhookSender, type WebhookDelivery } from './simulated-webhooks'
import { checkoutSignature, verifyCheckoutResult, verifyWebhookBody } from './signatures'
import type { CheckoutResult, CreateOrderInput, GatewayOrder, GatewayPayment, GatewayRefund, PaymentsService, RefundInput } from './types'
import { assertCreateOrderInput, assertOrderId, assertRefundInput } from './validate'
import { parseRazorpayWebhook } from './webhook-parse'

export type SimulatedPaymentsOptions = {
  /** A database, or a getter so the connection is opened on first use rather than at import. */
  db: DbOrTx | (() => DbOrTx)
  keyId: string
  keySecret: string
  webhookSecret: string
  /** Webhooks go to `${appUrl}/api/webhooks/razorpay`, as the Razorpay dashboard would be set up. */
  appUrl: string
  retryDelaysMs?: readonly number[]
  /** How long a refund stays pending before refund.processed is sent. */
  refundDelayMs?: number
  webhookTimeoutMs?: number
  fetch?: typeof fetch
  log?: (message: string) => void
}

export type SimulatedPaymentInput = PayerDetails & {
  orderId: string
  outcome: 'success' | 'failure'
  /** Overrides the method's usual failure description/reason. */
  failure?: Partial<PaymentFailure>
}

/** What Checkout tells the browser: the signed result, or Razorpay's error object. */
export type SimulatedPaymentResult =
  | { status: 'success'; response: CheckoutResult; payment: GatewayPayment }
  | { status: 'failed'; error: PaymentFailure & { metadata: { order_id: string; payment_id: string } }; payment: GatewayPayment }

type RefundKeyDoc = { key: string; payment_id: string; amount: number; refund_id: string }

const key = (kind: string, id: string) => ({ service: SERVICE, kind, id })

/**
 * The embedded payment gateway: Razorpay's orders, payments and refunds kept in embedded_records,
 * Razorpay's signatures, and Razorpay's webhooks delivered to the app. /dev/pay is its checkout.
 */
export class SimulatedPayments implements PaymentsService {
  readonly provider = 'simulated' as const
  readonly webhooks: WebhookSender
  private readonly accountId: string
  private readonly db: () => DbOrTx

  constructor(private readonly options: SimulatedPaymentsOptions) {
    const { db } = options
    this.db = typeof db === 'function' ? db : () => db
    this.accountId = accountIdFor(options.keyId)
    this.webhooks = new WebhookSender({
      db: this.db,
      url: `${options.appUrl.replace(/\/+$/, '')}/api/webhooks/razorpay`,
      webhookSecret: options.webhookSecret,
      retryDelaysMs: options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS,
      timeoutMs: options.webhookTimeoutMs ?? 5_000,
      fetch: options.fetch ?? globalThis.fetch,
      log: options.log ?? ((message) => console.warn(message)),
    })
  }

  publicConfig() {
    return { provider: this.provider, keyId: this.options.keyId }
  }

  async createOrder(input: CreateOrderInput): Promise<GatewayOrder> {
    assertCreateOrderInput(input)
    const order = newOrder(input)
    await insertEmbeddedRecord(this.db(), key('order', order.id), order)
    return toGatewayOrder(order)
  }

  async getOrder(orderId: string): Promise<GatewayOrder | null> {
    const order = await getEmbeddedRecord<OrderDoc>(this.db(), key('order', orderId))
    return order ? toGatewayOrder(order) : null
  }

  async fetchOrderPayments(orderId: string): Promise<GatewayPayment[]> {
    assertOrderId(orderId)
    if (!(await getEmbeddedRecord<OrderDoc>(this.db(), key('order', orderId)))) throw notFound(orderId)
    const payments = await listEmbeddedRecords<PaymentDoc>(this.db(), { service: SERVICE, kind: 'payment', field: { name: 'order_id', equals: orderId } })
    return payments.map(toGatewayPayment)
  }

  verifyCheckoutSignature(result: CheckoutResult): boolean {
    return verifyCheckoutResult(result, this.options.keySecret)
  }

  verifyWebhook(rawBody: string, signature: string | null): boolean {
    return verifyWebhookBody(rawBody, signature, this.options.webhookSecret)
  }

  parseWebhook(rawBody: string, eventId: string | null) {
    return parseRazorpayWebhook(rawBody, eventId)
  }

  /**
   * A buyer finishing checkout on this gateway (the /dev/pay page, or a test without a browser).
   * Success authorises and auto-captures the payment and marks the order paid, then sends
   * payment.authorized, payment.captured and order.paid; failure marks the order attempted and
   * sends payment.failed.
   */
  async completePayment(input: SimulatedPaymentInput): Promise<SimulatedPaymentResult> {
    assertOrderId(input.orderId)
    const failure = input.outcome === 'failure' ? failureFor(input.method, input.failure) : null
    const { payment, eventIds } = await this.db().transaction(async (tx) => {
      let alreadyPaid = false
      let attempted: PaymentDoc | null = null
      const order = await updateEmbeddedRecord<OrderDoc>(tx, key('order', input.orderId), (current) => {
        if (current.status === 'paid') {
          alreadyPaid = true
          return null
        }
        attempted = newPayment(current, input, failure)
        return failure
          ? { ...current, status: 'attempted', attempts: current.attempts + 1 }
          : { ...current, status: 'paid', attempts: current.attempts + 1, amount_paid: current.amount, amount_due: 0 }
      })
      if (!order) throw notFound(input.orderId)
      if (alreadyPaid || !attempted) throw new PaymentsError(`Order ${input.orderId} has already been paid`, { status: 400, code: 'BAD_REQUEST_ERROR', reason: 'order_already_paid' })
      const authorised: PaymentDoc = attempted
      const refs = { orderId: order.id, paymentId: authorised.id }
      const at = nowSeconds()
      if (failure) {
        await insertEmbeddedRecord(tx, key('payment', authorised.id), authorised)
        const failed = await this.webhooks.record(tx, 'payment.failed', eventBody(this.accountId, 'payment.failed', { payment: authorised }, at), refs)
        return { payment: authorised, eventIds: [failed] }
      }
      const done = captured(authorised)
      await insertEmbeddedRecord(tx, key('payment', done.id), done)
      const ids = [
        await this.webhooks.record(tx, 'payment.authorized', eventBody(this.accountId, 'payment.authorized', { payment: authorised }, at), refs),
        await this.webhooks.record(tx, 'payment.captured', eventBody(this.accountId, 'payment.captured', { payment: done }, at), refs),
        await this.webhooks.record(tx, 'order.paid', eventBody(this.accountId, 'order.paid', { payment: done, order }, at), refs),
      ]
      return { payment: done, eventIds: ids }
    })
    this.webhooks.dispatch(eventIds)
    const gatewayPayment = toGatewayPayment(payment)
    if (failure) return { status: 'failed', error: { ...failure, metadata: { order_id: input.orderId, payment_id: payment.id } }, payment: gatewayPayment }
    return {
      status: 'success',
      payment: gatewayPayment,
      response: {
        razorpay_order_id: input.orderId,
        razorpay_payment_id: payment.id,
        razorpay_signature: checkoutSignature(input.orderId, payment.id, this.options.keySecret),
      },
    }
  }

  async refund(input: RefundInput): Promise<GatewayRefund> {
    assertRefundInput(input)
    const outcome = await this.db().transaction(async (tx) => {
      const paymentKey = key('payment', input.paymentId)
      const payment = await getEmbeddedRecord<PaymentDoc>(tx, paymentKey)
      if (!payment) throw new PaymentsError(`Payment ${input.paymentId} does not exist`, { status: 400, code: 'BAD_REQUEST_ERROR', field: 'id' })
      const draft = newRefund(payment, input.amountPaise, input.notes)
      const claim: RefundKeyDoc = { key: input.idempotencyKey, payment_id: input.paymentId, amount: input.amountPaise, refund_id: draft.id }
      // The key is claimed first: a concurrent request with the same key waits here on the
      // unique row, then finds the refund the first one made.
      if (!(await insertEmbeddedRecord(tx, key('refund_key', input.idempotencyKey), claim))) {
        const earlier = await getEmbeddedRecord<RefundKeyDoc>(tx, key('refund_key', input.idempotencyKey))
        if (!earlier || earlier.payment_id !== input.paymentId || earlier.amount !== input.amountPaise)
          throw new PaymentsError('Different request with the same idempotency key has already been processed.', { status: 400, code: 'BAD_REQUEST_ERROR', reason: 'idempotency_key_reused' })
        const existing = await getEmbeddedRecord<RefundDoc>(tx, key('refund', earlier.refund_id))
        if (!existing) throw new PaymentsError(`Refund ${earlier.refund_id} is missing`, { status: 500, code: 'SERVER_ERROR' })
        return { refund: existing, created: false }
      }
      let refusal: string | null = null
      await updateEmbeddedRecord<PaymentDoc>(tx, paymentKey, (current) => {
        if (current.status !== 'captured') {
          refusal = current.status === 'refunded' ? 'The payment has been fully refunded already' : `Only captured payments can be refunded; this one is ${current.status}`
          return null
        }
        const left = current.amount - current.amount_refunded
        if (input.amountPaise > left) {
          refusal = `The refund amount (${input.amountPaise} paise) is more than the ${left} paise left to refund on this payment`
          return null
        }
        return withRefund(current, input.amountPaise)
      })
      if (refusal) throw new PaymentsError(refusal, { status: 400, code: 'BAD_REQUEST_ERROR', field: 'amount' })
      await insertEmbeddedRecord(tx, key('refund', draft.id), draft)
      return { refund: draft, created: true }
    })
    if (outcome.created) this.webhooks.later(this.options.refundDelayMs ?? 3_000, () => this.settleRefund(outcome.refund.id))
    return toGatewayRefund(outcome.refund)
  }

  /** The bank's answer arrives: the refund is processed and refund.processed is sent. */
  private async settleRefund(refundId: string): Promise<void> {
    const eventIds = await this.db().transaction(async (tx) => {
      let changed = false
      const refund = await updateEmbeddedRecord<RefundDoc>(tx, key('refund', refundId), (current) => {
        if (current.status !== 'pending') return null
        changed = true
        return { ...current, status: 'processed', acquirer_data: { arn: `${Math.floor(Math.random() * 1e12)}`.padStart(12, '0') } }
      })
      if (!refund || !changed) return []
      const payment = await getEmbeddedRecord<PaymentDoc>(tx, key('payment', refund.payment_id))
      if (!payment) return []
      const body = eventBody(this.accountId, 'refund.processed', { refund, payment }, nowSeconds())
      return [await this.webhooks.record(tx, 'refund.processed', body, { orderId: payment.order_id, paymentId: payment.id })]
    })
    this.webhooks.dispatch(eventIds)
  }

  async getPayment(paymentId: string): Promise<GatewayPayment | null> {
    const payment = await getEmbeddedRecord<PaymentDoc>(this.db(), key('payment', paymentId))
    return payment ? toGatewayPayment(payment) : null
  }

  /** Recent payments and webhook deliveries, newest first, for /dev/pay/log. */
  async recentActivity(limit = 30): Promise<{ payments: GatewayPayment[]; deliveries: WebhookDelivery[] }> {
    const payments = await listEmbeddedRecords<PaymentDoc>(this.db(), { service: SERVICE, kind: 'payment', limit, newestFirst: true })
    return {
      payments: payments.map(toGatewayPayment),
      deliveries: await this.webhooks.list({ limit }),
    }
  }

  /** Re-sends a recorded webhook delivery (same event id and body), as the dashboard's "Resend" does. */
  resendWebhook(deliveryId: string): Promise<WebhookDelivery | null> {
    return this.webhooks.resend(deliveryId)
  }
}

function notFound(orderId: string): PaymentsError {
  return new PaymentsError(`Order ${orderId} does not exist on the simulated gateway`, { status: 400, code: 'BAD_REQUEST_ERROR', field: 'id' })
}

export function createSimulatedPayments(options: SimulatedPaymentsOptions): SimulatedPayments {
  return new SimulatedPayments(options)
}
