import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDb, type TestDb } from '@/tests/support/test-db'
import { categories, products, stores, users } from './schema'

describe('test database', () => {
  let t: TestDb
  beforeAll(async () => {
    t = await createTestDb()
  })
  afterAll(() => t.close())

  it('is migrated, with pg_trgm enabled', async () => {
    const result = await t.db.execute(sql`select similarity('saree', 'sare') as s`)
    const row = (result as unknown as { rows: Array<{ s: number }> }).rows[0]
    expect(row?.s).toBeGreaterThan(0.3)
  })

  it('refuses stock below zero at the database', async () => {
    const [user] = await t.db.insert(users).values({ email: 'owner@example.com', name: 'Owner' }).returning({ id: users.id })
    const [store] = await t.db
      .insert(stores)
      .values({
        ownerId: user!.id,
        name: 'Test store',
        slug: `test-${Date.now()}`,
        pickupName: 'Owner',
        pickupPhone: '+919876543210',
        pickupLine1: '1 MG Road',
        pickupCity: 'Pune',
        pickupState: 'Maharashtra',
        pickupPin: '411001',
      })
      .returning({ id: stores.id })
    const [category] = await t.db
      .insert(categories)
      .values({ name: 'Sarees', slug: 'sarees-t', path: 'sarees-t' })
      .returning({ id: categories.id })
    const [product] = await t.db
      .insert(products)
      .values({ storeId: store!.id, categoryId: category!.id, title: 'Silk saree', slug: `silk-${Date.now()}`, pricePaise: 99900, stock: 2 })
      .returning({ id: products.id })
    await expect(
      t.db.execute(sql`update products set stock = stock - 3 where id = ${product!.id}`),
    ).rejects.toMatchObject({ cause: { message: expect.stringMatching(/products_stock_nonnegative/) } })
  })
})
