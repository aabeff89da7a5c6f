import { createHmac, randomBytes, randomInt } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'

/**
 * A local stand-in for Razorpay's REST API on 127.0.0.1, written from its API reference:
 *   POST /v1/orders                      { amount, currency, receipt, notes } → order entity
 *   GET  /v1/orders/:id                  → order entity
 *   GET  /v1/orders/:id/payments         → { entity: 'collection', count, items } newest first
 *   GET  /v1/payments/:id                → payment entity
 *   POST /v1/payments/:id/refund         { amount, speed, notes } + X-Refund-Idempotency → refund
 * Basic auth with the key id and secret; errors as { error: { code, description, field, source,
 * step, reason, metadata } }. `pay()` plays the buyer in Checkout, and events are POSTed to
 * `webhookUrl` signed like Razorpay's. Entities are built here independently of the app's code.
 */

type Entity = Record<string, unknown> & { id: string; created_at: number }
type Answer = { status: number; body: unknown }

export type RazorpayFakeRequest = { method: string; path: string; headers: http.IncomingHttpHeaders; body: unknown }

export type RazorpayFake = {
  apiBase: string
  keyId: string
  keySecret: string
  webhookSecret: string
  requests: RazorpayFakeRequest[]
  /** Where events are POSTed; null sends none. */
  webhookUrl: string | null
  /** Plays the buyer completing Checkout for the order; returns what Checkout gives the browser. */
  pay: (orderId: string, options?: { method?: 'upi' | 'card' | 'netbanking'; outcome?: 'success' | 'failure' }) => Promise<
    | { status: 'success'; response: { razorpay_order_id: string; razorpay_payment_id: string; razorpay_signature: string } }
    | { status: 'failed'; paymentId: string }
  >
  /** The next `count` refund requests are answered 409, as while an earlier one is in flight. */
  conflictNextRefunds: (count: number) => void
  /** Marks a pending refund failed and sends refund.failed. */
  failRefund: (refundId: string) => Promise<void>
  refunds: () => Entity[]
  close: () => Promise<void>
}

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'
const rid = (prefix: string) => `${prefix}_${Array.from({ length: 14 }, () => BASE62[randomInt(62)]).join('')}`
const now = () => Math.floor(Date.now() / 1000)
const error = (status: number, description: string, field: string | null = null, reason = 'input_validation_failed'): Answer => ({
  status,
  body: { error: { code: 'BAD_REQUEST_ERROR', description, field, source: 'business', step: 'payment_initiation', reason, metadata: {} } },
})

export async function startRazorpayFake(options: { webhookUrl?: string | null } = {}): Promise<RazorpayFake> {
  const keyId = `rzp_test_${randomBytes(7).toString('hex')}`
  const keySecret = randomBytes(12).toString('hex')
  const webhookSecret = randomBytes(12).toString('hex')
  const orders = new Map<string, Entity>()
  const payments = new Map<string, Entity>()
  const refunds = new Map<string, Entity>()
  const idempotency = new Map<string, { fingerprint: string; refundId: string }>()
  const requests: RazorpayFakeRequest[] = []
  let conflicts = 0

  const fake: RazorpayFake = {
    apiBase: '',
    keyId,
    keySecret,
    webhookSecret,
    requests,
    webhookUrl: options.webhookUrl ?? null,
    pay,
    conflictNextRefunds: (count) => {
      conflicts = count
    },
    failRefund,
    refunds: () => [...refunds.values()],
    close,
  }

  const server = http.createServer((req, res) => {
    void handle(req)
      .catch((caught: unknown): Answer => ({ status: 500, body: { error: { code: 'SERVER_ERROR', description: String(caught) } } }))
      .then(({ status, body }) => {
        res.writeHead(status, { 'content-type': 'application/json' })
        res.end(JSON.stringify(body))
      })
  })

  async function handle(req: http.IncomingMessage): Promise<Answer> {
    const path = new URL(req.url ?? '/', 'http://fake').pathname.replace(/\/+$/, '')
    const text = await new Promise<string>((resolve) => {
      let data = ''
      req.setEncoding('utf8')
      req.on('data', (chunk: string) => (data += chunk))
      req.on('end', () => resolve(data))
    })
    let body: unknown = null
    if (text) {
      try {
        body = JSON.parse(text)
      } catch {
        return error(400, 'The request body is not valid JSON')
      }
    }
    requests.push({ method: req.method ?? '', path, headers: req.headers, body })
    const expected = `Basic ${Buffer.from(`${keyId}:${keySecret}`).toString('base64')}`
    if (req.headers.authorization !== expected) return error(401, 'The api key provided is invalid', null, 'authentication_failed')

    const input = (body ?? {}) as Record<string, unknown>
    let m: RegExpExecArray | null
    if (req.method === 'POST' && path === '/v1/orders') return createOrder(input)
    if (req.method === 'GET' && (m = /^\/v1\/orders\/([^/]+)$/.exec(path))) {
      const order = orders.get(m[1] ?? '')
      return order ? { status: 200, body: order } : error(400, 'The id provided does not exist', 'id')
    }
    if (req.method === 'GET' && (m = /^\/v1\/orders\/([^/]+)\/payments$/.exec(path))) {
      if (!orders.has(m[1] ?? '')) return error(400, 'The id provided does not exist', 'id')
      const items = [...payments.values()].filter((p) => p.order_id === m?.[1]).reverse()
      return { status: 200, body: { entity: 'collection', count: items.length, items } }
    }
    if (req.method === 'GET' && (m = /^\/v1\/payments\/([^/]+)$/.exec(path))) {
      const payment = payments.get(m[1] ?? '')
      return payment ? { status: 200, body: payment } : error(400, 'The id provided does not exist', 'id')
    }
    if (req.method === 'POST' && (m = /^\/v1\/payments\/([^/]+)\/refund$/.exec(path)))
      return refund(m[1] ?? '', input, req.headers['x-refund-idempotency'])
    return { status: 404, body: { error: { code: 'BAD_REQUEST_ERROR', description: 'The requested URL was not found on the server.' } } }
  }

  function createOrder(input: Record<string, unknown>): Answer {
    const amount = input.amount
    if (typeof amount !== 'number' || !Number.isInteger(amount)) return error(400, 'The amount must be an integer.', 'amount')
    if (amount < 100) return error(400, 'The amount must be atleast INR 1.00', 'amount')
    if (input.currency !== 'INR') return error(400, 'The currency must be INR', 'currency')
    if (typeof input.receipt === 'string' && input.receipt.length > 40) return error(400, 'The receipt may not be greater than 40 characters.', 'receipt')
    const notes = input.notes && typeof input.notes === 'object' && Object.keys(input.notes).length > 0 ? input.notes : []
    const order: Entity = { id: rid('order'), entity: 'order', amount, amount_paid: 0, amount_due: amount, currency: 'INR', receipt: input.receipt ?? null, offer_id: null, status: 'created', attempts: 0, notes, created_at: now() }
    orders.set(order.id, order)
    return { status: 200, body: order }
  }

  function refund(paymentId: string, input: Record<string, unknown>, key: string | string[] | undefined): Answer {
    if (conflicts > 0) {
      conflicts--
      return { status: 409, body: { error: { code: 'BAD_REQUEST_ERROR', description: 'Request is already being processed' } } }
    }
    const payment = payments.get(paymentId)
    if (!payment) return error(400, 'The id provided does not exist', 'id')
    const fingerprint = JSON.stringify([paymentId, input.amount ?? null])
    if (typeof key === 'string') {
      if (!/^[A-Za-z0-9_-]{10,}$/.test(key)) return error(400, 'The idempotency key is invalid', null)
      const earlier = idempotency.get(key)
      if (earlier && earlier.fingerprint !== fingerprint) return error(400, 'Different request with the same idempotency key has already been processed.')
      if (earlier) return { status: 200, body: refunds.get(earlier.refundId) }
    }
    if (payment.status !== 'captured') return error(400, 'The payment has not been captured or has been refunded fully', 'id')
    const left = (payment.amount as number) - (payment.amount_refunded as number)
    const amount = typeof input.amount === 'number' ? input.amount : left
    if (!Number.isInteger(amount) || amount < 100) return error(400, 'The amount must be atleast INR 1.00', 'amount')
    if (amount > left) return error(400, 'The refund amount provided is greater than amount captured', 'amount')
    const notes = input.notes && typeof input.notes === 'object' && Object.keys(input.notes).length > 0 ? input.notes : []
    const entity: Entity = { id: rid('rfnd'), entity: 'refund', amount, currency: 'INR', payment_id: paymentId, notes, receipt: null, acquirer_data: { arn: null }, created_at: now(), batch_id: null, status: 'pending', speed_processed: 'normal', speed_requested: 'normal' }
    refunds.set(entity.id, entity)
    if (typeof key === 'string') idempotency.set(key, { fingerprint, refundId: entity.id })
    const refunded = (payment.amount_refunded as number) + amount
    Object.assign(payment, { amount_refunded: refunded, refund_status: refunded === payment.amount ? 'full' : 'partial', status: refunded === payment.amount ? 'refunded' : 'captured' })
    // Razorpay processes normal refunds later; here, right after answering.
    setTimeout(() => {
      if (entity.status !== 'pending') return
      entity.status = 'processed'
      void send('refund.processed', { refund: { ...entity }, payment: { ...payment } })
    }, 20)
    return { status: 200, body: entity }
  }

  async function failRefund(refundId: string): Promise<void> {
    const entity = refunds.get(refundId)
    if (!entity) throw new Error(`no refund ${refundId}`)
    entity.status = 'failed'
    await send('refund.failed', { refund: { ...entity }, payment: { ...payments.get(entity.payment_id as string) } })
  }

  async function pay(orderId: string, { method = 'upi', outcome = 'success' }: { method?: 'upi' | 'card' | 'netbanking'; outcome?: 'success' | 'failure' } = {}) {
    const order = orders.get(orderId)
    if (!order) throw new Error(`no order ${orderId}`)
    const failed = outcome === 'failure'
    const payment: Entity = {
      id: rid('pay'), entity: 'payment', amount: order.amount, currency: 'INR', status: failed ? 'failed' : 'authorized', order_id: orderId, invoice_id: null, international: false, method,
      amount_refunded: 0, refund_status: null, captured: false, description: null, card_id: null, bank: method === 'netbanking' ? 'HDFC' : null, wallet: null,
      vpa: method === 'upi' ? 'gaurav.kumar@exampleupi' : null, email: 'gaurav.kumar@example.com', contact: '+919000090000', notes: [], fee: null, tax: null,
      error_code: failed ? 'BAD_REQUEST_ERROR' : null, error_description: failed ? 'Payment failed' : null, error_source: failed ? 'bank' : null,
      error_step: failed ? 'payment_authorization' : null, error_reason: failed ? 'payment_failed' : null, acquirer_data: {}, created_at: now(),
    }
    payments.set(payment.id, payment)
    order.attempts = (order.attempts as number) + 1
    if (failed) {
      order.status = 'attempted'
      await send('payment.failed', { payment: { ...payment } })
      return { status: 'failed' as const, paymentId: payment.id }
    }
    await send('payment.authorized', { payment: { ...payment } })
    Object.assign(payment, { status: 'captured', captured: true, fee: Math.round((order.amount as number) * 0.0236), tax: Math.round((order.amount as number) * 0.0036) })
    Object.assign(order, { status: 'paid', amount_paid: order.amount, amount_due: 0 })
    await send('payment.captured', { payment: { ...payment } })
    await send('order.paid', { payment: { ...payment }, order: { ...order } })
    const signature = createHmac('sha256', keySecret).update(`${orderId}|${payment.id}`).digest('hex')
    return { status: 'success' as const, response: { razorpay_order_id: orderId, razorpay_payment_id: payment.id, razorpay_signature: signature } }
  }

  async function send(event: string, payload: Record<string, Record<string, unknown>>): Promise<void> {
    if (!fake.webhookUrl) return
    const body = JSON.stringify({
      entity: 'event',
      account_id: 'acc_FakeAccount0001',
      event,
      contains: Object.keys(payload),
      payload: Object.fromEntries(Object.entries(payload).map(([name, entity]) => [name, { entity }])),
      created_at: now(),
    })
    await fetch(fake.webhookUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-razorpay-event-id': rid('evt').slice(4),
        'x-razorpay-signature': createHmac('sha256', webhookSecret).update(body).digest('hex'),
      },
      body,
    }).catch(() => undefined)
  }

  async function close(): Promise<void> {
    server.closeAllConnections()
    await new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve())))
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  fake.apiBase = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return fake
}

export type CapturedWebhook = { path: string; eventId: string | null; signature: string | null; contentType: string | null; body: string; event: string }

export type WebhookCapture = {
  /** Stands in for the app: `${appUrl}/api/webhooks/razorpay` is where the gateway posts. */
  appUrl: string
  url: string
  received: CapturedWebhook[]
  /** Answers the next `count` deliveries with `status` (default 500) instead of 200. */
  failNext: (count: number, status?: number) => void
  /** Resolves with the deliveries so far once `predicate` holds, or rejects after `timeoutMs`. */
  waitFor: (predicate: (received: CapturedWebhook[]) => boolean, timeoutMs?: number) => Promise<CapturedWebhook[]>
  clear: () => void
  close: () => Promise<void>
}

/** A local HTTP server standing in for Haat's webhook route, recording every delivery verbatim. */
export async function startWebhookCapture(): Promise<WebhookCapture> {
  const received: CapturedWebhook[] = []
  let failures = 0
  let failStatus = 500
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8')
      let event = ''
      try {
        event = String((JSON.parse(body) as { event?: unknown }).event ?? '')
      } catch {
        event = ''
      }
      const header = (name: string) => (typeof req.headers[name] === 'string' ? (req.headers[name] as string) : null)
      received.push({ path: req.url ?? '', eventId: header('x-razorpay-event-id'), signature: header('x-razorpay-signature'), contentType: header('content-type'), body, event })
      if (failures > 0) {
        failures--
        res.writeHead(failStatus).end('failing on purpose')
        return
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const appUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    appUrl,
    url: `${appUrl}/api/webhooks/razorpay`,
    received,
    failNext: (count, status = 500) => {
      failures = count
      failStatus = status
    },
    async waitFor(predicate, timeoutMs = 5_000) {
      const deadline = Date.now() + timeoutMs
      while (!predicate(received)) {
        if (Date.now() > deadline) throw new Error(`webhooks not received in time; got ${received.map((r) => r.event).join(', ') || 'none'}`)
        await new Promise((resolve) => setTimeout(resolve, 10))
      }
      return [...received]
    },
    clear: () => {
      received.length = 0
    },
    async close() {
      server.closeAllConnections()
      await new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve())))
    },
  }
}
