import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { auditLog, products, stores, users } from '@/db/schema'
import { saveProduct } from '@/lib/dal/studio-product-write'
import { productValues, seedSeller } from '@/lib/dal/studio-test-fixtures'
import { productSchema } from '@/lib/validations/product'
import { createTestDb, type TestDb } from '@/tests/support/test-db'
import { listTrendingProducts } from './catalog'
import { listAdminProducts, restoreProduct, suspendProduct } from './admin-products'
import { getStudioProduct } from './studio-products'

let t: TestDb
beforeAll(async () => {
  t = await createTestDb()
})
afterAll(() => t?.close())

describe('admin product suspension', () => {
  it('hides a suspended product from the storefront, shows the seller the reason, and restores it', async () => {
    const seller = await seedSeller(t.db, 'seller')
    const [admin] = await t.db.insert(users).values({ name: 'Admin', email: `admin-${seller.storeId}@example.com`, role: 'admin' }).returning({ id: users.id })
    const p = await saveProduct(t.db, { storeId: seller.storeId, actorId: seller.userId, reason: 'manual_edit' }, productSchema.parse(productValues(seller.storeId, { title: 'Counterfeit watch' })))
    const visible = async () => (await listTrendingProducts(t.db, 500)).some((r) => r.id === p.id)
    expect(await visible()).toBe(true)

    const storeId = await t.db.transaction((tx) => suspendProduct(tx, { productId: p.id, reason: 'Fake brand listing', adminId: admin!.id }))
    expect(storeId).toBe(seller.storeId)
    expect(await visible()).toBe(false)
    expect(await getStudioProduct(t.db, seller.storeId, p.id)).toMatchObject({ status: 'suspended', statusReason: 'Fake brand listing' })
    expect(await t.db.transaction((tx) => suspendProduct(tx, { productId: p.id, reason: 'again', adminId: admin!.id }))).toBeNull()
    expect((await listAdminProducts(t.db, { q: 'counterfeit', status: 'suspended', page: 1 }, 10)).rows.map((r) => r.id)).toEqual([p.id])

    await t.db.transaction((tx) => restoreProduct(tx, { productId: p.id, adminId: admin!.id }))
    expect(await visible()).toBe(true)
    const entries = await t.db.select({ action: auditLog.action }).from(auditLog).where(and(eq(auditLog.targetId, p.id), eq(auditLog.actorId, admin!.id)))
    expect(entries.map((e) => e.action).sort()).toEqual(['product.restored', 'product.suspended'])
    // Sanity: the seed helper's store is approved, so only the suspension hid the product.
    expect((await t.db.select({ status: stores.status }).from(stores).where(eq(stores.id, seller.storeId)))[0]?.status).toBe('approved')
    expect((await t.db.select({ status: products.status }).from(products).where(eq(products.id, p.id)))[0]?.status).toBe('active')
  })
})
