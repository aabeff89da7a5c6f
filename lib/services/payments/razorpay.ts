import { toGatewayOrder, toGatewayPayment, toGatewayRefund } from './entities'
import { PaymentsError } from './errors'
import { verifyCheckoutResult, verifyWebhookBody } from './signatures'
import type { CheckoutResult, CreateOrderInput, GatewayPayment, PaymentsService, RefundInput } from './types'
import { assertCreateOrderInput, assertOrderId, assertRefundInput } from './validate'
import { parseRazorpayWebhook } from './webhook-parse'

export type RazorpayOptions = {
  keyId: string
  keySecret: string
  webhookSecret: string
  /** https://api.razorpay.com, or a local fake in tests. */
  apiBase: string
  fetch?: typeof fetch
  timeoutMs?: number
  /** Waits between retries of a refund Razorpay says is still being processed (HTTP 409). */
  conflictRetryMs?: number
}

type Reply = { status: number; body: unknown }
type RazorpayErrorBody = { error?: { code?: string; description?: string; field?: string | null; reason?: string | null } }

// Razorpay answers 409 while an earlier request with the same refund idempotency key is in flight.
const CONFLICT_RETRIES = 3

/**
 * Razorpay's REST API over fetch with Basic auth. The official Node SDK pins its host to
 * api.razorpay.com and sends per-instance headers only, so it can neither reach a local fake
 * nor send a per-refund X-Refund-Idempotency header; the endpoints it wraps are called directly.
 */
export class RazorpayPayments implements PaymentsService {
  readonly provider = 'razorpay' as const
  private readonly apiBase: string
  private readonly fetch: typeof fetch
  private readonly authorization: string

  constructor(private readonly options: RazorpayOptions) {
    this.apiBase = options.apiBase.replace(/\/+$/, '')
    this.fetch = options.fetch ?? globalThis.fetch
    this.authorization = `Basic ${Buffer.from(`${options.keyId}:${options.keySecret}`).toString('base64')}`
  }

  publicConfig() {
    return { provider: this.provider, keyId: this.options.keyId }
  }

  async createOrder(input: CreateOrderInput) {
    assertCreateOrderInput(input)
    const reply = await this.send('POST', '/v1/orders', {
      amount: input.amountPaise,
      currency: 'INR',
      receipt: input.receipt,
      notes: input.notes ?? {},
    })
    return toGatewayOrder(this.expectOk(reply, 'create the order'))
  }

  async fetchOrderPayments(orderId: string): Promise<GatewayPayment[]> {
    assertOrderId(orderId)
    const reply = await this.send('GET', `/v1/orders/${encodeURIComponent(orderId)}/payments`)
    const body = this.expectOk(reply, `fetch the payments of ${orderId}`) as { items?: unknown }
    if (!Array.isArray(body.items)) throw new PaymentsError(`Razorpay answered the payments of ${orderId} without items`)
    // The API lists newest first; callers get them in the order they happened (created_at has
    // one-second resolution, so the API's order breaks ties).
    return body.items
      .map(toGatewayPayment)
      .reverse()
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
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

  async refund(input: RefundInput) {
    assertRefundInput(input)
    const path = `/v1/payments/${encodeURIComponent(input.paymentId)}/refund`
    const body = { amount: input.amountPaise, speed: 'normal', notes: input.notes ?? {} }
    const headers = { 'x-refund-idempotency': input.idempotencyKey }
    let reply = await this.send('POST', path, body, headers)
    for (let retry = 0; reply.status === 409 && retry < CONFLICT_RETRIES; retry++) {
      await new Promise((resolve) => setTimeout(resolve, this.options.conflictRetryMs ?? 1000))
      reply = await this.send('POST', path, body, headers)
    }
    return toGatewayRefund(this.expectOk(reply, `refund ${input.paymentId}`))
  }

  private expectOk(reply: Reply, what: string): unknown {
    if (reply.status >= 200 && reply.status < 300 && reply.body && typeof reply.body === 'object') return reply.body
    const error = (reply.body as RazorpayErrorBody | null)?.error
    const description = error?.description ? `: ${error.description}` : ''
    const verb = reply.status === 401 ? 'rejected our API key' : 'refused'
    throw new PaymentsError(`Razorpay ${verb} when asked to ${what} (HTTP ${reply.status})${description}`, {
      status: reply.status,
      code: error?.code,
      field: error?.field ?? null,
      reason: error?.reason ?? null,
    })
  }

  private async send(method: string, path: string, json?: unknown, extraHeaders: Record<string, string> = {}): Promise<Reply> {
    let response: Response
    try {
      response = await this.fetch(`${this.apiBase}${path}`, {
        method,
        headers: {
          accept: 'application/json',
          authorization: this.authorization,
          ...(json === undefined ? {} : { 'content-type': 'application/json' }),
          ...extraHeaders,
        },
        body: json === undefined ? undefined : JSON.stringify(json),
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 15_000),
        cache: 'no-store',
      })
    } catch (error) {
      throw new PaymentsError(`Razorpay could not be reached: ${(error as Error).message}`, {}, { cause: error })
    }
    const text = await response.text()
    let body: unknown = null
    try {
      body = text ? JSON.parse(text) : null
    } catch {
      body = { error: { description: text.slice(0, 200) } }
    }
    return { status: response.status, body }
  }
}

export function createRazorpayPayments(options: RazorpayOptions): RazorpayPayments {
  return new RazorpayPayments(options)
}
