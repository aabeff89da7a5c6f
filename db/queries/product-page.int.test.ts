import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { catalogFixtures } from '@/tests/support/catalog-fixtures'
import { createTestDb, type TestDb } from '@/tests/support/test-db'
import { findProductPage, findProductRef, findShippingFacts, listRelatedProducts, listShowsForProduct } from './product-page'

describe('product page queries', () => {
  let t: TestDb
  let f: ReturnType<typeof catalogFixtures>
  let shop: Awaited<ReturnType<ReturnType<typeof catalogFixtures>['store']>>
  let pending: Awaited<ReturnType<ReturnType<typeof catalogFixtures>['store']>>
  let sarees: { id: string; path: string; slug: string }

  beforeAll(async () => {
    t = await createTestDb()
    f = catalogFixtures(t.db)
    shop = await f.store('approved')
    pending = await f.store('pending')
    const fashion = await f.category('fashion')
    sarees = await f.category('sarees', fashion)
  })
  afterAll(async () => {
    await t?.close()
  })

  it('reads a public product with its store, media in order and variants in order', async () => {
    const p = await f.product(shop.id, {
      categoryId: sarees.id,
      options: [
        { name: 'Size', values: ['S', 'M'] },
        { name: 'Colour', values: ['Red'] },
      ],
      stock: 7,
    })
    const media = await f.media(p.id, [{ position: 2 }, { position: 0 }, { position: 1, kind: 'video' }])
    const redM = media.find((m) => m.position === 1)!
    await f.variants(p.id, [
      { values: ['M', 'Red'], pricePaise: 109900, stock: 0, position: 1, mediaId: redM.id },
      { values: ['S', 'Red'], pricePaise: 99900, stock: 7, position: 0 },
    ])

    const page = await findProductPage(t.db, p.id, { audience: 'public' })
    expect(page).toMatchObject({
      id: p.id,
      slug: p.slug,
      categoryPath: sarees.path,
      options: [
        { name: 'Size', values: ['S', 'M'] },
        { name: 'Colour', values: ['Red'] },
      ],
      store: { id: shop.id, slug: shop.slug, status: 'approved', codEnabled: true },
    })
    expect(page!.media.map((m) => [m.kind, m.alt])).toEqual([
      ['image', 'pos 0'],
      ['video', 'pos 1'],
      ['image', 'pos 2'],
    ])
    expect(page!.variants).toEqual([
      expect.objectContaining({ optionValues: ['S', 'Red'], title: 'S / Red', pricePaise: 99900, compareAtPaise: null, stock: 7, mediaId: null }),
      expect.objectContaining({ optionValues: ['M', 'Red'], pricePaise: 109900, stock: 0, mediaId: redM.id }),
    ])
    expect(await findProductRef(t.db, p.slug)).toEqual({ id: p.id, storeId: shop.id })
  })

  it('hides drafts, private, archived and suspended products from the public, but not from their own store', async () => {
    const hidden = await Promise.all([
      f.product(shop.id, { visibility: 'draft' }),
      f.product(shop.id, { visibility: 'private' }),
      f.product(shop.id, { status: 'archived' }),
      f.product(shop.id, { status: 'suspended' }),
    ])
    const other = await f.store('approved')
    for (const p of hidden) {
      expect(await findProductPage(t.db, p.id, { audience: 'public' })).toBeNull()
      expect(await findProductPage(t.db, p.id, { audience: 'store', storeId: shop.id })).not.toBeNull()
      expect(await findProductPage(t.db, p.id, { audience: 'store', storeId: other.id })).toBeNull()
      // The ref lookup is deliberately unfiltered: the page decides who may see it.
      expect(await findProductRef(t.db, p.slug)).toEqual({ id: p.id, storeId: shop.id })
    }
  })

  it('hides every product of a store that is not approved', async () => {
    const p = await f.product(pending.id)
    expect(await findProductPage(t.db, p.id, { audience: 'public' })).toBeNull()
    expect(await findProductPage(t.db, p.id, { audience: 'store', storeId: pending.id })).toMatchObject({ store: { status: 'pending' } })
    expect(await findShippingFacts(t.db, p.id, null)).toBeNull()
  })

  it('gives shipping facts with the chosen variant’s price, only for visible products', async () => {
    const p = await f.product(shop.id, { pricePaise: 50000, weightGrams: 750 })
    const [v] = await f.variants(p.id, [{ values: ['L'], pricePaise: 65000, stock: 2, position: 0 }])
    expect(await findShippingFacts(t.db, p.id, null)).toEqual({ pricePaise: 50000, weightGrams: 750, pickupPin: '411001', codEnabled: true })
    expect(await findShippingFacts(t.db, p.id, v!.id)).toMatchObject({ pricePaise: 65000 })
    const draft = await f.product(shop.id, { visibility: 'draft' })
    expect(await findShippingFacts(t.db, draft.id, null)).toBeNull()
  })

  it('lists the lives a product was in: live, then upcoming soonest first, then replays latest first', async () => {
    const p = await f.product(shop.id)
    const host = shop.ownerId
    const day = 86_400_000
    const now = Date.now()
    const replayOld = await f.show(shop.id, host, 'ended', new Date(now - 5 * day), [p.id])
    const later = await f.show(shop.id, host, 'scheduled', new Date(now + 3 * day), [p.id])
    const live = await f.show(shop.id, host, 'live', new Date(now - 600_000), [p.id])
    const replayNew = await f.show(shop.id, host, 'ended', new Date(now - day), [p.id])
    const soon = await f.show(shop.id, host, 'scheduled', new Date(now + day), [p.id])
    await f.show(shop.id, host, 'cancelled', new Date(now + day), [p.id])
    await f.show(pending.id, pending.ownerId, 'scheduled', new Date(now + day), [p.id])
    const rows = await listShowsForProduct(t.db, p.id, 10)
    expect(rows.map((r) => r.slug)).toEqual([live.slug, soon.slug, later.slug, replayNew.slug, replayOld.slug])
  })

  it('relates products from the same category first, then from the same store, never hidden ones', async () => {
    const otherStore = await f.store('approved')
    const base = await f.product(shop.id, { categoryId: sarees.id })
    const sameCategory = await f.product(otherStore.id, { categoryId: sarees.id, soldCount: 1 })
    const sameStore = await f.product(shop.id, { soldCount: 500 })
    const draft = await f.product(shop.id, { categoryId: sarees.id, visibility: 'draft' })
    const ofPendingStore = await f.product(pending.id, { categoryId: sarees.id })
    const rows = await listRelatedProducts(t.db, { id: base.id, categoryId: sarees.id, storeId: shop.id }, 50)
    const ids = rows.map((r) => r.id)
    expect(ids).not.toContain(base.id)
    expect(ids).not.toContain(draft.id)
    expect(ids).not.toContain(ofPendingStore.id)
    expect(ids).toContain(sameCategory.id)
    expect(ids).toContain(sameStore.id)
    // Best sellers come first within each group, but the category outranks the store.
    expect(ids.indexOf(sameCategory.id)).toBeLessThan(ids.indexOf(sameStore.id))
  })
})
