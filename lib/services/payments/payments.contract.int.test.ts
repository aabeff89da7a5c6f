import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startRazorpayFake, startWebhookCapture, type RazorpayFake, type WebhookCapture } from '@/tests/support/razorpay-fake'
import { createTestDb, type TestDb } from '@/tests/support/test-db'
import { runPaymentsContract } from './contract'
import { PaymentsError } from './errors'
import { createRazorpayPayments } from './razorpay'
import { createSimulatedPayments, type SimulatedPayments } from './simulated'

const SECRETS = { keyId: 'rzp_test_haatcontract', keySecret: 'contract-key-secret', webhookSecret: 'contract-webhook-secret' }

describe('simulated gateway', () => {
  let testDb: TestDb
  let capture: WebhookCapture
  let gateway: SimulatedPayments
  beforeAll(async () => {
    testDb = await createTestDb()
    capture = await startWebhookCapture()
    gateway = createSimulatedPayments({ db: testDb.db, ...SECRETS, appUrl: capture.appUrl, retryDelaysMs: [20, 40], refundDelayMs: 20, log: () => undefined })
  })
  afterAll(async () => {
    await gateway.webhooks.whenIdle()
    await capture.close()
    await testDb.close()
  })

  runPaymentsContract('simulated (test database, local webhook receiver)', async () => ({
    payments: gateway,
    keySecret: SECRETS.keySecret,
    webhookSecret: SECRETS.webhookSecret,
    webhooks: capture,
    pay: async (orderId, outcome) => {
      const result = await gateway.completePayment({ orderId, method: 'upi', vpa: outcome === 'success' ? 'success@razorpay' : 'failure@razorpay', outcome })
      return result.status === 'success' ? result : { status: 'failed', paymentId: result.payment.id }
    },
  }))
})

describe('razorpay driver', () => {
  let fake: RazorpayFake
  let capture: WebhookCapture
  beforeAll(async () => {
    capture = await startWebhookCapture()
    fake = await startRazorpayFake({ webhookUrl: null })
    fake.webhookUrl = capture.url
  })
  afterAll(async () => {
    await fake.close()
    await capture.close()
  })
  const driver = (overrides: Partial<Parameters<typeof createRazorpayPayments>[0]> = {}) =>
    createRazorpayPayments({ keyId: fake.keyId, keySecret: fake.keySecret, webhookSecret: fake.webhookSecret, apiBase: fake.apiBase, conflictRetryMs: 10, ...overrides })

  runPaymentsContract('razorpay (local fake)', async () => ({
    payments: driver(),
    keySecret: fake.keySecret,
    webhookSecret: fake.webhookSecret,
    webhooks: capture,
    pay: (orderId, outcome) => fake.pay(orderId, { outcome }),
  }))

  it('sends paise, Basic auth and the refund idempotency header as Razorpay documents them', async () => {
    const payments = driver()
    const order = await payments.createOrder({ amountPaise: 1234_56, receipt: 'og_wire', notes: { group: 'og_wire' } })
    const create = fake.requests.findLast((r) => r.path === '/v1/orders')
    expect(create?.body).toEqual({ amount: 1234_56, currency: 'INR', receipt: 'og_wire', notes: { group: 'og_wire' } })
    expect(create?.headers.authorization).toBe(`Basic ${Buffer.from(`${fake.keyId}:${fake.keySecret}`).toString('base64')}`)
    const paid = await fake.pay(order.id)
    if (paid.status !== 'success') throw new Error('expected success')
    await payments.refund({ paymentId: paid.response.razorpay_payment_id, amountPaise: 100_00, idempotencyKey: 'wire-refund-0001' })
    const refund = fake.requests.findLast((r) => r.path.endsWith('/refund'))
    expect(refund?.path).toBe(`/v1/payments/${paid.response.razorpay_payment_id}/refund`)
    expect(refund?.headers['x-refund-idempotency']).toBe('wire-refund-0001')
    expect(refund?.body).toMatchObject({ amount: 100_00 })
  })

  it('retries a refund Razorpay says is still in progress (409), then gets the one refund', async () => {
    const payments = driver()
    const order = await payments.createOrder({ amountPaise: 500_00, receipt: 'og_409' })
    const paid = await fake.pay(order.id)
    if (paid.status !== 'success') throw new Error('expected success')
    fake.conflictNextRefunds(2)
    const refund = await payments.refund({ paymentId: paid.response.razorpay_payment_id, amountPaise: 500_00, idempotencyKey: 'conflict-refund-1' })
    expect(refund.amountPaise).toBe(500_00)
    expect(fake.refunds().filter((r) => r.payment_id === paid.response.razorpay_payment_id)).toHaveLength(1)
    fake.conflictNextRefunds(10)
    await expect(payments.refund({ paymentId: paid.response.razorpay_payment_id, amountPaise: 100, idempotencyKey: 'conflict-refund-2' })).rejects.toMatchObject({ status: 409 })
    fake.conflictNextRefunds(0)
  })

  it('maps refund.failed as Razorpay sends it', async () => {
    const payments = driver()
    const order = await payments.createOrder({ amountPaise: 300_00, receipt: 'og_rf' })
    const paid = await fake.pay(order.id)
    if (paid.status !== 'success') throw new Error('expected success')
    const refund = await payments.refund({ paymentId: paid.response.razorpay_payment_id, amountPaise: 300_00, idempotencyKey: 'failing-refund-1' })
    await fake.failRefund(refund.id)
    const webhook = (await capture.waitFor((all) => all.some((w) => w.event === 'refund.failed' && w.body.includes(refund.id)))).find((w) => w.event === 'refund.failed' && w.body.includes(refund.id))
    if (!webhook) throw new Error('no refund.failed')
    expect(payments.verifyWebhook(webhook.body, webhook.signature)).toBe(true)
    expect(payments.parseWebhook(webhook.body, webhook.eventId)).toMatchObject({ type: 'refund.failed', orderId: order.id, refund: { id: refund.id, status: 'failed' } })
  })

  it('turns Razorpay error JSON into a readable PaymentsError', async () => {
    const wrongKey = await driver({ keySecret: 'wrong' }).createOrder({ amountPaise: 100, receipt: 'x' }).catch((e: unknown) => e)
    expect(wrongKey).toBeInstanceOf(PaymentsError)
    expect(wrongKey).toMatchObject({ status: 401, message: expect.stringMatching(/rejected our API key.*HTTP 401.*api key provided is invalid/) })
    const unknown = await driver().fetchOrderPayments('order_AAAAAAAAAAAAAA').catch((e: unknown) => e)
    expect(unknown).toMatchObject({ status: 400, code: 'BAD_REQUEST_ERROR', details: { field: 'id' }, message: expect.stringMatching(/does not exist/) })
    const unreachable = createRazorpayPayments({ ...SECRETS, apiBase: 'http://127.0.0.1:9', timeoutMs: 2000 })
    await expect(unreachable.createOrder({ amountPaise: 100, receipt: 'x' })).rejects.toThrow(/could not be reached/)
  })
})
