/**
 * The payments service: Razorpay's model (orders, payments, refunds, signed webhooks) in domain
 * types. Amounts are integer paise on both sides of this interface; drivers map the vendor's
 * snake_case entities to these at their edge.
 */

export type GatewayOrder = {
  id: string
  amountPaise: number
  /** What has been captured against the order so far. */
  amountPaidPaise: number
  currency: 'INR'
  receipt: string
  status: 'created' | 'attempted' | 'paid'
  notes: Record<string, string>
  /** ISO 8601. */
  createdAt: string
}

export type PaymentMethod = 'upi' | 'card' | 'netbanking' | 'wallet'

export type GatewayPayment = {
  id: string
  orderId: string
  amountPaise: number
  /** Sum of the processed and pending refunds against this payment. */
  amountRefundedPaise: number
  /** The gateway's fee including GST, once captured; null before. */
  feePaise: number | null
  status: 'created' | 'authorized' | 'captured' | 'failed' | 'refunded'
  method: PaymentMethod | null
  /** Razorpay's error code (BAD_REQUEST_ERROR …) when the payment failed. */
  errorCode: string | null
  /** A sentence the buyer can read, when the payment failed. */
  errorDescription: string | null
  /** Machine-readable reason (payment_failed, card_declined …), when the payment failed. */
  errorReason: string | null
  createdAt: string
}

export type GatewayRefund = {
  id: string
  paymentId: string
  amountPaise: number
  status: 'pending' | 'processed' | 'failed'
  createdAt: string
}

/** What Checkout hands the browser on success; the server verifies the signature. */
export type CheckoutResult = { razorpay_order_id: string; razorpay_payment_id: string; razorpay_signature: string }

export type PaymentWebhookEvent = {
  /** x-razorpay-event-id header; when absent, a digest of the body so exact re-sends still dedupe. */
  id: string
  type:
    | 'payment.authorized'
    | 'payment.captured'
    | 'payment.failed'
    | 'order.paid'
    | 'refund.processed'
    | 'refund.failed'
    | (string & {})
  /** Unix seconds from the payload. */
  createdAt: number
  /** The Razorpay order id the event concerns. */
  orderId: string | null
  payment: GatewayPayment | null
  refund: GatewayRefund | null
  order: GatewayOrder | null
  raw: unknown
}

export type PublicPaymentsConfig = { provider: 'razorpay' | 'simulated'; keyId: string }

export type CreateOrderInput = { amountPaise: number; receipt: string; notes?: Record<string, string> }

export type RefundInput = {
  paymentId: string
  amountPaise: number
  /** 10–64 characters of letters, digits, '-' and '_' (Razorpay's X-Refund-Idempotency rule). */
  idempotencyKey: string
  notes?: Record<string, string>
}

export interface PaymentsService {
  readonly provider: 'razorpay' | 'simulated'
  /** Public key and what the browser needs to open checkout. */
  publicConfig(): PublicPaymentsConfig
  /** Amount ≥ 100 paise (₹1), receipt ≤ 40 characters; a malformed input throws RangeError. */
  createOrder(input: CreateOrderInput): Promise<GatewayOrder>
  /** Every payment attempt on the order, oldest first; for the reconciliation job. */
  fetchOrderPayments(orderId: string): Promise<GatewayPayment[]>
  /** HMAC-SHA256(order_id + '|' + payment_id, key secret), hex, compared in constant time. */
  verifyCheckoutSignature(result: CheckoutResult): boolean
  /** HMAC-SHA256(raw body, webhook secret) vs X-Razorpay-Signature, constant time. */
  verifyWebhook(rawBody: string, signature: string | null): boolean
  /** Parse a verified body; eventId from the x-razorpay-event-id header. Throws on a malformed body. */
  parseWebhook(rawBody: string, eventId: string | null): PaymentWebhookEvent
  /**
   * Full or partial refund of a captured payment. Idempotent per idempotencyKey: the same key
   * returns the same refund and never refunds twice; the same key with a different amount or
   * payment is refused. Rejects with PaymentsError when the gateway refuses.
   */
  refund(input: RefundInput): Promise<GatewayRefund>
}
