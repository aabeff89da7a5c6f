import { validatePaymentVerification, validateWebhookSignature } from 'razorpay/dist/utils/razorpay-utils'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { startWebhookCapture, type WebhookCapture } from '@/tests/support/razorpay-fake'
import { createTestDb, type TestDb } from '@/tests/support/test-db'
import { PaymentsError } from './errors'
import { createSimulatedPayments, type SimulatedPayments } from './simulated'

const SECRETS = { keyId: 'rzp_test_haatlocal', keySecret: 'sim-key-secret', webhookSecret: 'sim-webhook-secret' }

describe('simulated gateway specifics', () => {
  let testDb: TestDb
  let capture: WebhookCapture
  let gateway: SimulatedPayments
  let receipt = 0
  const order = (amountPaise = 999_00) => gateway.createOrder({ amountPaise, receipt: `sim-${++receipt}` })
  const forOrder = (orderId: string) => capture.received.filter((w) => w.body.includes(orderId))

  beforeAll(async () => {
    testDb = await createTestDb()
    capture = await startWebhookCapture()
    gateway = createSimulatedPayments({ db: testDb.db, ...SECRETS, appUrl: `${capture.appUrl}/`, retryDelaysMs: [20, 40], refundDelayMs: 20, log: () => undefined })
  })
  beforeEach(async () => {
    // Deliveries left from the previous test must not take this test's planned failures.
    await gateway.webhooks.whenIdle()
    capture.failNext(0)
  })
  afterAll(async () => {
    await gateway.webhooks.whenIdle()
    await capture.close()
    await testDb.close()
  })

  it('produces signatures the official razorpay package accepts', async () => {
    const { id } = await order()
    const result = await gateway.completePayment({ orderId: id, method: 'card', card: { last4: '1111', network: 'Visa' }, outcome: 'success' })
    if (result.status !== 'success') throw new Error('expected success')
    const { razorpay_order_id, razorpay_payment_id, razorpay_signature } = result.response
    expect(validatePaymentVerification({ order_id: razorpay_order_id, payment_id: razorpay_payment_id }, razorpay_signature, SECRETS.keySecret)).toBe(true)
    expect(validatePaymentVerification({ order_id: razorpay_order_id, payment_id: razorpay_payment_id }, razorpay_signature, 'other')).toBe(false)
    await gateway.webhooks.whenIdle()
    const sent = forOrder(id)
    expect(sent.map((w) => w.event)).toEqual(['payment.authorized', 'payment.captured', 'order.paid'])
    for (const webhook of sent) {
      expect(validateWebhookSignature(webhook.body, webhook.signature ?? '', SECRETS.webhookSecret)).toBe(true)
      expect(webhook.path).toBe('/api/webhooks/razorpay')
      expect(webhook.eventId).toMatch(/^[0-9A-Za-z]{14}$/)
    }
  })

  it('shapes ids and bodies like Razorpay and never stores a full card number', async () => {
    const { id } = await order(150_00)
    const result = await gateway.completePayment({ orderId: id, method: 'card', card: { name: 'Asha Rao', last4: '1111', network: 'Visa' }, outcome: 'success' })
    expect(result.payment.id).toMatch(/^pay_[0-9A-Za-z]{14}$/)
    await gateway.webhooks.whenIdle()
    const paid = JSON.parse(forOrder(id).find((w) => w.event === 'order.paid')?.body ?? '{}')
    expect(paid).toMatchObject({ entity: 'event', account_id: expect.stringMatching(/^acc_[0-9A-Za-z]{14}$/), event: 'order.paid', contains: ['payment', 'order'], created_at: expect.any(Number) })
    expect(paid.payload.payment.entity).toMatchObject({ entity: 'payment', status: 'captured', captured: true, method: 'card', card: { last4: '1111', network: 'Visa' }, notes: [] })
    expect(paid.payload.order.entity).toMatchObject({ entity: 'order', status: 'paid', amount_paid: 150_00, amount_due: 0, attempts: 1 })
    expect(JSON.stringify(paid)).not.toMatch(/4111\s?1111/)
  })

  it('records orders as attempted after a failure, paid after success, and refuses to take a paid order twice', async () => {
    const { id } = await order()
    const failed = await gateway.completePayment({ orderId: id, method: 'upi', vpa: 'failure@razorpay', outcome: 'failure' })
    expect(failed).toMatchObject({ status: 'failed', error: { code: 'BAD_REQUEST_ERROR', reason: 'payment_failed', metadata: { order_id: id, payment_id: failed.payment.id } } })
    expect(await gateway.getOrder(id)).toMatchObject({ status: 'attempted', amountPaidPaise: 0 })
    await gateway.completePayment({ orderId: id, method: 'netbanking', bank: 'HDFC', outcome: 'success' })
    expect(await gateway.getOrder(id)).toMatchObject({ status: 'paid', amountPaidPaise: 999_00 })
    const again = await gateway.completePayment({ orderId: id, method: 'upi', vpa: 'success@razorpay', outcome: 'success' }).catch((e: unknown) => e)
    expect(again).toBeInstanceOf(PaymentsError)
    expect((again as Error).message).toMatch(/already been paid/)
    expect(await gateway.fetchOrderPayments(id)).toHaveLength(2)
    await expect(gateway.completePayment({ orderId: 'order_AAAAAAAAAAAAAA', method: 'upi', outcome: 'success' })).rejects.toThrow(/does not exist/)
    await expect(gateway.fetchOrderPayments('order_AAAAAAAAAAAAAA')).rejects.toThrow(PaymentsError)
  })

  it('lets exactly one of two simultaneous payments of an order through', async () => {
    const { id } = await order()
    const results = await Promise.allSettled([
      gateway.completePayment({ orderId: id, method: 'upi', vpa: 'a@okaxis', outcome: 'success' }),
      gateway.completePayment({ orderId: id, method: 'upi', vpa: 'b@okaxis', outcome: 'success' }),
    ])
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    expect((await gateway.fetchOrderPayments(id)).map((p) => p.status)).toEqual(['captured'])
  })

  it('retries a refused webhook with backoff, recording every attempt under one event id', async () => {
    const { id } = await order()
    capture.failNext(2, 503)
    await gateway.completePayment({ orderId: id, method: 'upi', vpa: 'failure@razorpay', outcome: 'failure' })
    await gateway.webhooks.whenIdle()
    const attempts = forOrder(id)
    expect(attempts).toHaveLength(3)
    expect(new Set(attempts.map((a) => a.eventId)).size).toBe(1)
    expect(new Set(attempts.map((a) => a.body)).size).toBe(1)
    const [delivery] = (await gateway.webhooks.list({ orderId: id })) ?? []
    expect(delivery).toMatchObject({ id: attempts[0]?.eventId, event: 'payment.failed', status: 'delivered', nextAttemptAt: null })
    expect(delivery?.attempts.map((a) => a.status)).toEqual([503, 503, 200])
    const gaps = delivery!.attempts.slice(1).map((a, i) => Date.parse(a.at) - Date.parse(delivery!.attempts[i]!.at))
    expect(gaps[0]).toBeGreaterThanOrEqual(15)
    expect(gaps[1]).toBeGreaterThanOrEqual(35)
  })

  it('gives up after the last retry, and a manual resend delivers the same event again', async () => {
    const { id } = await order()
    capture.failNext(3)
    await gateway.completePayment({ orderId: id, method: 'upi', vpa: 'failure@razorpay', outcome: 'failure' })
    await gateway.webhooks.whenIdle()
    const [failed] = await gateway.webhooks.list({ orderId: id })
    expect(failed).toMatchObject({ status: 'failed', nextAttemptAt: null })
    expect(failed?.attempts).toHaveLength(3)

    const resent = await gateway.resendWebhook(failed!.id)
    expect(resent).toMatchObject({ status: 'delivered' })
    expect(resent?.attempts.at(-1)).toMatchObject({ status: 200, manual: true })
    const received = forOrder(id)
    expect(received).toHaveLength(4)
    expect(received[3]).toMatchObject({ eventId: failed!.id, body: failed!.body, signature: received[0]?.signature })
    expect(await gateway.resendWebhook('AAAAAAAAAAAAAA')).toBeNull()
  })

  it('records an unreachable app as attempts without a status', async () => {
    const offline = createSimulatedPayments({ db: testDb.db, ...SECRETS, appUrl: 'http://127.0.0.1:9', retryDelaysMs: [10], webhookTimeoutMs: 1000, log: () => undefined })
    const { id } = await offline.createOrder({ amountPaise: 100, receipt: 'offline' })
    await offline.completePayment({ orderId: id, method: 'upi', outcome: 'failure' })
    await offline.webhooks.whenIdle()
    const [delivery] = await offline.webhooks.list({ orderId: id })
    expect(delivery?.status).toBe('failed')
    expect(delivery?.attempts.map((a) => [a.status, typeof a.error])).toEqual([
      [null, 'string'],
      [null, 'string'],
    ])
  })

  it('keeps refunds pending until the bank answers, then marks them processed', async () => {
    const { id } = await order(200_00)
    const paid = await gateway.completePayment({ orderId: id, method: 'upi', vpa: 'ok@upi', outcome: 'success' })
    const refund = await gateway.refund({ paymentId: paid.payment.id, amountPaise: 50_00, idempotencyKey: `partial-${id}` })
    expect(refund.status).toBe('pending')
    await gateway.webhooks.whenIdle()
    const again = await gateway.refund({ paymentId: paid.payment.id, amountPaise: 50_00, idempotencyKey: `partial-${id}` })
    expect(again).toMatchObject({ id: refund.id, status: 'processed' })
    expect(await gateway.getPayment(paid.payment.id)).toMatchObject({ status: 'captured', amountRefundedPaise: 50_00 })
    const failedPayment = await gateway.completePayment({ orderId: (await order()).id, method: 'upi', outcome: 'failure' })
    await expect(gateway.refund({ paymentId: failedPayment.payment.id, amountPaise: 100, idempotencyKey: `failed-${id}` })).rejects.toThrow(/captured/)
    await expect(gateway.refund({ paymentId: 'pay_AAAAAAAAAAAAAA', amountPaise: 100, idempotencyKey: `missing-${id}` })).rejects.toThrow(/does not exist/)
  })

  it('lists recent payments and deliveries newest first', async () => {
    const { id } = await order()
    const paid = await gateway.completePayment({ orderId: id, method: 'upi', vpa: 'last@upi', outcome: 'success' })
    await gateway.webhooks.whenIdle()
    const activity = await gateway.recentActivity(5)
    expect(activity.payments[0]?.id).toBe(paid.payment.id)
    expect(activity.deliveries.slice(0, 3).map((d) => d.event)).toEqual(['order.paid', 'payment.captured', 'payment.authorized'])
    expect(activity.deliveries.length).toBeLessThanOrEqual(5)
  })
})
