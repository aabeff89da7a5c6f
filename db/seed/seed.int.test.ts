import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import bcrypt from 'bcryptjs'
import { and, eq, gt, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { categories, productMedia, productVariants, products, showProducts, shows, storeMembers, stores, users } from '@/db/schema'
import { createTestDb, type TestDb } from '@/tests/support/test-db'
import { DEMO_ACCOUNTS } from './data/accounts'
import { isSeeded, seed, type SeedResult } from './index'

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
    expect(result).toMatchObject({ users: 6, stores: 6, skipped: false })
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

  it('does not seed twice', async () => {
    expect(await isSeeded(t.db)).toBe(true)
    const again = await seed(t.db, { uploadsDir })
    expect(again.skipped).toBe(true)
    const [count] = await t.db.select({ n: sql<number>`count(*)::int` }).from(products)
    expect(count?.n).toBe(result.products)
  })
})
