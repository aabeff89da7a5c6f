import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { Db } from '@/db/client'
import { orders, refunds, returns } from '@/db/schema'
import { ActionError } from '@/lib/actions/errors'
import type { OrderNotice } from '@/lib/notifications/order-events'
import { ShippingError, type ShippingService } from '@/lib/services/shipping'
import { createSimulatedShipping } from '@/lib/services/shipping/simulated'
import { catalogFixtures } from '@/tests/support/catalog-fixtures'
import { createOrder } from '@/tests/support/order-fixtures'
import { createTestDb, type TestDb } from '@/tests/support/test-db'
import type { FulfilmentDeps } from './fulfilment'

// The page reads ask who is signed in and open the app's database; here both are the test's.
const state = vi.hoisted(() => ({ db: null as Db | null, member: { userId: '', role: 'owner' as 'owner' | 'moderator' } }))
vi.mock('@/db', () => ({ getDb: () => state.db }))
vi.mock('@/lib/auth', () => ({
  requireSeller: async (storeId: string) => ({
    user: { id: state.member.userId },
    membership: { storeId, role: state.member.role, storeStatus: 'approved' },
  }),
}))
vi.mock('@/lib/services/storage', () => ({ getStorage: () => ({ url: (key: string) => `/files/${key}` }) }))

const { cancelSellerOrder, decideSellerReturn, getSellerOrderPage, packSellerOrder, shipSellerOrder, shippingFailure } = await import('./seller-orders')

let t: TestDb
let f: ReturnType<typeof catalogFixtures>
const notices: OrderNotice[] = []

beforeAll(async () => {
  t = await createTestDb()
  state.db = t.db
  f = catalogFixtures(t.db)
  vi.spyOn(console, 'error').mockImplementation(() => undefined)
})
afterAll(async () => {
  await t?.close()
})

const unused = (name: string) => new Proxy({}, { get: (_, key) => { throw new Error(`${name}.${String(key)} was not expected here`) } })
const simulated = () =>
  createSimulatedShipping({ db: () => t.db, appUrl: 'http://127.0.0.1:9', webhookToken: 'test-token', fetch: async () => new Response('ok'), retryDelaysMs: [] })
const deps = (shipping: ShippingService = unused('shipping') as ShippingService): FulfilmentDeps => ({
  db: t.db,
  payments: unused('payments') as FulfilmentDeps['payments'],
  shipping,
  shippingProvider: 'simulated',
  notify: async (_db, notice) => void notices.push(notice),
})

async function setting(status: Parameters<typeof createOrder>[1]['status']) {
  const [store, other] = await Promise.all([f.store(), f.store()])
  const [product, otherProduct, buyer] = await Promise.all([f.product(store.id, { title: 'Kantha stole' }), f.product(other.id), f.user('Meera Iyer')])
  const order = await createOrder(t.db, { buyerId: buyer, storeId: store.id, productId: product.id, quantity: 2, status })
  const theirs = await createOrder(t.db, { buyerId: buyer, storeId: other.id, productId: otherProduct.id, quantity: 1, status })
  state.member = { userId: store.ownerId, role: 'owner' }
  return { store, other, product, order, theirs, actorId: store.ownerId }
}
const statusOf = async (orderId: string) => (await t.db.select({ s: orders.status }).from(orders).where(eq(orders.id, orderId)))[0]?.s
const notFoundError = expect.objectContaining({ digest: expect.stringContaining('404') })

describe('the order page', () => {
  it('shows the store’s order with its lines, timeline and the owner’s steps', async () => {
    const { store, order } = await setting('confirmed')
    const page = await getSellerOrderPage(store.id, order.orderId)
    expect(page.order).toMatchObject({ number: order.orderNumber, status: 'confirmed', buyerName: 'Meera Iyer' })
    expect(page.items).toEqual([expect.objectContaining({ title: 'Kantha stole', quantity: 2 })])
    expect(page.commands).toEqual(['pack', 'ship', 'cancel'])
    expect(page.timeline.map((e) => e.title)).toEqual(['Confirmed', 'Order placed'])
  })

  it('gives a moderator packing and shipping only', async () => {
    const { store, order } = await setting('confirmed')
    state.member.role = 'moderator'
    expect((await getSellerOrderPage(store.id, order.orderId)).commands).toEqual(['pack', 'ship'])
  })

  it('is a 404 for another store’s order and for a malformed id', async () => {
    const { store, theirs } = await setting('confirmed')
    await expect(getSellerOrderPage(store.id, theirs.orderId)).rejects.toEqual(notFoundError)
    await expect(getSellerOrderPage(store.id, 'not-a-uuid')).rejects.toEqual(notFoundError)
  })
})

describe('the order actions', () => {
  it('refuse another store’s order and leave it as it was', async () => {
    const { store, theirs, actorId } = await setting('confirmed')
    const ref = { storeId: store.id, orderId: theirs.orderId, actorId }
    await expect(packSellerOrder(deps(), ref)).rejects.toMatchObject({ code: 'not_found' })
    await expect(shipSellerOrder(deps(simulated()), ref)).rejects.toMatchObject({ code: 'not_found' })
    await expect(cancelSellerOrder(deps(), { ...ref, reason: 'Out of stock' })).rejects.toMatchObject({ code: 'not_found' })
    expect(await statusOf(theirs.orderId)).toBe('confirmed')
  })

  it('pack, then refuse to pack twice with a message saying why', async () => {
    const { store, order, actorId } = await setting('confirmed')
    await packSellerOrder(deps(), { storeId: store.id, orderId: order.orderId, actorId })
    expect(await statusOf(order.orderId)).toBe('packed')
    const again = packSellerOrder(deps(), { storeId: store.id, orderId: order.orderId, actorId })
    await expect(again).rejects.toBeInstanceOf(ActionError)
    await expect(again).rejects.toMatchObject({ code: 'conflict', message: expect.stringContaining('packed') })
  })

  it('ship through the courier: AWB, label and pickup are booked and the order is shipped', async () => {
    const { store, order, actorId } = await setting('packed')
    const shipped = await shipSellerOrder(deps(simulated()), { storeId: store.id, orderId: order.orderId, actorId })
    expect(shipped).toMatchObject({ awb: expect.any(String), courier: expect.any(String), labelUrl: expect.any(String) })
    expect(await statusOf(order.orderId)).toBe('shipped')
    const page = await getSellerOrderPage(store.id, order.orderId)
    expect(page.shipment).toMatchObject({ awb: shipped.awb, pickupScheduledAt: expect.any(String) })
    expect(page.commands).toEqual([])
  })

  it('turn a courier outage or refusal into a message saying what to do', async () => {
    const { store, order, actorId } = await setting('packed')
    const failing = (error: Error) => ({ ...simulated(), createShipment: async () => Promise.reject(error) })
    const ref = { storeId: store.id, orderId: order.orderId, actorId }
    await expect(shipSellerOrder(deps(failing(new ShippingError('timeout', 503))), ref)).rejects.toMatchObject({ code: 'conflict', message: expect.stringContaining('Press Ship order again') })
    await expect(shipSellerOrder(deps(failing(new ShippingError('Pincode not serviceable', 422))), ref)).rejects.toMatchObject({ message: expect.stringContaining('Pincode not serviceable') })
    await expect(shipSellerOrder(deps(failing(new RangeError('pickup.phone must be an Indian mobile number, got "1"'))), ref)).rejects.toMatchObject({ message: expect.stringContaining('pickup address') })
    // Our own bugs are not dressed up as courier trouble.
    await expect(shipSellerOrder(deps(failing(new TypeError('boom'))), ref)).rejects.toBeInstanceOf(TypeError)
    expect(await statusOf(order.orderId)).toBe('packed')
  })

  it('cancel with the reason, refund a prepaid order and name the products whose stock came back', async () => {
    const { store, product, order, actorId } = await setting('packed')
    const result = await cancelSellerOrder(deps(), { storeId: store.id, orderId: order.orderId, actorId, reason: 'Damaged in our store' })
    expect(result.productIds).toEqual([product.id])
    expect(await statusOf(order.orderId)).toBe('cancelled')
    // No captured payment in the fixture: the refund is recorded for bank transfer.
    expect(await t.db.select({ status: refunds.status }).from(refunds).where(eq(refunds.orderId, order.orderId))).toEqual([{ status: 'manual' }])
    const page = await getSellerOrderPage(store.id, order.orderId)
    expect(page.timeline[0]).toMatchObject({ title: 'Cancelled', actor: 'Seller', note: 'Damaged in our store' })
  })

  it('reject a return with the note the buyer sees', async () => {
    const { store, order, actorId } = await setting('return_requested')
    await t.db.insert(returns).values({ orderId: order.orderId, reason: 'Colour differs', details: 'Looks green, not blue', photos: ['returns/a.webp'] })
    const before = await getSellerOrderPage(store.id, order.orderId)
    expect(before.commands).toEqual(['approve_return', 'reject_return'])
    expect(before.returnRequest).toMatchObject({ reason: 'Colour differs', photos: ['/files/returns/a.webp'], status: 'requested' })
    await decideSellerReturn(deps(), { storeId: store.id, orderId: order.orderId, actorId, approve: false, note: 'Matches the listed photos' })
    expect(await statusOf(order.orderId)).toBe('delivered')
    expect((await getSellerOrderPage(store.id, order.orderId)).returnRequest).toMatchObject({ status: 'rejected', decisionNote: 'Matches the listed photos' })
  })
})

describe('shippingFailure', () => {
  it('says which address to fix', () => {
    expect(shippingFailure(new RangeError('delivery.pin must be a 6-digit PIN code, got "1"'))).toMatch(/buyer's delivery address .* PIN code/)
    expect(shippingFailure(new RangeError('weightGrams must be a positive integer'))).toBeNull()
    expect(shippingFailure(new Error('db down'))).toBeNull()
  })
})
