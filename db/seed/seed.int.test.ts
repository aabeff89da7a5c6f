import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import bcrypt from 'bcryptjs'
import { and, eq, gt, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { executeRows } from '@/db/queries/execute-rows'
import { listLinesAwaitingReview } from '@/db/queries/reviews'
import { listSellerOrders } from '@/db/queries/seller-orders'
import {
  addresses,
  categories,
  orderGroups,
  orders,
  payments,
  productMedia,
  productVariants,
  products,
  shipmentEvents,
  shipments,
  showProducts,
  shows,
  storeBlockedWords,
  storeMembers,
  stores,
  users,
} from '@/db/schema'
import { getBuyerOrderView } from '@/lib/dal/buyer-orders'
import { createSimulatedPayments } from '@/lib/services/payments/simulated'
import { createSimulatedShipping } from '@/lib/services/shipping/simulated'
import { createTestDb, type TestDb } from '@/tests/support/test-db'
import { DEMO_ACCOUNTS } from './data/accounts'
import { isSeeded, seed, type SeedResult } from './index'
import { planSeed } from './plan'

describe('demo seed', () => {
  let t: TestDb
  let uploadsDir: string
  let result: SeedResult

  beforeAll(async () => {
    t = await createTestDb()
    uploadsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'haat-seed-'))
    result = await seed(t.db, { uploadsDir })
  })
  afterAll(async () => {
    await t?.close()
    if (uploadsDir) fs.rmSync(uploadsDir, { recursive: true, force: true })
  })

  it('reports what it created', () => {
    expect(result).toMatchObject({ users: 36, stores: 6, skipped: false })
    expect(result.orders).toBeGreaterThanOrEqual(500)
    expect(result.reviews).toBeGreaterThanOrEqual(500)
    expect(result.products).toBeGreaterThanOrEqual(160)
    expect(result.shows).toBeGreaterThanOrEqual(6)
  })

  it('has at least 150 public products of approved stores across all five roots', async () => {
    const rows = await t.db
      .select({ root: sql<string>`split_part(${categories.path}, '/', 1)`, count: sql<number>`count(*)::int` })
      .from(products)
      .innerJoin(categories, eq(categories.id, products.categoryId))
      .innerJoin(stores, eq(stores.id, products.storeId))
      .where(and(eq(products.visibility, 'public'), eq(stores.status, 'approved')))
      .groupBy(sql`1`)
    expect(rows.map((r) => r.root).sort()).toEqual(['beauty', 'electronics', 'fashion', 'handicrafts', 'home-kitchen'])
    expect(rows.reduce((sum, r) => sum + r.count, 0)).toBeGreaterThanOrEqual(150)
  })

  it('gives every product at least one image that exists on disk', async () => {
    const media = await t.db.select({ productId: productMedia.productId, key: productMedia.key, url: productMedia.url }).from(productMedia)
    const all = await t.db.select({ id: products.id }).from(products)
    const withMedia = new Set(media.map((m) => m.productId))
    expect(all.filter((p) => !withMedia.has(p.id))).toEqual([])
    for (const m of media) {
      expect(m.url).toBe(`/files/${m.key}`)
      expect(fs.existsSync(path.join(uploadsDir, m.key)), m.key).toBe(true)
    }
  })

  it('keeps product stock equal to the sum of its variants', async () => {
    const mismatched = await t.db
      .select({ title: products.title })
      .from(products)
      .innerJoin(productVariants, eq(productVariants.productId, products.id))
      .groupBy(products.id, products.title, products.stock)
      .having(sql`${products.stock} <> sum(${productVariants.stock})`)
    expect(mismatched).toEqual([])
    const [variantCount] = await t.db.select({ n: sql<number>`count(*)::int` }).from(productVariants)
    expect(variantCount?.n).toBeGreaterThan(100)
  })

  it('has six stores with exactly one pending, each with an owner member', async () => {
    const rows = await t.db.select({ id: stores.id, status: stores.status, ownerId: stores.ownerId }).from(stores)
    expect(rows).toHaveLength(6)
    expect(rows.filter((s) => s.status === 'pending')).toHaveLength(1)
    const owners = await t.db.select().from(storeMembers).where(eq(storeMembers.role, 'owner'))
    for (const s of rows) expect(owners.some((m) => m.storeId === s.id && m.userId === s.ownerId)).toBe(true)
  })

  it('lets every demo account sign in with its published password', async () => {
    for (const account of Object.values(DEMO_ACCOUNTS)) {
      const [user] = await t.db.select({ hash: users.passwordHash }).from(users).where(eq(users.email, account.email))
      expect(user?.hash, account.email).toBeTruthy()
      expect(await bcrypt.compare(account.password, user?.hash ?? ''), account.email).toBe(true)
    }
  })

  it('has public products for the words the search tests look for', async () => {
    for (const word of ['saree', 'kurta', 'iPhone', 'earbuds', 'lehenga']) {
      const found = await t.db
        .select({ id: products.id })
        .from(products)
        .where(and(sql`${products.title} ilike ${`%${word}%`}`, eq(products.visibility, 'public'), gt(products.stock, 0)))
      expect(found.length, word).toBeGreaterThan(0)
    }
  })

  it('schedules upcoming shows with run lists and live prices below list price', async () => {
    const upcoming = await t.db.select().from(shows).where(and(eq(shows.status, 'scheduled'), gt(shows.scheduledAt, new Date())))
    expect(upcoming.length).toBeGreaterThanOrEqual(4)
    const ended = await t.db.select().from(shows).where(eq(shows.status, 'ended'))
    expect(ended).toHaveLength(2)
    const runList = await t.db
      .select({ showId: showProducts.showId, live: showProducts.livePricePaise, price: products.pricePaise })
      .from(showProducts)
      .innerJoin(products, eq(products.id, showProducts.productId))
    for (const show of [...upcoming, ...ended]) {
      const items = runList.filter((r) => r.showId === show.id)
      expect(items.length).toBeGreaterThanOrEqual(4)
      expect(items.length).toBeLessThanOrEqual(8)
    }
    for (const r of runList) if (r.live !== null) expect(r.live).toBeLessThan(r.price)
  })

  it('backs every product and store rating with visible reviews', async () => {
    const rows = await executeRows<{ title: string; rating_count: number; rating_avg: number | null; reviews: number; avg: number | null }>(t.db, sql`
      select p.title, p.rating_count, p.rating_avg, count(r.id)::int as reviews, avg(r.rating)::float8 as avg
      from products p left join reviews r on r.product_id = p.id and r.status = 'visible'
      group by p.id`)
    expect(rows.filter((r) => r.reviews > 0).length).toBeGreaterThan(rows.length * 0.6)
    for (const r of rows) {
      expect(r.rating_count, r.title).toBe(r.reviews)
      if (r.avg === null) expect(r.rating_avg, r.title).toBeNull()
      else expect(r.rating_avg, r.title).toBeCloseTo(r.avg, 4)
    }
    const storeRatings = await executeRows<{ name: string; rating_count: number; reviews: number }>(t.db, sql`
      select s.name, s.rating_count, (select count(*)::int from reviews r join products p on p.id = r.product_id
        where p.store_id = s.id and r.status = 'visible') as reviews from stores s`)
    for (const s of storeRatings) expect(s.rating_count, s.name).toBe(s.reviews)
  })

  it('writes orders whose money adds up, with a review only on delivered lines of their buyer', async () => {
    const bad = await executeRows(t.db, sql`
      select o.number from orders o join order_groups g on g.id = o.group_id
      where o.total_paise <> o.subtotal_paise - o.discount_paise + o.shipping_paise
        or o.subtotal_paise <> (select sum(i.total_paise) from order_items i where i.order_id = o.id)
        or exists (select 1 from order_items i where i.order_id = o.id and i.total_paise <> i.unit_price_paise * i.quantity)
        or g.total_paise <> (select sum(total_paise) from orders where group_id = g.id)
        or (o.payment_method <> 'cod' and not exists (select 1 from payments p where p.group_id = g.id
              and p.status = 'captured' and p.amount_paise = g.total_paise and p.provider_order_id ~ '^order_[0-9A-Za-z]{14}$'
              and p.provider_payment_id ~ '^pay_[0-9A-Za-z]{14}$'))
        or (o.payment_method <> 'cod' and not exists (select 1 from payments p join embedded_records er
              on er.service = 'payments' and er.kind = 'payment' and er.id = p.provider_payment_id
              where p.group_id = g.id and er.data->>'status' = 'captured' and (er.data->>'amount')::int = g.total_paise))
        or (o.payment_method = 'cod' and g.cod_confirmed_at is null)`)
    expect(bad).toEqual([])
    const strayReviews = await executeRows(t.db, sql`
      select r.id from reviews r join order_items i on i.id = r.order_item_id join orders o on o.id = i.order_id
      where o.buyer_id <> r.user_id or i.product_id <> r.product_id or o.status <> 'delivered'
        or r.created_at < (select max(created_at) from order_events where order_id = o.id and to_status = 'delivered')`)
    expect(strayReviews).toEqual([])
  })

  it('records each order’s steps along the happy path, in time order, ending at its status', async () => {
    const path = ['pending_payment', 'confirmed', 'packed', 'shipped', 'out_for_delivery', 'delivered']
    const rows = await executeRows<{ status: string; steps: string[]; past: boolean; linked: boolean }>(t.db, sql`
      select o.id, o.status, array_agg(e.to_status::text order by e.created_at, e.id) as steps,
        bool_and(e.created_at < now()) as past, bool_and(e.from_status is not distinct from prev) as linked
      from orders o join (select *, lag(to_status) over (partition by order_id order by created_at, id) as prev from order_events) e
        on e.order_id = o.id group by o.id`)
    expect(rows.length).toBe(result.orders)
    for (const r of rows) {
      expect(r.steps).toEqual(path.slice(0, path.indexOf(r.status) + 1))
      expect(r.past && r.linked).toBe(true)
    }
  })

  it('counts units sold from confirmed orders and leaves stock as the catalogue planned it', async () => {
    const sold = await executeRows(t.db, sql`
      select p.title from products p where p.sold_count < (select coalesce(sum(i.quantity), 0) from order_items i
        join orders o on o.id = i.order_id where i.product_id = p.id and o.status = 'delivered')`)
    expect(sold).toEqual([])
    const planned = new Map(planSeed(new Date()).products.map((p) => [p.row.id, p.row.stock]))
    const stock = await t.db.select({ id: products.id, stock: products.stock }).from(products)
    for (const p of stock) expect(p.stock).toBe(planned.get(p.id))
  })

  it('gives the demo buyer a default address and one order in each state the account pages show', async () => {
    const [buyer] = await t.db.select({ id: users.id }).from(users).where(eq(users.email, DEMO_ACCOUNTS.buyer.email))
    const buyerId = buyer!.id
    const saved = await t.db.select().from(addresses).where(eq(addresses.userId, buyerId))
    expect(saved).toEqual([expect.objectContaining({ isDefault: true, city: 'Bengaluru', pin: '560001' })])

    const own = await t.db.select({ id: orders.id, number: orders.number, status: orders.status, storeId: orders.storeId }).from(orders).where(eq(orders.buyerId, buyerId))
    expect(own.map((o) => o.status).sort()).toEqual(['confirmed', 'delivered', 'delivered', 'shipped'])
    const views = await Promise.all(own.map((o) => getBuyerOrderView(t.db, { url: (key) => `/files/${key}` }, buyerId, o.id)))
    const delivered = views.filter((v) => v?.status === 'delivered')
    expect(delivered.map((v) => v?.returns.state).sort()).toEqual(['closed', 'open'])
    expect(delivered.find((v) => v?.returns.state === 'closed')?.items.every((i) => i.reviewed)).toBe(true)
    const awaiting = await listLinesAwaitingReview(t.db, buyerId, 10)
    expect(awaiting.rows.map((l) => l.orderNumber)).toEqual(delivered.filter((v) => v?.returns.state === 'open').flatMap((v) => v?.items.map(() => v.number) ?? []))

    const shipped = views.find((v) => v?.status === 'shipped')
    expect(shipped?.shipment).toMatchObject({ status: 'in_transit', courier: expect.any(String), awb: expect.stringMatching(/^\d{14}$/) })
    expect(shipped?.scans.length).toBeGreaterThanOrEqual(2)
    expect(shipped?.scans.length).toBeLessThanOrEqual(3)

    const confirmed = own.find((o) => o.status === 'confirmed')!
    const [jaipur] = await t.db.select({ id: stores.id, ownerId: stores.ownerId }).from(stores).where(eq(stores.name, 'Jaipur Blue Pottery Co.'))
    expect(confirmed.storeId).toBe(jaipur?.id)
    const [seller] = await t.db.select({ id: users.id }).from(users).where(eq(users.email, DEMO_ACCOUNTS.seller.email))
    expect(jaipur?.ownerId).toBe(seller?.id)
    const inbox = await listSellerOrders(t.db, jaipur!.id, { filter: { q: '', placedFrom: null, placedBefore: null }, statuses: ['confirmed'], page: 1, pageSize: 20 })
    expect(inbox.rows.map((r) => r.number)).toEqual([confirmed.number])
  })

  it('leaves the embedded gateway and courier knowing the demo buyer’s payments and parcels', async () => {
    const [buyer] = await t.db.select({ id: users.id }).from(users).where(eq(users.email, DEMO_ACCOUNTS.buyer.email))
    const paid = await t.db
      .select({ paymentId: payments.providerPaymentId, amount: payments.amountPaise })
      .from(payments)
      .innerJoin(orderGroups, eq(orderGroups.id, payments.groupId))
      .where(eq(orderGroups.buyerId, buyer!.id))
    expect(paid).toHaveLength(3)
    const gateway = createSimulatedPayments({ db: t.db, keyId: 'rzp_test_seed', keySecret: 'k', webhookSecret: 'w', appUrl: 'http://127.0.0.1:9', log: () => undefined })
    for (const p of paid) expect(await gateway.getPayment(p.paymentId!)).toMatchObject({ status: 'captured', amountPaise: p.amount })

    const parcels = await t.db
      .select({ id: shipments.id, awb: shipments.awb, status: shipments.status })
      .from(shipments)
      .innerJoin(orders, eq(orders.id, shipments.orderId))
      .where(eq(orders.buyerId, buyer!.id))
    expect(parcels.map((p) => p.status).sort()).toEqual(['delivered', 'delivered', 'in_transit'])
    const courier = createSimulatedShipping({ db: t.db, appUrl: 'http://127.0.0.1:9', webhookToken: 'seed-token' })
    for (const parcel of parcels) {
      const tracking = await courier.track(parcel.awb!)
      expect(tracking.status).toBe(parcel.status)
      const stored = await t.db.select({ key: shipmentEvents.dedupeKey }).from(shipmentEvents).where(eq(shipmentEvents.shipmentId, parcel.id)).orderBy(shipmentEvents.occurredAt)
      expect(stored.map((e) => e.key)).toEqual(tracking.scans.map((s) => s.dedupeKey))
    }
  })

  it('gives Banarasi Weaves a blocked-word list for its chat', async () => {
    const rows = await t.db
      .select({ word: storeBlockedWords.word })
      .from(storeBlockedWords)
      .innerJoin(stores, eq(stores.id, storeBlockedWords.storeId))
      .where(eq(stores.name, 'Banarasi Weaves'))
    expect(rows.map((r) => r.word).sort()).toEqual(['pay outside haat', 'scam', 'whatsapp me'])
  })

  it('does not seed twice', async () => {
    expect(await isSeeded(t.db)).toBe(true)
    const again = await seed(t.db, { uploadsDir })
    expect(again.skipped).toBe(true)
    const [count] = await t.db.select({ n: sql<number>`count(*)::int` }).from(products)
    expect(count?.n).toBe(result.products)
  })
})
