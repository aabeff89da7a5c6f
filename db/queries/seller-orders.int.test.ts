import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { orders } from '@/db/schema'
import { parseSellerOrderListParams, SELLER_ORDER_TAB_STATUSES, sellerOrderFilter, type SellerOrderTab } from '@/lib/validations/seller-orders'
import { catalogFixtures } from '@/tests/support/catalog-fixtures'
import { createOrder } from '@/tests/support/order-fixtures'
import { createTestDb, type TestDb } from '@/tests/support/test-db'
import { countSellerOrdersByStatus, findSellerOrder, findSellerOrderPayment, listSellerOrderItems, listSellerOrderRefunds, listSellerOrders } from './seller-orders'

let t: TestDb
type Status = Parameters<typeof createOrder>[1]['status']

let mine: { id: string }
let theirs: { id: string }
let asha: string
let vikram: string
const placed: Record<string, { orderId: string; orderNumber: string }> = {}
let theirOrder: { orderId: string; orderNumber: string }

beforeAll(async () => {
  t = await createTestDb()
  const f = catalogFixtures(t.db)
  ;[mine, theirs] = await Promise.all([f.store(), f.store()])
  ;[asha, vikram] = await Promise.all([f.user('Asha Rao'), f.user('Vikram Shah')])
  const [myProduct, theirProduct] = await Promise.all([f.product(mine.id, { title: 'Indigo dabu kurta' }), f.product(theirs.id, { title: 'Their shawl' })])
  const statuses: [Status, string][] = [
    ['pending_payment', asha],
    ['confirmed', asha],
    ['packed', vikram],
    ['shipped', asha],
    ['out_for_delivery', vikram],
    ['delivered', asha],
    ['return_requested', vikram],
    ['rto', asha],
    ['cancelled', vikram],
  ]
  // One at a time, so "newest first" has a known answer.
  for (const [status, buyerId] of statuses) {
    placed[status] = await createOrder(t.db, { buyerId, storeId: mine.id, productId: myProduct.id, quantity: status === 'packed' ? 3 : 1, status })
    await t.db.update(orders).set({ placedAt: new Date(Date.now() - (statuses.length - Object.keys(placed).length) * 60_000) }).where(eq(orders.id, placed[status]!.orderId))
  }
  theirOrder = await createOrder(t.db, { buyerId: asha, storeId: theirs.id, productId: theirProduct.id, quantity: 1, status: 'confirmed' })
})
afterAll(async () => {
  await t?.close()
})

const noFilter = sellerOrderFilter({ q: '', from: '', to: '' })
const list = (tab: SellerOrderTab, filter = noFilter, page = 1, pageSize = 25) =>
  listSellerOrders(t.db, mine.id, { filter, statuses: SELLER_ORDER_TAB_STATUSES[tab], page, pageSize })
const numbers = (rows: { number: string }[]) => rows.map((r) => r.number)

describe('the seller order inbox', () => {
  it('lists the store’s paid orders newest first, never an unpaid checkout or another store’s order', async () => {
    const { rows, total } = await list('all')
    expect(total).toBe(8)
    expect(numbers(rows)).toEqual(['cancelled', 'rto', 'return_requested', 'delivered', 'out_for_delivery', 'shipped', 'packed', 'confirmed'].map((s) => placed[s]!.orderNumber))
    expect(numbers(rows)).not.toContain(placed.pending_payment!.orderNumber)
    expect(numbers(rows)).not.toContain(theirOrder.orderNumber)
  })

  it('shapes each row with the buyer, city, lines and payment', async () => {
    const [row] = (await list('to_ship')).rows
    expect(row).toMatchObject({ number: placed.packed!.orderNumber, buyerName: 'Vikram Shah', city: 'Bengaluru', firstItem: 'Indigo dabu kurta', lineCount: 1, unitCount: 3, paymentMethod: 'upi', totalPaise: 3 * 99900 })
  })

  it('puts each status in its tab', async () => {
    const tabOf = async (tab: SellerOrderTab) => numbers((await list(tab)).rows)
    expect(await tabOf('to_pack')).toEqual([placed.confirmed!.orderNumber])
    expect(await tabOf('to_ship')).toEqual([placed.packed!.orderNumber])
    expect(await tabOf('in_transit')).toEqual([placed.out_for_delivery!.orderNumber, placed.shipped!.orderNumber])
    expect(await tabOf('delivered')).toEqual([placed.delivered!.orderNumber])
    expect(await tabOf('returns')).toEqual([placed.rto!.orderNumber, placed.return_requested!.orderNumber])
    expect(await tabOf('closed')).toEqual([placed.cancelled!.orderNumber])
  })

  it('counts per status within the store, following the search', async () => {
    const all = await countSellerOrdersByStatus(t.db, mine.id, noFilter)
    expect(Object.fromEntries(all)).toEqual({ pending_payment: 1, confirmed: 1, packed: 1, shipped: 1, out_for_delivery: 1, delivered: 1, return_requested: 1, rto: 1, cancelled: 1 })
    const ashas = await countSellerOrdersByStatus(t.db, mine.id, sellerOrderFilter({ q: 'asha', from: '', to: '' }))
    expect(Object.fromEntries(ashas)).toEqual({ pending_payment: 1, confirmed: 1, shipped: 1, delivered: 1, rto: 1 })
    const theirCounts = await countSellerOrdersByStatus(t.db, theirs.id, noFilter)
    expect(Object.fromEntries(theirCounts)).toEqual({ confirmed: 1 })
  })

  it('searches by order number (any case, with or without #) and by buyer or recipient name', async () => {
    const number = placed.delivered!.orderNumber
    const search = (q: string) => list('all', sellerOrderFilter({ q, from: '', to: '' }))
    expect(numbers((await search(number.slice(-6).toLowerCase())).rows)).toEqual([number])
    expect(numbers((await search(`#${number}`)).rows)).toEqual([number])
    expect((await search('VIKRAM')).rows.every((r) => r.buyerName === 'Vikram Shah')).toBe(true)
    expect((await search('vikram')).total).toBe(4)
    // The name on the parcel counts too (the fixture ships to "Test Buyer").
    expect((await search('test buyer')).total).toBe(8)
    // Their order matches the number but is not this store's.
    expect((await search(theirOrder.orderNumber)).total).toBe(0)
    // LIKE wildcards are text, not patterns.
    expect((await search('%')).total).toBe(0)
  })

  it('filters by Indian calendar days, both ends included', async () => {
    const id = placed.shipped!.orderId
    // 20:00 UTC on 10 March is 01:30 on 11 March in India.
    await t.db.update(orders).set({ placedAt: new Date('2024-03-10T20:00:00Z') }).where(eq(orders.id, id))
    const range = (from: string, to: string) => list('all', sellerOrderFilter(parseSellerOrderListParams({ from, to })))
    expect(numbers((await range('2024-03-11', '2024-03-11')).rows)).toEqual([placed.shipped!.orderNumber])
    expect((await range('2024-03-01', '2024-03-10')).total).toBe(0)
    // Typed backwards, the range is still the one meant.
    expect((await range('2024-03-12', '2024-03-11')).total).toBe(1)
    expect((await range('2024-03-12', '')).total).toBe(7)
  })

  it('pages through the results', async () => {
    const first = await list('all', noFilter, 1, 3)
    const third = await list('all', noFilter, 3, 3)
    expect(first.rows).toHaveLength(3)
    expect(first.total).toBe(8)
    expect(third.rows).toHaveLength(2)
    expect(numbers(third.rows)).not.toContain(first.rows[0]!.number)
  })
})

describe('the seller order page reads', () => {
  it('finds the store’s own order with its lines', async () => {
    const order = await findSellerOrder(t.db, mine.id, placed.packed!.orderId)
    expect(order).toMatchObject({ number: placed.packed!.orderNumber, status: 'packed', buyerName: 'Vikram Shah', address: { city: 'Bengaluru', pin: '560001' } })
    const items = await listSellerOrderItems(t.db, mine.id, placed.packed!.orderId)
    expect(items).toEqual([expect.objectContaining({ title: 'Indigo dabu kurta', quantity: 3, totalPaise: 3 * 99900 })])
  })

  it('never reads another store’s order by its id', async () => {
    expect(await findSellerOrder(t.db, mine.id, theirOrder.orderId)).toBeNull()
    expect(await listSellerOrderItems(t.db, mine.id, theirOrder.orderId)).toEqual([])
    expect(await listSellerOrderRefunds(t.db, mine.id, theirOrder.orderId)).toEqual([])
    expect(await findSellerOrderPayment(t.db, mine.id, theirOrder.orderId)).toBeNull()
    expect(await findSellerOrder(t.db, theirs.id, theirOrder.orderId)).toMatchObject({ number: theirOrder.orderNumber })
  })
})
