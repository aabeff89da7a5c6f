import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { insertPayment } from '@/db/queries/payments'
import { placeOrderGroup } from '@/db/queries/place-order'
import { orderEvents, orders, paymentEvents, products, refunds } from '@/db/schema'
import { priceCheckout } from '@/lib/domain/pricing'
import type { OrderNotice } from '@/lib/notifications/order-events'
import { createSimulatedPayments } from '@/lib/services/payments/simulated'
import { catalogFixtures } from '@/tests/support/catalog-fixtures'
import { createTestDb, type TestDb } from '@/tests/support/test-db'
import { handlePaymentWebhook } from './payment-webhook'
import { issueRefund } from './payments'

// The webhook route's logic, fed the simulated gateway's own deliveries (signed exactly as
// Razorpay signs them): good, forged, replayed and out of order (SPEC §3.7).

type Delivery = { body: string; headers: Headers }
let t: TestDb
const deliveries: Delivery[] = []
const notices: OrderNotice[] = []
const ADDRESS = { name: 'Asha', phone: '+919876543210', line1: '1 MG Road', line2: null, landmark: null, city: 'Bengaluru', state: 'Karnataka', pin: '560001' }

let gateway: ReturnType<typeof createSimulatedPayments>

beforeAll(async () => {
  t = await createTestDb()
  gateway = createSimulatedPayments({
    db: t.db,
    keyId: 'rzp_test_webhooktest',
    keySecret: 'key-secret-for-tests',
    webhookSecret: 'webhook-secret-for-tests',
    appUrl: 'http://127.0.0.1:9',
    refundDelayMs: 0,
    retryDelaysMs: [],
    fetch: async (_url, init) => {
      deliveries.push({ body: String(init?.body), headers: new Headers(init?.headers) })
      return new Response('{}', { status: 200 })
    },
    log: () => undefined,
  })
}, 60_000)
afterAll(async () => {
  await t?.close()
})

const deps = () => ({ db: t.db, payments: gateway, notify: async (_db: unknown, n: OrderNotice) => void notices.push(n) })

async function waitFor(count: number) {
  for (let i = 0; i < 200 && deliveries.length < count; i++) await new Promise((r) => setTimeout(r, 10))
  expect(deliveries.length).toBeGreaterThanOrEqual(count)
}

async function paidCheckout(stock = 3) {
  const f = catalogFixtures(t.db)
  const store = await f.store()
  const product = await f.product(store.id, { stock, pricePaise: 129_900 })
  const buyer = await f.user('Buyer')
  const priced = priceCheckout({
    lines: [{ productId: product.id, variantId: null, storeId: store.id, title: 'Lamp', variantTitle: null, sku: null, imageUrl: null, unitPricePaise: 129_900, quantity: 1, weightGrams: 500, showId: null }],
    stores: [{ storeId: store.id, shipping: { rule: 'flat', feePaise: 4_900 }, carrierRatePaise: null }],
    coupon: null,
    userRedemptions: 0,
    now: new Date(),
  })
  const placed = await placeOrderGroup(t.db, { buyerId: buyer, priced, address: ADDRESS, paymentMethod: 'upi', expiresAt: new Date(Date.now() + 900_000), couponPerUserLimit: null })
  const order = await gateway.createOrder({ amountPaise: placed.totalPaise, receipt: placed.groupId.slice(0, 40) })
  await insertPayment(t.db, { groupId: placed.groupId, provider: gateway.provider, providerOrderId: order.id, amountPaise: placed.totalPaise, method: 'upi' })
  return { placed, gatewayOrderId: order.id, productId: product.id }
}

const statusOf = async (orderId: string) => (await t.db.select({ s: orders.status }).from(orders).where(eq(orders.id, orderId)))[0]?.s
const eventsOf = async (orderId: string) => (await t.db.select({ to: orderEvents.toStatus }).from(orderEvents).where(eq(orderEvents.orderId, orderId))).map((e) => e.to)

describe('payment webhooks', () => {
  it('confirms once from events delivered out of order and replayed ten times', async () => {
    const { placed, gatewayOrderId } = await paidCheckout()
    const start = deliveries.length
    await gateway.completePayment({ orderId: gatewayOrderId, outcome: 'success', method: 'upi', vpa: 'success@razorpay' })
    await waitFor(start + 3)
    const mine = deliveries.slice(start, start + 3)

    // order.paid first, payment.authorized last.
    const replies = []
    for (const d of [...mine].reverse()) replies.push(await handlePaymentWebhook(deps(), d.body, d.headers))
    expect(replies.map((r) => r.status)).toEqual([200, 200, 200])
    for (let i = 0; i < 10; i++) for (const d of mine) expect((await handlePaymentWebhook(deps(), d.body, d.headers)).body.status).toBe('duplicate')

    const orderId = placed.orders[0]!.id
    expect(await statusOf(orderId)).toBe('confirmed')
    expect(await eventsOf(orderId)).toEqual(['pending_payment', 'confirmed'])
    expect(notices.filter((n) => n.type === 'order.placed' && n.orderId === orderId)).toHaveLength(1)
  })

  it('refuses a forged signature with 401 and records nothing', async () => {
    const { placed, gatewayOrderId } = await paidCheckout()
    const start = deliveries.length
    await gateway.completePayment({ orderId: gatewayOrderId, outcome: 'success', method: 'upi', vpa: 'success@razorpay' })
    await waitFor(start + 3)
    const captured = deliveries.slice(start).find((d) => d.body.includes('"payment.captured"'))!
    const before = (await t.db.select().from(paymentEvents)).length

    const tampered = captured.body.replace(/"amount":\d+/, '"amount":100')
    expect((await handlePaymentWebhook(deps(), tampered, captured.headers)).status).toBe(401)
    const unsigned = new Headers(captured.headers)
    unsigned.delete('x-razorpay-signature')
    expect((await handlePaymentWebhook(deps(), captured.body, unsigned)).status).toBe(401)
    const wrongKey = new Headers(captured.headers)
    wrongKey.set('x-razorpay-signature', '0'.repeat(64))
    expect((await handlePaymentWebhook(deps(), captured.body, wrongKey)).status).toBe(401)

    expect((await t.db.select().from(paymentEvents)).length).toBe(before)
    expect(await statusOf(placed.orders[0]!.id)).toBe('pending_payment')
  })

  it('cancels the order and puts its stock back on payment.failed', async () => {
    const { placed, gatewayOrderId, productId } = await paidCheckout(1)
    const start = deliveries.length
    await gateway.completePayment({ orderId: gatewayOrderId, outcome: 'failure', method: 'card' })
    await waitFor(start + 1)
    const failed = deliveries[start]!
    expect((await handlePaymentWebhook(deps(), failed.body, failed.headers)).status).toBe(200)
    expect(await statusOf(placed.orders[0]!.id)).toBe('cancelled')
    const [row] = await t.db.select({ stock: products.stock }).from(products).where(eq(products.id, productId))
    expect(row?.stock).toBe(1)
  })

  it('refunds once per key and settles from refund.processed', async () => {
    const { placed, gatewayOrderId } = await paidCheckout()
    const start = deliveries.length
    await gateway.completePayment({ orderId: gatewayOrderId, outcome: 'success', method: 'upi', vpa: 'success@razorpay' })
    await waitFor(start + 3)
    for (const d of deliveries.slice(start, start + 3)) await handlePaymentWebhook(deps(), d.body, d.headers)
    const orderId = placed.orders[0]!.id

    const refundStart = deliveries.length
    await issueRefund(deps(), { orderId, amountPaise: placed.totalPaise, key: `test-refund-${orderId}`, reason: 'test' })
    await issueRefund(deps(), { orderId, amountPaise: placed.totalPaise, key: `test-refund-${orderId}`, reason: 'test' })
    await waitFor(refundStart + 1)
    const processed = deliveries.slice(refundStart).find((d) => d.body.includes('"refund.processed"'))!
    expect((await handlePaymentWebhook(deps(), processed.body, processed.headers)).status).toBe(200)

    const rows = await t.db.select().from(refunds).where(eq(refunds.orderId, orderId))
    expect(rows).toHaveLength(1)
    expect(rows[0]?.status).toBe('processed')
  })
})
