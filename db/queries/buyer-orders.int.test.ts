import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { orderItems, orders, payments, refunds, returns, shipmentEvents, shipments } from '@/db/schema'
import { catalogFixtures } from '@/tests/support/catalog-fixtures'
import { createOrder } from '@/tests/support/order-fixtures'
import { createTestDb, type TestDb } from '@/tests/support/test-db'
import { buyerPaidMethod, listBuyerOrders, loadBuyerOrder } from './buyer-orders'

let t: TestDb
let f: ReturnType<typeof catalogFixtures>
beforeAll(async () => {
  t = await createTestDb()
  f = catalogFixtures(t.db)
})
afterAll(() => t?.close())

async function setting() {
  const store = await f.store('approved')
  const product = await f.product(store.id, { title: 'Kantha stole' })
  const buyer = await f.user('Asha Rao')
  const stranger = await f.user('Stranger')
  return { store, product, buyer, stranger }
}

const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000)

describe('listBuyerOrders', () => {
  it('lists only the buyer’s orders, newest first, a page at a time, with the first line and how many more', async () => {
    const { store, product, buyer, stranger } = await setting()
    const older = await createOrder(t.db, { buyerId: buyer, storeId: store.id, productId: product.id, quantity: 1, status: 'delivered' })
    const newer = await createOrder(t.db, { buyerId: buyer, storeId: store.id, productId: product.id, quantity: 2, status: 'pending_payment' })
    await createOrder(t.db, { buyerId: stranger, storeId: store.id, productId: product.id, quantity: 1, status: 'confirmed' })
    await t.db.update(orders).set({ placedAt: minutesAgo(60) }).where(eq(orders.id, older.orderId))
    // Two more lines on the newer order: "and 2 more".
    const second = await f.product(store.id, { title: 'Second line' })
    await t.db.insert(orderItems).values(
      [second, second].map((p, i) => ({ orderId: newer.orderId, productId: p.id, title: `Extra ${i}`, unitPricePaise: 100, quantity: 1, totalPaise: 100, createdAt: minutesAgo(-1 - i) })),
    )

    const all = await listBuyerOrders(t.db, buyer, { limit: 20, offset: 0 })
    expect(all.total).toBe(2)
    expect(all.rows.map((r) => r.id)).toEqual([newer.orderId, older.orderId])
    expect(all.rows[0]).toMatchObject({
      number: newer.orderNumber,
      status: 'pending_payment',
      storeSlug: store.slug,
      firstItem: { title: 'Kantha stole' },
      lineCount: 3,
      ordersInGroup: 1,
    })
    expect(all.rows[1]).toMatchObject({ status: 'delivered', lineCount: 1 })

    const secondPage = await listBuyerOrders(t.db, buyer, { limit: 1, offset: 1 })
    expect(secondPage).toMatchObject({ total: 2, rows: [{ id: older.orderId }] })
    expect(await listBuyerOrders(t.db, buyer, { limit: 20, offset: 20 })).toEqual({ rows: [], total: 2 })
  })

  it('keeps the orders of one checkout together and says how many it made', async () => {
    const { store, product, buyer } = await setting()
    const otherStore = await f.store('approved')
    const otherProduct = await f.product(otherStore.id)
    const first = await createOrder(t.db, { buyerId: buyer, storeId: store.id, productId: product.id, quantity: 1, status: 'confirmed' })
    const second = await createOrder(t.db, { buyerId: buyer, storeId: otherStore.id, productId: otherProduct.id, quantity: 1, status: 'confirmed' })
    const alone = await createOrder(t.db, { buyerId: buyer, storeId: store.id, productId: product.id, quantity: 1, status: 'confirmed' })
    const placedAt = minutesAgo(5)
    await t.db.update(orders).set({ groupId: first.groupId, placedAt }).where(eq(orders.id, second.orderId))
    await t.db.update(orders).set({ placedAt }).where(eq(orders.id, first.orderId))
    await t.db.update(orders).set({ placedAt: minutesAgo(10) }).where(eq(orders.id, alone.orderId))

    const { rows } = await listBuyerOrders(t.db, buyer, { limit: 20, offset: 0 })
    expect(rows.map((r) => [r.groupId, r.ordersInGroup])).toEqual([
      [first.groupId, 2],
      [first.groupId, 2],
      [alone.groupId, 1],
    ])
  })
})

describe('loadBuyerOrder', () => {
  it('returns another buyer’s order to nobody but that buyer', async () => {
    const { store, product, buyer, stranger } = await setting()
    const order = await createOrder(t.db, { buyerId: buyer, storeId: store.id, productId: product.id, quantity: 1, status: 'shipped' })
    expect(await loadBuyerOrder(t.db, stranger, order.orderId)).toBeNull()
    expect(await loadBuyerOrder(t.db, buyer, '00000000-0000-4000-8000-000000000000')).toBeNull()
    expect((await loadBuyerOrder(t.db, buyer, order.orderId))?.order.id).toBe(order.orderId)
  })

  it('gathers the lines, events, parcels, scans, refunds and return of the buyer’s own order', async () => {
    const { store, product, buyer } = await setting()
    const order = await createOrder(t.db, { buyerId: buyer, storeId: store.id, productId: product.id, quantity: 2, status: 'return_requested' })
    const [parcel] = await t.db
      .insert(shipments)
      .values({ orderId: order.orderId, provider: 'simulated', awb: `AWB${Date.now()}`, courier: 'Delhivery', trackingUrl: 'https://track.example/1', status: 'delivered' })
      .returning({ id: shipments.id })
    await t.db.insert(shipmentEvents).values([
      { shipmentId: parcel!.id, status: 'in_transit', location: 'Pune Hub', description: 'In transit', occurredAt: minutesAgo(30), dedupeKey: 'b' },
      { shipmentId: parcel!.id, status: 'picked_up', location: 'Pune', description: 'Picked up', occurredAt: minutesAgo(40), dedupeKey: 'a' },
    ])
    await t.db.insert(returns).values({ orderId: order.orderId, reason: 'Damaged or defective', details: 'Torn', photos: ['returns/x/1-64.webp'] })
    await t.db.insert(refunds).values({ orderId: order.orderId, amountPaise: 5000, status: 'manual', idempotencyKey: `k-${order.orderId}` })

    const data = await loadBuyerOrder(t.db, buyer, order.orderId)
    expect(data?.order).toMatchObject({ number: order.orderNumber, status: 'return_requested', paymentMethod: 'upi', store: { slug: store.slug, returnWindowDays: 7 } })
    expect(data?.items).toEqual([expect.objectContaining({ id: order.orderItemId, productSlug: product.slug, quantity: 2, reviewId: null })])
    expect(data?.events.map((e) => e.toStatus)).toEqual(['pending_payment', 'confirmed', 'packed', 'shipped', 'out_for_delivery', 'delivered', 'return_requested'])
    expect(data?.shipments).toEqual([expect.objectContaining({ courier: 'Delhivery', isReturn: false, trackingUrl: 'https://track.example/1' })])
    expect(data?.scans.map((s) => s.description)).toEqual(['Picked up', 'In transit'])
    expect(data?.refunds).toEqual([expect.objectContaining({ amountPaise: 5000, status: 'manual' })])
    expect(data?.latestReturn).toMatchObject({ status: 'requested', reason: 'Damaged or defective', photos: ['returns/x/1-64.webp'] })
  })

  it('reads the paid method from the captured payment of the buyer’s own checkout only', async () => {
    const { store, product, buyer, stranger } = await setting()
    const order = await createOrder(t.db, { buyerId: buyer, storeId: store.id, productId: product.id, quantity: 1, status: 'confirmed' })
    await t.db.insert(payments).values([
      { groupId: order.groupId, provider: 'simulated', providerOrderId: `order_f${Date.now()}`, amountPaise: 99900, status: 'failed', method: 'upi' },
      { groupId: order.groupId, provider: 'simulated', providerOrderId: `order_c${Date.now()}`, amountPaise: 99900, status: 'captured', method: 'card' },
    ])
    expect(await buyerPaidMethod(t.db, buyer, order.groupId)).toBe('card')
    expect(await buyerPaidMethod(t.db, stranger, order.groupId)).toBeNull()
    expect((await loadBuyerOrder(t.db, buyer, order.orderId))?.paidMethod).toBe('card')
  })
})
