import { eq, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadCheckoutCatalog } from '@/db/queries/checkout-catalog'
import { insertPayment } from '@/db/queries/payments'
import { CouponUnavailableError, OutOfStockError, placeOrderGroup } from '@/db/queries/place-order'
import { coupons, orderEvents, orders, payments, productVariants, products } from '@/db/schema'
import { checkLines, toPricedLine } from '@/lib/dal/checkout-quote'
import { priceCheckout } from '@/lib/domain/pricing'
import type { OrderNotice } from '@/lib/notifications/order-events'
import type { PaymentsService } from '@/lib/services/payments'
import { catalogFixtures } from '@/tests/support/catalog-fixtures'
import { createTestDb, type TestDb } from '@/tests/support/test-db'
import { applyCapture, applyFailure, expireUnpaidOrders } from './payments'

// SPEC §3.6: stock never goes below zero under any concurrency. Meaningful on PostgreSQL (CI sets
// TEST_DATABASE_URL); on PGlite the same code runs serially and must give the same totals.

let t: TestDb
const notices: OrderNotice[] = []
const ADDRESS = { name: 'Asha', phone: '+919876543210', line1: '1 MG Road', line2: null, landmark: null, city: 'Bengaluru', state: 'Karnataka', pin: '560001' }

beforeAll(async () => {
  t = await createTestDb()
}, 60_000)
afterAll(async () => {
  await t?.close()
})

function gateway(): PaymentsService {
  // Only `provider` is read on the capture path; the gateway itself is exercised by the payments contract test.
  return { provider: 'simulated' } as PaymentsService
}

const deps = () => ({ db: t.db, payments: gateway(), notify: async (_db: unknown, n: OrderNotice) => void notices.push(n) })

async function checkoutOnce(buyerId: string, productId: string, i: number) {
  const requests = [{ productId, variantId: null, quantity: 1, showId: null }]
  const lines = checkLines(requests, await loadCheckoutCatalog(t.db, requests))
  const good = lines.filter((l) => l.issue === null && l.row !== null)
  if (good.length === 0) return null
  const priced = priceCheckout({
    lines: good.map((l) => toPricedLine(l as Parameters<typeof toPricedLine>[0])),
    stores: [{ storeId: good[0]!.row!.store.id, shipping: { rule: 'flat', feePaise: 0 }, carrierRatePaise: null }],
    coupon: null,
    userRedemptions: 0,
    now: new Date(),
  })
  try {
    const placed = await placeOrderGroup(t.db, { buyerId, priced, address: ADDRESS, paymentMethod: 'upi', expiresAt: new Date(Date.now() + 900_000), couponPerUserLimit: null })
    await insertPayment(t.db, { groupId: placed.groupId, provider: 'simulated', providerOrderId: `order_conc${i}`, amountPaise: placed.totalPaise, method: 'upi' })
    return placed
  } catch (error) {
    if (error instanceof OutOfStockError) return null
    throw error
  }
}

describe('checkout under concurrency', () => {
  // 500 on PostgreSQL, as SPEC'd; PGlite runs one transaction at a time, so 100 prove the totals there.
  const attempts = () => (t.driver === 'pg' ? 500 : 100)

  it('500 concurrent checkouts for 50 in stock end with exactly 50 paid orders and stock 0', async () => {
    const f = catalogFixtures(t.db)
    const store = await f.store()
    const product = await f.product(store.id, { stock: 50, pricePaise: 49_900 })
    const buyer = await f.user('Buyer')

    const results = await Promise.all(Array.from({ length: attempts() }, (_, i) => checkoutOnce(buyer, product.id, i)))
    const placed = results.filter((r) => r !== null)
    expect(placed).toHaveLength(50)

    await Promise.all(
      placed.map((p, i) =>
        applyCapture(deps(), { providerOrderId: `order_conc${results.indexOf(p)}`, providerPaymentId: `pay_conc${i}`, amountPaise: p!.totalPaise, method: 'upi' }),
      ),
    )
    const [stock] = await t.db.select({ stock: products.stock, sold: products.soldCount }).from(products).where(eq(products.id, product.id))
    expect(stock).toEqual({ stock: 0, sold: 50 })
    const [paid] = await t.db
      .select({ n: sql<number>`count(*)::int` })
      .from(orders)
      .where(sql`${orders.status} = 'confirmed' and exists (select 1 from order_items i where i.order_id = ${orders.id} and i.product_id = ${product.id})`)
    expect(paid?.n).toBe(50)
  }, 120_000)

  it('applies the same capture ten times, and a failure after it, as one change', async () => {
    const f = catalogFixtures(t.db)
    const store = await f.store()
    const product = await f.product(store.id, { stock: 5 })
    const buyer = await f.user('Buyer')
    const placed = await checkoutOnce(buyer, product.id, 9001)
    expect(placed).not.toBeNull()
    notices.length = 0

    const facts = { providerOrderId: 'order_conc9001', providerPaymentId: 'pay_once', amountPaise: placed!.totalPaise, method: 'upi' }
    await Promise.all(Array.from({ length: 10 }, () => applyCapture(deps(), facts)))
    await applyFailure(deps(), { providerOrderId: 'order_conc9001', providerPaymentId: 'pay_late_fail', reason: 'late failure event' })

    const events = await t.db.select().from(orderEvents).where(eq(orderEvents.orderId, placed!.orders[0]!.id))
    expect(events.map((e) => e.toStatus)).toEqual(['pending_payment', 'confirmed'])
    expect(notices.filter((n) => n.type === 'order.placed')).toHaveLength(1)
    const [payment] = await t.db.select().from(payments).where(eq(payments.providerOrderId, 'order_conc9001'))
    expect(payment?.status).toBe('captured')
  })

  it('refuses a capture whose amount is not the amount due', async () => {
    const f = catalogFixtures(t.db)
    const store = await f.store()
    const product = await f.product(store.id, { stock: 5 })
    const placed = await checkoutOnce(await f.user('Buyer'), product.id, 9002)
    const result = await applyCapture(deps(), { providerOrderId: 'order_conc9002', providerPaymentId: 'pay_short', amountPaise: placed!.totalPaise - 100, method: 'upi' })
    expect(result.outcome.kind).toBe('amount_mismatch')
    const [order] = await t.db.select({ status: orders.status }).from(orders).where(eq(orders.id, placed!.orders[0]!.id))
    expect(order?.status).toBe('pending_payment')
  })

  it('gives stock back when a payment fails or the order expires unpaid', async () => {
    const f = catalogFixtures(t.db)
    const store = await f.store()
    const product = await f.product(store.id, { stock: 2 })
    const buyer = await f.user('Buyer')
    const a = await checkoutOnce(buyer, product.id, 9003)
    const b = await checkoutOnce(buyer, product.id, 9004)
    expect(await checkoutOnce(buyer, product.id, 9005)).toBeNull()

    await applyFailure(deps(), { providerOrderId: 'order_conc9003', providerPaymentId: 'pay_fail', reason: 'card declined' })
    const [afterFail] = await t.db.select({ stock: products.stock }).from(products).where(eq(products.id, product.id))
    expect(afterFail?.stock).toBe(1)

    // Expiry asks the gateway first; this stand-in gateway has no record of the payment.
    const withGateway = { ...deps(), payments: { provider: 'simulated', fetchOrderPayments: async () => [] } as unknown as PaymentsService }
    await expireUnpaidOrders(withGateway, new Date(Date.now() + 16 * 60_000))
    const [afterExpiry] = await t.db.select({ stock: products.stock }).from(products).where(eq(products.id, product.id))
    expect(afterExpiry?.stock).toBe(2)
    const statuses = await t.db.select({ status: orders.status }).from(orders).where(sql`${orders.groupId} in (${a!.groupId}, ${b!.groupId})`)
    expect(statuses.map((s) => s.status).sort()).toEqual(['cancelled', 'cancelled'])
  })

  it('redeems a coupon limited to 3 uses exactly 3 times under 20 concurrent checkouts, with variants from two stores', async () => {
    const f = catalogFixtures(t.db)
    const [storeA, storeB] = [await f.store(), await f.store()]
    const shirt = await f.product(storeA.id, { stock: 100, options: [{ name: 'Size', values: ['M', 'L'] }] })
    const [m] = await f.variants(shirt.id, [{ values: ['M'], pricePaise: 59_900, stock: 100, position: 0 }])
    const mug = await f.product(storeB.id, { stock: 100, pricePaise: 29_900 })
    const [coupon] = await t.db
      .insert(coupons)
      .values({ storeId: null, code: `RACE${Date.now() % 100000}`, kind: 'fixed', value: 5_000, usageLimit: 3, perUserLimit: 1 })
      .returning()
    const requests = [
      { productId: shirt.id, variantId: m!.id, quantity: 1, showId: null },
      { productId: mug.id, variantId: null, quantity: 2, showId: null },
    ]
    const outcomes = await Promise.all(
      Array.from({ length: 20 }, async () => {
        const buyer = await f.user('Buyer')
        const lines = checkLines(requests, await loadCheckoutCatalog(t.db, requests))
        const priced = priceCheckout({
          lines: lines.map((l) => toPricedLine(l as Parameters<typeof toPricedLine>[0])),
          stores: [storeA.id, storeB.id].map((storeId) => ({ storeId, shipping: { rule: 'flat' as const, feePaise: 0 }, carrierRatePaise: null })),
          coupon: { ...coupon!, kind: 'fixed' },
          userRedemptions: 0,
          now: new Date(),
        })
        try {
          return await placeOrderGroup(t.db, { buyerId: buyer, priced, address: ADDRESS, paymentMethod: 'upi', expiresAt: new Date(Date.now() + 900_000), couponPerUserLimit: 1 })
        } catch (error) {
          if (error instanceof CouponUnavailableError) return null
          throw error
        }
      }),
    )
    expect(outcomes.filter(Boolean)).toHaveLength(3)
    expect(outcomes.find(Boolean)?.orders).toHaveLength(2)
    const [used] = await t.db.select({ n: coupons.usedCount }).from(coupons).where(eq(coupons.id, coupon!.id))
    expect(used?.n).toBe(3)
    const [variant] = await t.db.select({ stock: productVariants.stock }).from(productVariants).where(eq(productVariants.id, m!.id))
    const [mugRow] = await t.db.select({ stock: products.stock }).from(products).where(eq(products.id, mug.id))
    expect([variant?.stock, mugRow?.stock]).toEqual([97, 94])
  })
})
