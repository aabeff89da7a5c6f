import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { importProductsCsv } from '@/lib/dal/studio-import'
import { addProductMedia, finishVideoUpload, removeMedia, reorderMedia, setMediaAlt, startVideoUpload } from '@/lib/dal/studio-media'
import { duplicateProduct } from '@/lib/dal/studio-product-ops'
import { saveProduct } from '@/lib/dal/studio-product-write'
import { productValues, seedCategory, seedSeller } from '@/lib/dal/studio-test-fixtures'
import { productCsvRows, toProductCsv } from '@/lib/domain/product-csv'
import { createLocalStorage } from '@/lib/services/storage/local'
import { productSchema, type ProductFormValues } from '@/lib/validations/product'
import { productListParamsSchema } from '@/lib/validations/product-operations'
import { createTestDb, type TestDb } from '@/tests/support/test-db'
import { listProductsForExport } from './studio-csv'
import { countLowStock, getStudioProduct, listLowStock, listProductMedia, listStudioProducts } from './studio-products'

let t: TestDb
let mine: Awaited<ReturnType<typeof seedSeller>>
let theirs: Awaited<ReturnType<typeof seedSeller>>
let category: { id: string; path: string }
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'haat-studio-media-'))
const storage = createLocalStorage(dir)

beforeAll(async () => {
  t = await createTestDb()
  ;[mine, theirs, category] = await Promise.all([seedSeller(t.db, 'mine'), seedSeller(t.db, 'theirs'), seedCategory(t.db)])
})
afterAll(async () => {
  await t?.close()
  fs.rmSync(dir, { recursive: true, force: true })
})

const create = (s: { userId: string; storeId: string }, overrides: Partial<ProductFormValues> = {}) =>
  saveProduct(t.db, { storeId: s.storeId, actorId: s.userId, reason: 'manual_edit' }, productSchema.parse(productValues(s.storeId, overrides)))
const params = (p: Record<string, string> = {}) => productListParamsSchema.parse(p)

describe('studio product reads', () => {
  it('never returns another store’s product, by id or in lists', async () => {
    const their = await create(theirs, { title: 'Their Pashmina shawl' })
    expect(await getStudioProduct(t.db, mine.storeId, their.id)).toBeNull()
    expect(await getStudioProduct(t.db, theirs.storeId, their.id)).toMatchObject({ title: 'Their Pashmina shawl' })
    expect((await listStudioProducts(t.db, mine.storeId, params({ q: 'pashmina' }), 25)).total).toBe(0)
    expect(await listProductMedia(t.db, mine.storeId, their.id)).toEqual([])
    expect((await listProductsForExport(t.db, mine.storeId)).some((p) => p.id === their.id)).toBe(false)
  })

  it('searches title and SKUs, filters and sorts, with a total for paging', async () => {
    await create(mine, { title: 'Indigo dabu kurta', sku: 'DABU-7', price: '1200', categoryId: category.id })
    await create(mine, { title: 'Plain stole', price: '300', stock: '1', visibility: 'draft', options: [{ name: 'Size', values: ['S'] }], variants: [{ optionValues: ['S'], sku: 'STOLE-S', price: '300', compareAt: '', stock: '1', mediaId: '' }] })
    expect((await listStudioProducts(t.db, mine.storeId, params({ q: 'dabu-7' }), 25)).rows.map((r) => r.title)).toEqual(['Indigo dabu kurta'])
    expect((await listStudioProducts(t.db, mine.storeId, params({ q: 'stole-s' }), 25)).rows.map((r) => r.title)).toEqual(['Plain stole'])
    expect((await listStudioProducts(t.db, mine.storeId, params({ visibility: 'draft' }), 25)).rows.map((r) => r.title)).toEqual(['Plain stole'])
    expect((await listStudioProducts(t.db, mine.storeId, params({ category: category.id }), 25)).total).toBe(1)
    const low = await listStudioProducts(t.db, mine.storeId, params({ stock: 'low' }), 25)
    expect(low.rows.map((r) => [r.title, r.lowStockItems, r.variantCount])).toEqual([['Plain stole', 1, 1]])
    const sorted = await listStudioProducts(t.db, mine.storeId, params({ sort: 'price_asc' }), 1)
    expect(sorted.rows.map((r) => r.title)).toEqual(['Plain stole'])
    expect(sorted.total).toBeGreaterThanOrEqual(2)
  })

  it('lists low stock for variants and products at or below the threshold, and counts it', async () => {
    const items = await listLowStock(t.db, mine.storeId)
    expect(items.map((i) => [i.title, i.variantTitle, i.stock])).toContainEqual(['Plain stole', 'S', 1])
    expect(await countLowStock(t.db, mine.storeId)).toBe(items.length)
    expect((await listLowStock(t.db, theirs.storeId)).some((i) => i.title === 'Plain stole')).toBe(false)
  })
})

describe('studio media', () => {
  it('converts uploads to WebP, reorders, renames and deletes, for the store’s own products only', async () => {
    const p = await create(mine)
    const their = await create(theirs)
    const png = await sharp({ create: { width: 2400, height: 1200, channels: 3, background: '#c0392b' } }).png().toBuffer()
    const a = await addProductMedia(t.db, storage, { storeId: mine.storeId }, { productId: p.id, bytes: png, alt: 'Front' })
    const b = await addProductMedia(t.db, storage, { storeId: mine.storeId }, { productId: p.id, bytes: png, alt: 'Back' })
    expect(a).toMatchObject({ kind: 'image', width: 1600, height: 800, position: 0 })
    expect(b.position).toBe(1)
    const stored = await storage.get(a.url.replace('/files/', ''))
    expect(stored?.body.subarray(8, 12).toString()).toBe('WEBP')

    await expect(addProductMedia(t.db, storage, { storeId: mine.storeId }, { productId: their.id, bytes: png, alt: '' })).rejects.toMatchObject({ code: 'not_found' })
    await expect(addProductMedia(t.db, storage, { storeId: mine.storeId }, { productId: p.id, bytes: Buffer.from('<svg onload=alert(1)>'), alt: '' })).rejects.toMatchObject({ code: 'invalid_input' })

    await reorderMedia(t.db, { storeId: mine.storeId }, { productId: p.id, mediaIds: [b.id, a.id] })
    await setMediaAlt(t.db, { storeId: mine.storeId }, { productId: p.id, mediaId: a.id, alt: 'Front view' })
    await expect(setMediaAlt(t.db, { storeId: theirs.storeId }, { productId: p.id, mediaId: a.id, alt: 'hijack' })).rejects.toMatchObject({ code: 'not_found' })
    await expect(removeMedia(t.db, storage, { storeId: theirs.storeId }, { productId: p.id, mediaId: a.id })).rejects.toMatchObject({ code: 'not_found' })
    expect((await listProductMedia(t.db, mine.storeId, p.id)).map((m) => [m.alt, m.position])).toEqual([['Back', 0], ['Front view', 1]])

    await removeMedia(t.db, storage, { storeId: mine.storeId }, { productId: p.id, mediaId: a.id })
    expect(await storage.get(a.url.replace('/files/', ''))).toBeNull()
    expect(await listProductMedia(t.db, mine.storeId, p.id)).toHaveLength(1)

    await expect(duplicateProduct(t.db, storage, { storeId: theirs.storeId, actorId: theirs.userId }, p.id)).rejects.toMatchObject({ code: 'not_found' })
    const copy = await duplicateProduct(t.db, storage, { storeId: mine.storeId, actorId: mine.userId }, p.id)
    const duplicated = await getStudioProduct(t.db, mine.storeId, copy.id)
    expect(duplicated).toMatchObject({ visibility: 'draft', sku: null, stock: 0, slug: expect.stringMatching(/-copy$/) })
    expect(duplicated!.media).toHaveLength(1)
    expect(duplicated!.media[0]!.key).not.toBe(b.url.replace('/files/', ''))
    await removeMedia(t.db, storage, { storeId: mine.storeId }, { productId: p.id, mediaId: b.id })
    expect(await storage.get(duplicated!.media[0]!.key)).not.toBeNull()
  })

  it('adds a video uploaded straight to storage only after checking its bytes, once, and only to the product it was started for', async () => {
    const secret = 'claim-secret'
    const p = await create(mine)
    const other = await create(mine)
    const their = await create(theirs)
    const mp4 = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypisommp42'), Buffer.from([0, 0, 0, 0]), Buffer.from('isommp42'), Buffer.alloc(50_000)])
    const ctx = { storeId: mine.storeId }
    const upload = async (target: { url: string }, bytes: Buffer) => {
      const body = new FormData()
      body.append('file', new Blob([new Uint8Array(bytes)]), 'clip.mp4')
      return (await storage.handleUpload(new Request(`http://localhost${target.url}`, { method: 'PUT', body }))).status
    }
    const declared = (bytes: Buffer) => ({ productId: p.id, name: 'clip.mp4', size: bytes.length, contentType: 'video/mp4' })

    // What the browser declares is checked before any URL is given.
    await expect(startVideoUpload(t.db, storage, ctx, { ...declared(mp4), contentType: 'video/quicktime' }, secret)).rejects.toMatchObject({ code: 'invalid_input' })
    await expect(startVideoUpload(t.db, storage, ctx, { ...declared(mp4), size: 101 * 1024 * 1024 }, secret)).rejects.toMatchObject({ code: 'invalid_input', message: expect.stringContaining('up to 100 MB') })
    await expect(startVideoUpload(t.db, storage, ctx, { ...declared(mp4), productId: their.id }, secret)).rejects.toMatchObject({ code: 'not_found' })

    const started = await startVideoUpload(t.db, storage, ctx, declared(mp4), secret)
    // Finishing before the bytes arrive says so; then the upload lands and the video is added once.
    await expect(finishVideoUpload(t.db, storage, ctx, { productId: p.id, key: started.key, claim: started.claim, alt: '' }, secret)).rejects.toMatchObject({ code: 'invalid_input' })
    expect(await upload(started, mp4)).toBe(200)
    const finish = { productId: p.id, key: started.key, claim: started.claim, alt: 'Draping it' }
    const video = await finishVideoUpload(t.db, storage, ctx, finish, secret)
    expect(video).toMatchObject({ kind: 'video', alt: 'Draping it', url: `/files/${started.key}` })
    expect(await finishVideoUpload(t.db, storage, ctx, finish, secret)).toMatchObject({ id: video.id })
    expect((await listProductMedia(t.db, mine.storeId, p.id)).map((m) => m.kind)).toEqual(['video'])

    // The claim holds for that product and store only.
    await expect(finishVideoUpload(t.db, storage, ctx, { ...finish, productId: other.id }, secret)).rejects.toMatchObject({ code: 'forbidden' })
    await expect(finishVideoUpload(t.db, storage, { storeId: theirs.storeId }, { ...finish, productId: their.id }, secret)).rejects.toMatchObject({ code: 'forbidden' })
    await expect(finishVideoUpload(t.db, storage, ctx, { ...finish, claim: started.claim.replace(/.$/, (c) => (c === '0' ? '1' : '0')) }, secret)).rejects.toMatchObject({ code: 'forbidden' })

    // Bytes that are not a video are refused and removed, whatever was declared.
    const fake = Buffer.from('<html>not a video</html>')
    const sneaky = await startVideoUpload(t.db, storage, ctx, declared(fake), secret)
    expect(await upload(sneaky, fake)).toBe(200)
    await expect(finishVideoUpload(t.db, storage, ctx, { productId: p.id, key: sneaky.key, claim: sneaky.claim, alt: '' }, secret)).rejects.toMatchObject({ code: 'invalid_input' })
    expect(await storage.head(sneaky.key, 4)).toBeNull()
    expect(await listProductMedia(t.db, mine.storeId, p.id)).toHaveLength(1)
  })
})

describe('CSV import at size', () => {
  it('imports 5,000 variant rows (1,000 products) and re-imports them as updates', async () => {
    const sizes = ['XS', 'S', 'M', 'L', 'XL']
    const rows = Array.from({ length: 1000 }, (_, i) =>
      productCsvRows({
        sku: `BULK-${i}`, title: `Block print kurta ${i}`, slug: '', description: 'Cotton.', categoryPath: category.path, tags: ['cotton'],
        visibility: 'public', availableInLives: true, pricePaise: 59900, compareAtPaise: null, stock: 0, lowStockThreshold: 2, weightGrams: 250,
        lengthCm: 30, breadthCm: 20, heightCm: 2, options: [{ name: 'Size', values: sizes }],
        variants: sizes.map((s) => ({ optionValues: [s], sku: `BULK-${i}-${s}`, pricePaise: 59900, compareAtPaise: null, stock: 3 })),
      }),
    ).flat()
    const csv = toProductCsv(rows)
    const started = performance.now()
    const first = await importProductsCsv(t.db, mine, csv, 'all_or_nothing')
    const firstMs = performance.now() - started
    expect(first).toMatchObject({ imported: true, rows: 5000, created: 1000, updated: 0, issues: [] })
    const again = await importProductsCsv(t.db, mine, csv.replace(/,59900,/g, ',59900,'), 'all_or_nothing')
    expect(again).toMatchObject({ imported: true, created: 0, updated: 1000 })
    expect(firstMs).toBeLessThan(60_000)
  })
})
