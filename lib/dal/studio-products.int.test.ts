import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { auditLog, inventoryMovements, productVariants, products } from '@/db/schema'
import { productSchema } from '@/lib/validations/product'
import { bulkEditSchema } from '@/lib/validations/product-operations'
import { createTestDb, type TestDb } from '@/tests/support/test-db'
import { importProductsCsv } from './studio-import'
import { bulkEditProducts, setProductArchived } from './studio-product-ops'
import { saveProduct } from './studio-product-write'
import { productValues, seedSeller } from './studio-test-fixtures'

let t: TestDb
let mine: Awaited<ReturnType<typeof seedSeller>>
let theirs: Awaited<ReturnType<typeof seedSeller>>

beforeAll(async () => {
  t = await createTestDb()
  mine = await seedSeller(t.db, 'mine')
  theirs = await seedSeller(t.db, 'theirs')
})
afterAll(() => t?.close())

const ctxOf = (s: { userId: string; storeId: string }) => ({ storeId: s.storeId, actorId: s.userId, reason: 'manual_edit' as const })
const create = (s: { userId: string; storeId: string }, overrides = {}) => saveProduct(t.db, ctxOf(s), productSchema.parse(productValues(s.storeId, overrides)))
const read = async (id: string) => (await t.db.select({ title: products.title, stock: products.stock, pricePaise: products.pricePaise, status: products.status, storeId: products.storeId, sku: products.sku }).from(products).where(eq(products.id, id)))[0]

describe('product writes', () => {
  it('derives price and stock from variants and records movements and price audits', async () => {
    const options = [{ name: 'Size', values: ['S', 'M'] }]
    const variants = [
      { optionValues: ['S'], sku: '', price: '900', compareAt: '1200', stock: '2', mediaId: '' },
      { optionValues: ['M'], sku: '', price: '800', compareAt: '', stock: '5', mediaId: '' },
    ]
    const created = await create(mine, { options, variants })
    expect(await read(created.id)).toMatchObject({ pricePaise: 80000, stock: 7 })

    const edit = productValues(mine.storeId, { options, variants: [{ ...variants[0]!, price: '950', stock: '1' }, variants[1]!] })
    await saveProduct(t.db, ctxOf(mine), productSchema.parse({ ...edit, productId: created.id, slug: created.slug }))
    const moves = await t.db.select({ delta: inventoryMovements.delta, reason: inventoryMovements.reason }).from(inventoryMovements).where(eq(inventoryMovements.productId, created.id))
    expect(moves.map((m) => m.delta).sort()).toEqual([-1, 2, 5])
    expect(moves.reduce((sum, m) => sum + m.delta, 0)).toBe(6)
    const audits = await t.db.select({ data: auditLog.data }).from(auditLog).where(and(eq(auditLog.targetId, created.id), eq(auditLog.action, 'product.price_changed')))
    expect(audits).toEqual([{ data: expect.objectContaining({ changes: [{ variant: 'S', from: 90000, to: 95000 }] }) }])
  })

  it('refuses to update, archive or bulk edit another store’s product, and leaves it untouched', async () => {
    const their = await create(theirs)
    const before = await read(their.id)
    const update = productSchema.parse({ ...productValues(mine.storeId), productId: their.id })
    await expect(saveProduct(t.db, ctxOf(mine), update)).rejects.toMatchObject({ code: 'not_found' })
    await expect(setProductArchived(t.db, ctxOf(mine), their.id, true)).rejects.toMatchObject({ code: 'not_found' })
    const own = await create(mine)
    const bulk = bulkEditSchema.parse({ storeId: mine.storeId, productIds: [own.id, their.id], operation: 'set_stock', value: '0' })
    await expect(bulkEditProducts(t.db, ctxOf(mine), bulk)).rejects.toMatchObject({ code: 'not_found' })
    expect(await read(their.id)).toEqual(before)
    expect((await read(own.id))?.stock).toBe(8)
  })

  it('archives and restores only active products of the store', async () => {
    const p = await create(mine)
    await setProductArchived(t.db, ctxOf(mine), p.id, true)
    expect((await read(p.id))?.status).toBe('archived')
    await setProductArchived(t.db, ctxOf(mine), p.id, false)
    expect((await read(p.id))?.status).toBe('active')
    await t.db.update(products).set({ status: 'suspended' }).where(eq(products.id, p.id))
    await expect(setProductArchived(t.db, ctxOf(mine), p.id, true)).rejects.toMatchObject({ code: 'conflict' })
  })

  it('bulk edits every variant in one transaction and refuses stock below zero', async () => {
    const p = await create(mine, {
      options: [{ name: 'Colour', values: ['Red', 'Blue'] }],
      variants: [
        { optionValues: ['Red'], sku: '', price: '500', compareAt: '540', stock: '1', mediaId: '' },
        { optionValues: ['Blue'], sku: '', price: '600', compareAt: '', stock: '4', mediaId: '' },
      ],
    })
    const plain = await create(mine)
    const add = (value: string) => bulkEditSchema.parse({ storeId: mine.storeId, productIds: [p.id, plain.id], operation: 'add_stock', value })
    await expect(bulkEditProducts(t.db, ctxOf(mine), add('-2'))).rejects.toMatchObject({ code: 'conflict' })
    expect((await read(p.id))?.stock).toBe(5)
    const summary = await bulkEditProducts(t.db, ctxOf(mine), bulkEditSchema.parse({ storeId: mine.storeId, productIds: [p.id], operation: 'adjust_price_percent', value: '10' }))
    expect(summary[0]).toMatchObject({ compareAtCleared: 1, changes: [{ field: 'price', from: 50000, to: 55000, label: 'Red' }, { field: 'price', from: 60000, to: 66000, label: 'Blue' }] })
    expect(await read(p.id)).toMatchObject({ pricePaise: 55000 })
    const variants = await t.db.select({ compareAt: productVariants.compareAtPaise }).from(productVariants).where(eq(productVariants.productId, p.id))
    expect(variants.every((v) => v.compareAt === null)).toBe(true)
  })

  it('reports a SKU or slug taken in the store on its field', async () => {
    const a = await create(mine)
    const values = productValues(mine.storeId, { sku: (await read(a.id))!.sku!, slug: a.slug })
    await expect(saveProduct(t.db, ctxOf(mine), productSchema.parse(values))).rejects.toMatchObject({
      code: 'conflict',
      fieldErrors: { sku: [expect.stringMatching(/already used/)], slug: [expect.stringMatching(/is taken/)] },
    })
  })
})

describe('CSV import', () => {
  const header = 'sku,title,price,stock,visibility,option1_name,option1_value,variant_price,variant_stock'

  it('creates a new product in my store for a SKU that exists in another store, never touching theirs', async () => {
    const their = await create(theirs, { sku: 'SHARED-1' })
    const before = await read(their.id)
    const report = await importProductsCsv(t.db, mine, `${header}\nSHARED-1,My own kurta,450,3,public,,,,`, 'all_or_nothing')
    expect(report).toMatchObject({ imported: true, created: 1, updated: 0, issues: [] })
    expect(await read(their.id)).toEqual(before)
    const [created] = await t.db.select({ storeId: products.storeId, title: products.title }).from(products).where(and(eq(products.sku, 'SHARED-1'), eq(products.storeId, mine.storeId)))
    expect(created).toEqual({ storeId: mine.storeId, title: 'My own kurta' })
  })

  it('updates by SKU, writes nothing when a row fails, or only the valid products when asked', async () => {
    const existing = await create(mine, { sku: 'UPD-1' })
    const csv = [header, 'UPD-1,Renamed,999,4,public,,,,', 'NEW-1,Dupatta,300,1,draft,,,,', 'BAD-1,Bad,,1,public,Size,S,abc,1'].join('\n')
    const strict = await importProductsCsv(t.db, mine, csv, 'all_or_nothing')
    expect(strict).toMatchObject({ imported: false, created: 0, updated: 0 })
    expect(strict.issues).toContainEqual({ row: 4, column: 'variant_price', message: 'Enter an amount in rupees, like 499 or 499.50' })
    expect((await read(existing.id))?.title).not.toBe('Renamed')
    const lenient = await importProductsCsv(t.db, mine, csv, 'valid_only')
    expect(lenient).toMatchObject({ imported: true, created: 1, updated: 1, skipped: 1 })
    expect(await read(existing.id)).toMatchObject({ title: 'Renamed', pricePaise: 99900, stock: 4 })
    const moves = await t.db.select({ delta: inventoryMovements.delta, reason: inventoryMovements.reason }).from(inventoryMovements).where(eq(inventoryMovements.productId, existing.id))
    expect(moves).toContainEqual({ delta: -4, reason: 'import' })
  })

  it('treats a sku and stock file as a stock update: blank cells and unlisted variants stay', async () => {
    const p = await create(mine, {
      sku: 'VAR-1',
      options: [{ name: 'Size', values: ['S', 'M'] }],
      variants: [
        { optionValues: ['S'], sku: 'VAR-1-S', price: '500', compareAt: '', stock: '1', mediaId: '' },
        { optionValues: ['M'], sku: 'VAR-1-M', price: '500', compareAt: '', stock: '2', mediaId: '' },
      ],
    })
    const before = await read(p.id)
    const report = await importProductsCsv(t.db, mine, 'sku,option1_name,option1_value,variant_stock\nVAR-1,Size,M,7', 'all_or_nothing')
    expect(report).toMatchObject({ imported: true, updated: 1, issues: [] })
    const variants = await t.db.select({ values: productVariants.optionValues, stock: productVariants.stock, price: productVariants.pricePaise, sku: productVariants.sku }).from(productVariants).where(eq(productVariants.productId, p.id)).orderBy(productVariants.position)
    expect(variants).toEqual([{ values: ['S'], stock: 1, price: 50000, sku: 'VAR-1-S' }, { values: ['M'], stock: 7, price: 50000, sku: 'VAR-1-M' }])
    expect(await read(p.id)).toEqual({ ...before, stock: 8 })
    const [row] = await t.db.select({ visibility: products.visibility, description: products.description }).from(products).where(eq(products.id, p.id))
    expect(row).toEqual({ visibility: 'public', description: '<p>Pure silk.</p><ul><li>Zari border</li></ul>' })
  })
})
