import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addresses, coupons, orderGroups, orderItems, orders, payments, products, showProducts, shows } from '@/db/schema'
import { ActionError } from '@/lib/actions/errors'
import { placeOrderSchema } from '@/lib/validations/checkout'
import type { EmailMessage } from '@/lib/services/email'
import { createSimulatedPayments } from '@/lib/services/payments/simulated'
import { createSimulatedShipping } from '@/lib/services/shipping/simulated'
import { catalogFixtures } from '@/tests/support/catalog-fixtures'
import { createTestDb, type TestDb } from '@/tests/support/test-db'
import { placeCheckout, type CheckoutDeps } from './checkout'

// placeCheckout end to end on the embedded gateway and courier: the browser sends ids, a code
// and a method; every amount is the server's (SPEC §3.4).

let t: TestDb
let deps: CheckoutDeps
const mail: EmailMessage[] = []

beforeAll(async () => {
  t = await createTestDb()
  const quiet = { fetch: async () => new Response('{}'), appUrl: 'http://127.0.0.1:9' }
  deps = {
    db: t.db,
    payments: createSimulatedPayments({ db: t.db, keyId: 'rzp_test_checkout', keySecret: 'k', webhookSecret: 'w', log: () => undefined, ...quiet }),
    shipping: createSimulatedShipping({ db: t.db, webhookToken: 'x', ...quiet }),
    email: { send: async (m) => (mail.push(m), { id: String(mail.length) }) },
    secret: 'test-secret',
  }
}, 60_000)
afterAll(async () => {
  await t?.close()
})

async function setup(options: { stock?: number; pricePaise?: number; codEnabled?: boolean } = {}) {
  const f = catalogFixtures(t.db)
  const store = await f.store()
  const product = await f.product(store.id, { stock: options.stock ?? 5, pricePaise: options.pricePaise ?? 99_900 })
  const buyerId = await f.user('Buyer')
  const [address] = await t.db
    .insert(addresses)
    .values({ userId: buyerId, name: 'Asha', phone: '+919876543210', line1: '1 MG Road', city: 'Bengaluru', state: 'Karnataka', pin: '560001', isDefault: true })
    .returning({ id: addresses.id })
  return { f, store, product, buyerId, addressId: address!.id }
}

const buy = (productId: string, quantity = 1) => ({ kind: 'buy' as const, line: { productId, variantId: null, quantity, showId: null } })

describe('placeCheckout', () => {
  it('charges the catalogue price and the store’s shipping, whatever else the request carries', async () => {
    const { product, buyerId, addressId } = await setup({ pricePaise: 99_900 })
    // A tampered request: amounts the browser has no business sending are stripped by the schema.
    const parsed = placeOrderSchema.parse({ source: 'cart', addressId, method: 'upi', couponCode: '', totalPaise: 100, unitPricePaise: 1, amount: 1 })
    expect(Object.keys(parsed).sort()).toEqual(['addressId', 'couponCode', 'method', 'source'])

    const placed = await placeCheckout(deps, { userId: buyerId, buyerEmail: null, source: buy(product.id, 2), addressId, couponCode: null, method: 'upi' })
    // ₹999 × 2 is over the default free-shipping threshold (₹499).
    expect(placed.totalPaise).toBe(199_800)
    expect(placed.payment?.amountPaise).toBe(199_800)
    const [payment] = await t.db.select().from(payments).where(eq(payments.groupId, placed.groupId))
    expect(payment?.amountPaise).toBe(199_800)
    const [row] = await t.db.select({ stock: products.stock }).from(products).where(eq(products.id, product.id))
    expect(row?.stock).toBe(3)
  })

  it('charges a live show’s price only while that show is live, and records where the price came from', async () => {
    const { f, store, product, buyerId, addressId } = await setup({ pricePaise: 99_900, stock: 5 })
    const live = await f.show(store.id, buyerId, 'live', new Date(), [product.id])
    await t.db.update(showProducts).set({ livePricePaise: 79_900 }).where(eq(showProducts.showId, live.id))
    const fromShow = { kind: 'buy' as const, line: { productId: product.id, variantId: null, quantity: 1, showId: live.id } }
    const placed = await placeCheckout(deps, { userId: buyerId, buyerEmail: null, source: fromShow, addressId, couponCode: null, method: 'upi' })
    const [item] = await t.db.select().from(orderItems).where(eq(orderItems.orderId, placed.orders[0]!.id))
    expect(item).toMatchObject({ unitPricePaise: 79_900, priceSource: 'live', showId: live.id })

    await t.db.update(shows).set({ status: 'ended' }).where(eq(shows.id, live.id))
    const after = await placeCheckout(deps, { userId: buyerId, buyerEmail: null, source: fromShow, addressId, couponCode: null, method: 'upi' })
    const [later] = await t.db.select().from(orderItems).where(eq(orderItems.orderId, after.orders[0]!.id))
    expect(later).toMatchObject({ unitPricePaise: 99_900, priceSource: 'list' })
  })

  it('refuses a quantity above the stock and another buyer’s address', async () => {
    const { f, product, buyerId, addressId } = await setup({ stock: 3 })
    await expect(placeCheckout(deps, { userId: buyerId, buyerEmail: null, source: buy(product.id, 4), addressId, couponCode: null, method: 'upi' })).rejects.toThrow(/Only 3/)
    const stranger = await f.user('Stranger')
    await expect(placeCheckout(deps, { userId: stranger, buyerEmail: null, source: buy(product.id, 1), addressId, couponCode: null, method: 'upi' })).rejects.toBeInstanceOf(ActionError)
    const placedByStranger = await t.db.select().from(orders).where(eq(orders.buyerId, stranger))
    expect(placedByStranger).toHaveLength(0)
  })

  it('applies a coupon on the server and says why one can’t be used', async () => {
    const { product, buyerId, addressId } = await setup({ pricePaise: 60_000 })
    const code = `SAVE${Date.now() % 100_000}`
    await t.db.insert(coupons).values({ storeId: null, code, kind: 'percent', value: 1_000, minOrderPaise: 50_000, maxDiscountPaise: 20_000, perUserLimit: 1 })
    const placed = await placeCheckout(deps, { userId: buyerId, buyerEmail: null, source: buy(product.id), addressId, couponCode: code.toLowerCase(), method: 'upi' })
    expect(placed.totalPaise).toBe(60_000 - 6_000)
    await expect(placeCheckout(deps, { userId: buyerId, buyerEmail: null, source: buy(product.id), addressId, couponCode: code, method: 'upi' })).rejects.toThrow(/already used/)
  })

  it('holds a cash-on-delivery order until the emailed code is confirmed', async () => {
    const { product, buyerId, addressId } = await setup({ pricePaise: 45_000 })
    const placed = await placeCheckout(deps, { userId: buyerId, buyerEmail: 'asha@example.com', source: buy(product.id), addressId, couponCode: null, method: 'cod' })
    expect(placed.payment).toBeNull()
    const [group] = await t.db.select().from(orderGroups).where(eq(orderGroups.id, placed.groupId))
    expect(group?.codOtpHash).toMatch(/^[0-9a-f]{64}$/)
    const email = mail.find((m) => m.to === 'asha@example.com' && m.tag === 'cod-otp')
    expect(email?.subject).toMatch(/^\d{6} is your Haat cash-on-delivery code$/)
    expect(email?.text).not.toContain(group?.codOtpHash ?? '-')
  })
})
