import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { and, eq } from 'drizzle-orm'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { orderEvents, orders, refunds, returns, stores } from '@/db/schema'
import type { OrderNotice } from '@/lib/notifications/order-events'
import { createLocalStorage } from '@/lib/services/storage/local'
import { requestReturnSchema, type RequestReturnFormValues } from '@/lib/validations/returns'
import { catalogFixtures } from '@/tests/support/catalog-fixtures'
import { createOrder } from '@/tests/support/order-fixtures'
import { createTestDb, type TestDb } from '@/tests/support/test-db'
import { cancelBuyerOrder, getBuyerOrders, getBuyerOrderView, submitReturnRequest } from './buyer-orders'
import type { FulfilmentDeps } from './fulfilment'

let t: TestDb
let f: ReturnType<typeof catalogFixtures>
let dir: string
let storage: ReturnType<typeof createLocalStorage>
let jpeg: Buffer
const notices: OrderNotice[] = []

beforeAll(async () => {
  t = await createTestDb()
  f = catalogFixtures(t.db)
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'haat-returns-'))
  storage = createLocalStorage(dir)
  jpeg = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#2e86c1' } }).jpeg().toBuffer()
})
afterAll(async () => {
  await t?.close()
  if (dir) await fs.rm(dir, { recursive: true, force: true })
})

// These paths touch only the database and the notifier: no captured payment (the refund is
// recorded for bank transfer) and no booked courier. Any other use of a service fails the test.
const unused = (name: string) => new Proxy({}, { get: (_, key) => { throw new Error(`${name}.${String(key)} was not expected here`) } })
const deps = (): FulfilmentDeps => ({
  db: t.db,
  payments: unused('payments') as FulfilmentDeps['payments'],
  shipping: unused('shipping') as FulfilmentDeps['shipping'],
  shippingProvider: 'simulated',
  notify: async (_db, notice) => void notices.push(notice),
})

const photo = (name: string, bytes: Uint8Array) => new File([new Uint8Array(bytes)], name, { type: 'image/jpeg' })
const returnInput = (orderId: string, values: Partial<RequestReturnFormValues> = {}) =>
  requestReturnSchema.parse({ orderId, reason: 'damaged', details: 'The handle snapped', photos: [], ...values })

async function filesUnder(sub: string): Promise<string[]> {
  return fs.readdir(path.join(dir, sub)).catch(() => [])
}

async function setting(status: Parameters<typeof createOrder>[1]['status']) {
  const store = await f.store('approved')
  const product = await f.product(store.id)
  const buyer = await f.user('Asha Rao')
  const stranger = await f.user('Stranger')
  const order = await createOrder(t.db, { buyerId: buyer, storeId: store.id, productId: product.id, quantity: 1, status })
  return { store, product, buyer, stranger, order }
}

const statusOf = async (orderId: string) => (await t.db.select({ s: orders.status }).from(orders).where(eq(orders.id, orderId)))[0]?.s

describe('the order list', () => {
  it('sections orders by checkout and counts the pages', async () => {
    const { buyer } = await setting('delivered')
    const list = await getBuyerOrders(t.db, buyer, 1)
    expect(list).toMatchObject({ page: 1, total: 1, pageCount: 1 })
    expect(list.sections).toEqual([
      { groupId: expect.any(String), together: false, size: 1, orders: [expect.objectContaining({ statusLabel: 'Delivered', moreLines: 0, placedAt: expect.any(String) })] },
    ])
  })
})

describe('the order page', () => {
  it('is null for another buyer and for a malformed id', async () => {
    const { buyer, stranger, order } = await setting('packed')
    expect(await getBuyerOrderView(t.db, storage, stranger, order.orderId)).toBeNull()
    expect(await getBuyerOrderView(t.db, storage, buyer, 'not-a-uuid')).toBeNull()
    const view = await getBuyerOrderView(t.db, storage, buyer, order.orderId)
    expect(view).toMatchObject({ statusLabel: 'Packed', step: 1, mayCancel: true, cancelRefundPaise: 99900, returns: { state: 'none' } })
  })

  it('offers a return until the store’s window closes, and shows the last day', async () => {
    const { store, buyer, order } = await setting('delivered')
    await t.db.update(stores).set({ returnWindowDays: 3 }).where(eq(stores.id, store.id))
    const delivered = new Date('2025-05-10T06:30:00Z')
    await t.db.update(orderEvents).set({ createdAt: delivered }).where(eq(orderEvents.orderId, order.orderId))
    const open = await getBuyerOrderView(t.db, storage, buyer, order.orderId, new Date('2025-05-12T00:00:00Z'))
    expect(open).toMatchObject({ mayCancel: false, cancelRefundPaise: null, returns: { state: 'open', closesAt: '2025-05-13T06:30:00.000Z' } })
    const late = await getBuyerOrderView(t.db, storage, buyer, order.orderId, new Date('2025-05-14T00:00:00Z'))
    expect(late?.returns).toEqual({ state: 'closed', closedAt: '2025-05-13T06:30:00.000Z' })
  })
})

describe('cancelling', () => {
  it('cancels the buyer’s own paid order and records the refund; another buyer’s is not found and unchanged', async () => {
    const { buyer, stranger, product, order } = await setting('confirmed')
    await expect(cancelBuyerOrder(deps(), stranger, { orderId: order.orderId, reason: 'mistake' })).rejects.toMatchObject({ code: 'not_found' })
    expect(await statusOf(order.orderId)).toBe('confirmed')

    const done = await cancelBuyerOrder(deps(), buyer, { orderId: order.orderId, reason: 'better_price' })
    expect(done).toMatchObject({ orderId: order.orderId, productIds: [product.id] })
    expect(await statusOf(order.orderId)).toBe('cancelled')
    const [event] = await t.db.select({ note: orderEvents.note, role: orderEvents.actorRole }).from(orderEvents).where(and(eq(orderEvents.orderId, order.orderId), eq(orderEvents.toStatus, 'cancelled')))
    expect(event).toEqual({ note: 'Found a better price', role: 'buyer' })
    // The fixture's UPI order has no captured payment row, so the refund is recorded for bank transfer.
    expect(await t.db.select({ amount: refunds.amountPaise, status: refunds.status }).from(refunds).where(eq(refunds.orderId, order.orderId))).toEqual([
      { amount: 99900, status: 'manual' },
    ])
    expect(notices).toContainEqual(expect.objectContaining({ type: 'order.cancelled', orderId: order.orderId, by: 'buyer' }))

    await expect(cancelBuyerOrder(deps(), buyer, { orderId: order.orderId, reason: 'mistake' })).rejects.toMatchObject({ code: 'conflict' })
  })

  it('refuses once the parcel has shipped', async () => {
    const { buyer, order } = await setting('shipped')
    await expect(cancelBuyerOrder(deps(), buyer, { orderId: order.orderId, reason: 'too_slow' })).rejects.toMatchObject({ code: 'conflict' })
    expect(await statusOf(order.orderId)).toBe('shipped')
  })
})

describe('asking for a return', () => {
  it('stores the photos as WebP and records the request with the reason’s words', async () => {
    const { buyer, order } = await setting('delivered')
    await submitReturnRequest(deps(), storage, buyer, returnInput(order.orderId, { photos: [photo('box.jpg', jpeg), photo('handle.jpg', jpeg)] }))
    expect(await statusOf(order.orderId)).toBe('return_requested')
    const [row] = await t.db.select().from(returns).where(eq(returns.orderId, order.orderId))
    expect(row).toMatchObject({ reason: 'Damaged or defective', details: 'The handle snapped', status: 'requested' })
    expect(row!.photos).toHaveLength(2)
    for (const key of row!.photos) {
      expect(key).toMatch(new RegExp(`^returns/${order.orderId}/[0-9a-f-]{36}-64\\.webp$`))
      expect((await storage.get(key))?.contentType).toBe('image/webp')
    }
    const view = await getBuyerOrderView(t.db, storage, buyer, order.orderId)
    expect(view?.latestReturn?.photos).toEqual(row!.photos.map((key) => `/files/${key}`))
  })

  it('refuses another buyer, a closed window and a file that is not a photo, leaving no files behind', async () => {
    const { buyer, stranger, order } = await setting('delivered')
    const withPhoto = returnInput(order.orderId, { photos: [photo('box.jpg', jpeg)] })
    await expect(submitReturnRequest(deps(), storage, stranger, withPhoto)).rejects.toMatchObject({ code: 'not_found' })
    const eightDaysOn = new Date(Date.now() + 8 * 86_400_000)
    await expect(submitReturnRequest(deps(), storage, buyer, withPhoto, eightDaysOn)).rejects.toMatchObject({
      code: 'conflict',
      message: 'Returns for this order closed 7 days after delivery.',
    })
    const text = returnInput(order.orderId, { photos: [photo('box.jpg', jpeg), photo('notes.jpg', new TextEncoder().encode('hello'))] })
    await expect(submitReturnRequest(deps(), storage, buyer, text)).rejects.toMatchObject({ code: 'invalid_input', fieldErrors: { photos: [expect.stringMatching(/^notes\.jpg: /)] } })
    expect(await filesUnder(`returns/${order.orderId}`)).toEqual([])
    expect(await statusOf(order.orderId)).toBe('delivered')
  })

  it('refuses an order that is not delivered', async () => {
    const { buyer, order } = await setting('out_for_delivery')
    await expect(submitReturnRequest(deps(), storage, buyer, returnInput(order.orderId))).rejects.toMatchObject({ code: 'conflict' })
    expect(await t.db.select().from(returns).where(eq(returns.orderId, order.orderId))).toEqual([])
  })
})
