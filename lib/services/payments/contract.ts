import { createHmac } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'
import type { CapturedWebhook, WebhookCapture } from '@/tests/support/razorpay-fake'
import { PaymentsError } from './errors'
import type { CheckoutResult, PaymentsService } from './types'

export type PaidOutcome = { status: 'success'; response: CheckoutResult } | { status: 'failed'; paymentId: string }

export type PaymentsContractSetup = {
  payments: PaymentsService
  keySecret: string
  webhookSecret: string
  /** The buyer completing Checkout for the order on this gateway. */
  pay: (orderId: string, outcome: 'success' | 'failure') => Promise<PaidOutcome>
  /** Where the gateway sends its webhooks (stands in for the app). */
  webhooks: WebhookCapture
}

const hmac = (payload: string, secret: string) => createHmac('sha256', secret).update(payload).digest('hex')
const flipHex = (hex: string, at: number) => hex.slice(0, at) + (hex[at] === '0' ? '1' : '0') + hex.slice(at + 1)
let receipts = 0
const receipt = () => `rcpt-${process.pid}-${Date.now() % 1e6}-${++receipts}`

/**
 * The behaviour every payments driver has, with Razorpay's wire formats as the reference:
 * orders, Checkout signatures, signed webhooks on the raw body, event parsing, payment listing
 * and idempotent refunds.
 */
export function runPaymentsContract(name: string, setup: () => Promise<PaymentsContractSetup>): void {
  describe(`payments contract: ${name}`, () => {
    let s: PaymentsContractSetup
    beforeAll(async () => {
      s = await setup()
    })

    const eventsFor = (orderId: string, names: string[]) =>
      s.webhooks.waitFor((all) => names.every((n) => all.some((w) => w.event === n && w.body.includes(orderId)))).then((all) =>
        names.map((n) => all.find((w) => w.event === n && w.body.includes(orderId)) as CapturedWebhook),
      )
    const paidOrder = async (amountPaise = 1499_00) => {
      const order = await s.payments.createOrder({ amountPaise, receipt: receipt() })
      const paid = await s.pay(order.id, 'success')
      if (paid.status !== 'success') throw new Error('expected the payment to succeed')
      return { order, response: paid.response }
    }

    it('creates an order in paise with a Razorpay-shaped id', async () => {
      const r = receipt()
      const order = await s.payments.createOrder({ amountPaise: 2599_50, receipt: r, notes: { group: 'og_1' } })
      expect(order).toEqual({
        id: expect.stringMatching(/^order_[0-9A-Za-z]{14}$/),
        amountPaise: 2599_50,
        amountPaidPaise: 0,
        currency: 'INR',
        receipt: r,
        status: 'created',
        notes: { group: 'og_1' },
        createdAt: expect.any(String),
      })
      expect(Math.abs(Date.parse(order.createdAt) - Date.now())).toBeLessThan(60_000)
      const second = await s.payments.createOrder({ amountPaise: 100, receipt: receipt() })
      expect(second.id).not.toBe(order.id)
      expect(second.notes).toEqual({})
    })

    it('refuses malformed orders before calling the gateway', async () => {
      for (const amountPaise of [99, 0, -100, 150.5, Number.NaN])
        await expect(s.payments.createOrder({ amountPaise, receipt: receipt() })).rejects.toThrow(RangeError)
      await expect(s.payments.createOrder({ amountPaise: 500, receipt: 'x'.repeat(41) })).rejects.toThrow(RangeError)
    })

    it('accepts the Checkout signature of a real payment and rejects any tampering', async () => {
      const { response } = await paidOrder()
      expect(s.payments.verifyCheckoutSignature(response)).toBe(true)
      expect(response.razorpay_signature).toBe(hmac(`${response.razorpay_order_id}|${response.razorpay_payment_id}`, s.keySecret))
      expect(s.payments.verifyCheckoutSignature({ ...response, razorpay_signature: response.razorpay_signature.toUpperCase() })).toBe(true)
      const tampered: CheckoutResult[] = [
        { ...response, razorpay_signature: flipHex(response.razorpay_signature, 0) },
        { ...response, razorpay_signature: flipHex(response.razorpay_signature, 63) },
        { ...response, razorpay_signature: response.razorpay_signature.slice(0, 62) },
        { ...response, razorpay_signature: `${response.razorpay_signature}00` },
        { ...response, razorpay_signature: 'z'.repeat(64) },
        { ...response, razorpay_signature: '' },
        { ...response, razorpay_payment_id: 'pay_AAAAAAAAAAAAAA' },
        { ...response, razorpay_order_id: 'order_AAAAAAAAAAAAAA' },
        { ...response, razorpay_signature: hmac(`${response.razorpay_order_id}|${response.razorpay_payment_id}`, 'another secret') },
        { ...response, razorpay_signature: hmac(`${response.razorpay_payment_id}|${response.razorpay_order_id}`, s.keySecret) },
      ]
      for (const result of tampered) expect(s.payments.verifyCheckoutSignature(result)).toBe(false)
      expect(s.payments.verifyCheckoutSignature({} as CheckoutResult)).toBe(false)
    })

    it('signs each webhook over its exact raw body; any changed byte fails verification', async () => {
      const { order } = await paidOrder()
      const [captured] = await eventsFor(order.id, ['payment.captured'])
      if (!captured) throw new Error('no payment.captured')
      expect(captured.contentType).toMatch(/^application\/json/)
      expect(captured.eventId).toBeTruthy()
      expect(s.payments.verifyWebhook(captured.body, captured.signature)).toBe(true)
      expect(captured.signature).toBe(hmac(captured.body, s.webhookSecret))
      for (let at = 0; at < captured.body.length; at += 7) {
        const changed = captured.body.slice(0, at) + (captured.body[at] === 'x' ? 'y' : 'x') + captured.body.slice(at + 1)
        expect(s.payments.verifyWebhook(changed, captured.signature)).toBe(false)
      }
      expect(s.payments.verifyWebhook(JSON.stringify(JSON.parse(captured.body), null, 2), captured.signature)).toBe(false)
      expect(s.payments.verifyWebhook(`${captured.body}\n`, captured.signature)).toBe(false)
      expect(s.payments.verifyWebhook(captured.body, null)).toBe(false)
      expect(s.payments.verifyWebhook(captured.body, '')).toBe(false)
      expect(s.payments.verifyWebhook(captured.body, hmac(captured.body, 'not the webhook secret'))).toBe(false)
      expect(s.payments.verifyWebhook(captured.body, hmac(captured.body, s.keySecret))).toBe(false)
    })

    it('parses payment.authorized, payment.captured and order.paid for a successful payment', async () => {
      const { order, response } = await paidOrder(749_00)
      const [authorized, captured, paid] = await eventsFor(order.id, ['payment.authorized', 'payment.captured', 'order.paid'])
      const parse = (w: CapturedWebhook | undefined) => {
        if (!w) throw new Error('missing webhook')
        expect(s.payments.verifyWebhook(w.body, w.signature)).toBe(true)
        return s.payments.parseWebhook(w.body, w.eventId)
      }
      const a = parse(authorized)
      expect(a).toMatchObject({ id: authorized?.eventId, type: 'payment.authorized', orderId: order.id, refund: null, order: null })
      expect(a.payment).toMatchObject({ id: response.razorpay_payment_id, orderId: order.id, amountPaise: 749_00, status: 'authorized', errorReason: null })
      expect(Number.isInteger(a.createdAt) && Math.abs(a.createdAt - Date.now() / 1000) < 60).toBe(true)
      const c = parse(captured)
      expect(c).toMatchObject({ type: 'payment.captured', orderId: order.id, payment: { id: response.razorpay_payment_id, status: 'captured', amountPaise: 749_00 } })
      expect(c.payment?.feePaise).toBeGreaterThan(0)
      const p = parse(paid)
      expect(p).toMatchObject({ type: 'order.paid', orderId: order.id, order: { id: order.id, status: 'paid', amountPaise: 749_00, amountPaidPaise: 749_00 } })
      expect(p.payment).toMatchObject({ id: response.razorpay_payment_id, status: 'captured' })
      expect(new Set([a.id, c.id, p.id]).size).toBe(3)
      expect((p.raw as { event: string }).event).toBe('order.paid')
    })

    it('parses payment.failed for a failed payment, and lists every attempt on the order', async () => {
      const order = await s.payments.createOrder({ amountPaise: 320_00, receipt: receipt() })
      const failed = await s.pay(order.id, 'failure')
      expect(failed.status).toBe('failed')
      const [webhook] = await eventsFor(order.id, ['payment.failed'])
      if (!webhook) throw new Error('no payment.failed')
      const event = s.payments.parseWebhook(webhook.body, webhook.eventId)
      expect(event).toMatchObject({ type: 'payment.failed', orderId: order.id, payment: { status: 'failed', orderId: order.id, amountPaise: 320_00 } })
      expect(event.payment?.errorCode).toBe('BAD_REQUEST_ERROR')
      expect(event.payment?.errorReason).toMatch(/\w+/)
      expect(event.payment?.errorDescription).toMatch(/\w+/)

      const retried = await s.pay(order.id, 'success')
      if (retried.status !== 'success') throw new Error('expected the retry to succeed')
      const payments = await s.payments.fetchOrderPayments(order.id)
      expect(payments.map((p) => [p.status, p.amountPaise, p.orderId])).toEqual([
        ['failed', 320_00, order.id],
        ['captured', 320_00, order.id],
      ])
      expect(payments[1]?.id).toBe(retried.response.razorpay_payment_id)
      expect(payments[0]?.id).toBe(event.payment?.id)
      expect(await s.payments.fetchOrderPayments((await s.payments.createOrder({ amountPaise: 100, receipt: receipt() })).id)).toEqual([])
    })

    it('refunds once per idempotency key, however often it is asked', async () => {
      const { order, response } = await paidOrder(1000_00)
      const paymentId = response.razorpay_payment_id
      const key = `refund-${order.id}-1`
      const first = await s.payments.refund({ paymentId, amountPaise: 400_00, idempotencyKey: key, notes: { reason: 'damaged' } })
      expect(first).toEqual({ id: expect.stringMatching(/^rfnd_[0-9A-Za-z]{14}$/), paymentId, amountPaise: 400_00, status: expect.stringMatching(/^(pending|processed)$/), createdAt: expect.any(String) })
      const again = await s.payments.refund({ paymentId, amountPaise: 400_00, idempotencyKey: key, notes: { reason: 'damaged' } })
      const [concurrentA, concurrentB] = await Promise.all([
        s.payments.refund({ paymentId, amountPaise: 400_00, idempotencyKey: key }),
        s.payments.refund({ paymentId, amountPaise: 400_00, idempotencyKey: key }),
      ])
      expect([again.id, concurrentA.id, concurrentB.id]).toEqual([first.id, first.id, first.id])
      const [payment] = await s.payments.fetchOrderPayments(order.id)
      expect(payment).toMatchObject({ amountRefundedPaise: 400_00, status: 'captured' })

      const reused = await s.payments.refund({ paymentId, amountPaise: 500_00, idempotencyKey: key }).catch((e: unknown) => e)
      expect(reused).toBeInstanceOf(PaymentsError)
      expect((reused as PaymentsError).message).toMatch(/idempotency key/i)

      const rest = await s.payments.refund({ paymentId, amountPaise: 600_00, idempotencyKey: `refund-${order.id}-2` })
      expect(rest.id).not.toBe(first.id)
      const [after] = await s.payments.fetchOrderPayments(order.id)
      expect(after).toMatchObject({ amountRefundedPaise: 1000_00, status: 'refunded' })
      await expect(s.payments.refund({ paymentId, amountPaise: 100, idempotencyKey: `refund-${order.id}-3` })).rejects.toThrow(PaymentsError)
      await expect(s.payments.refund({ paymentId, amountPaise: 100, idempotencyKey: 'short' })).rejects.toThrow(RangeError)
    })

    it('refuses a refund above what is left, and sends refund.processed for one it accepts', async () => {
      const { order, response } = await paidOrder(250_00)
      const paymentId = response.razorpay_payment_id
      const over = await s.payments.refund({ paymentId, amountPaise: 250_01, idempotencyKey: `over-${order.id}` }).catch((e: unknown) => e)
      expect(over).toBeInstanceOf(PaymentsError)
      expect(over).toMatchObject({ code: 'BAD_REQUEST_ERROR', details: { status: 400 } })
      const refund = await s.payments.refund({ paymentId, amountPaise: 250_00, idempotencyKey: `full-${order.id}` })
      const [webhook] = await eventsFor(refund.id, ['refund.processed'])
      if (!webhook) throw new Error('no refund.processed')
      expect(s.payments.verifyWebhook(webhook.body, webhook.signature)).toBe(true)
      const event = s.payments.parseWebhook(webhook.body, webhook.eventId)
      expect(event).toMatchObject({ type: 'refund.processed', orderId: order.id, refund: { id: refund.id, paymentId, amountPaise: 250_00, status: 'processed' } })
      expect(event.payment).toMatchObject({ id: paymentId, amountRefundedPaise: 250_00, status: 'refunded' })
    })

    it('parses refund.failed, digests a missing event id, and throws on malformed bodies', () => {
      const body = JSON.stringify({
        entity: 'event',
        account_id: 'acc_BFQ7uQEaa7j2z7',
        event: 'refund.failed',
        contains: ['refund'],
        payload: { refund: { entity: { id: 'rfnd_FP8DDKxqJif6ca', entity: 'refund', amount: 300100, currency: 'INR', payment_id: 'pay_FIKOnlyii5QGNx', notes: [], receipt: null, created_at: 1597734071, status: 'failed' } } },
        created_at: 1597734072,
      })
      const event = s.payments.parseWebhook(body, 'KEzYvY5pKG6b7g')
      expect(event).toMatchObject({ id: 'KEzYvY5pKG6b7g', type: 'refund.failed', createdAt: 1597734072, orderId: null, payment: null, refund: { id: 'rfnd_FP8DDKxqJif6ca', status: 'failed', amountPaise: 300100 } })
      const a = s.payments.parseWebhook(body, null)
      expect(a.id).toMatch(/^body_/)
      expect(s.payments.parseWebhook(body, '').id).toBe(a.id)
      expect(s.payments.parseWebhook(body.replace('300100', '300101'), null).id).not.toBe(a.id)
      for (const bad of ['', 'not json', '[]', '{}', JSON.stringify({ event: 'payment.captured', created_at: 1 }), body.replace('"amount":300100', '"amount":"300100"'), body.replace(/"created_at":1597734072/, '"created_at":"soon"')])
        expect(() => s.payments.parseWebhook(bad, 'id')).toThrow()
    })

    it('tells the browser which provider and public key to use', () => {
      const config = s.payments.publicConfig()
      expect(config.provider).toBe(s.payments.provider)
      expect(config.keyId).toMatch(/^rzp_(test|live)_/)
      expect(JSON.stringify(config)).not.toContain(s.keySecret)
    })
  })
}
