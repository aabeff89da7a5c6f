import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { catalogFixtures } from '@/tests/support/catalog-fixtures'
import { createTestDb, type TestDb } from '@/tests/support/test-db'
import { findCategoryByPath, listCategoryTrail, listChildCategories, listProductCards, listProductCardsByIds } from './catalog'
import { listSitemapCategories } from './sitemap'
import { addWishlistItem, listWishlistCards, listWishlistedIds, removeWishlistItem } from './wishlist'

describe('catalogue listings', () => {
  let t: TestDb
  let f: ReturnType<typeof catalogFixtures>
  let root: { id: string; path: string; slug: string }
  let leaf: { id: string; path: string; slug: string }
  let sibling: { id: string; path: string; slug: string }
  let storeId: string
  const ids = { cheap: '', dear: '', mid: '', draft: '', pending: '' }
  let pendingStoreId = ''

  beforeAll(async () => {
    t = await createTestDb()
    f = catalogFixtures(t.db)
    const store = await f.store('approved')
    const pending = await f.store('pending')
    storeId = store.id
    pendingStoreId = pending.id
    root = await f.category('home')
    leaf = await f.category('cookware', root)
    sibling = await f.category('decor', root)
    const day = 86_400_000
    const old = new Date(Date.now() - 30 * day)
    ids.cheap = (await f.product(store.id, { categoryId: leaf.id, pricePaise: 19900, soldCount: 5, ratingAvg: 4.9, ratingCount: 10, createdAt: old, updatedAt: old })).id
    ids.dear = (await f.product(store.id, { categoryId: sibling.id, pricePaise: 899900, soldCount: 50, ratingAvg: 3.1, ratingCount: 4 })).id
    ids.mid = (await f.product(store.id, { categoryId: root.id, pricePaise: 99900, soldCount: 20, ratingAvg: null, ratingCount: 0 })).id
    ids.draft = (await f.product(store.id, { categoryId: leaf.id, visibility: 'draft' })).id
    ids.pending = (await f.product(pending.id, { categoryId: leaf.id })).id
    await f.media(ids.cheap, [{ position: 1 }, { position: 0 }])
  })
  afterAll(async () => {
    await t?.close()
  })

  it('lists a category with everything below it, only public products of approved stores', async () => {
    const { rows, total } = await listProductCards(t.db, { categoryPath: root.path }, { sort: 'popular', limit: 10, offset: 0 })
    expect(total).toBe(3)
    expect(rows.map((r) => r.id)).toEqual([ids.dear, ids.mid, ids.cheap])
    const leafOnly = await listProductCards(t.db, { categoryPath: leaf.path }, { sort: 'popular', limit: 10, offset: 0 })
    expect(leafOnly.rows.map((r) => r.id)).toEqual([ids.cheap])
    expect(leafOnly.rows[0]?.imageUrl).toMatch(/^\/files\/t\//)
  })

  it('sorts by price, rating and age, and pages with a stable total', async () => {
    const list = (sort: 'price-asc' | 'price-desc' | 'rating' | 'newest') =>
      listProductCards(t.db, { categoryPath: root.path }, { sort, limit: 10, offset: 0 }).then((r) => r.rows.map((x) => x.id))
    expect(await list('price-asc')).toEqual([ids.cheap, ids.mid, ids.dear])
    expect(await list('price-desc')).toEqual([ids.dear, ids.mid, ids.cheap])
    expect(await list('rating')).toEqual([ids.cheap, ids.dear, ids.mid])
    expect((await list('newest')).at(-1)).toBe(ids.cheap)
    const second = await listProductCards(t.db, { categoryPath: root.path }, { sort: 'price-asc', limit: 2, offset: 2 })
    expect(second).toMatchObject({ total: 3, rows: [expect.objectContaining({ id: ids.dear })] })
  })

  it('does not treat a category whose path merely starts the same as a child', async () => {
    const lookalike = await f.category(`${root.slug}x`)
    await f.product(storeId, { categoryId: lookalike.id })
    const { total } = await listProductCards(t.db, { categoryPath: root.path }, { sort: 'popular', limit: 10, offset: 0 })
    expect(total).toBe(3)
  })

  it('lists a store’s public products', async () => {
    const { rows, total } = await listProductCards(t.db, { storeId }, { sort: 'price-asc', limit: 2, offset: 0 })
    expect(total).toBeGreaterThanOrEqual(3)
    expect(rows[0]?.id).toBe(ids.cheap)
  })

  it('shows a pending store’s public products only in the members’ review listing', async () => {
    const page = { sort: 'popular' as const, limit: 10, offset: 0 }
    expect((await listProductCards(t.db, { storeId: pendingStoreId }, page)).total).toBe(0)
    const review = await listProductCards(t.db, { storeId: pendingStoreId, storeReview: true }, page)
    expect(review.rows.map((r) => r.id)).toEqual([ids.pending])
  })

  it('returns cards for ids in the order asked, dropping hidden ones', async () => {
    const rows = await listProductCardsByIds(t.db, [ids.mid, ids.draft, ids.cheap, ids.pending])
    expect(rows.map((r) => r.id)).toEqual([ids.mid, ids.cheap])
  })

  it('finds categories by path, with the trail and children', async () => {
    expect(await findCategoryByPath(t.db, leaf.path)).toMatchObject({ id: leaf.id, parentId: root.id })
    expect(await findCategoryByPath(t.db, 'no/such')).toBeNull()
    expect((await listCategoryTrail(t.db, leaf.path)).map((c) => c.path)).toEqual([root.path, leaf.path])
    expect((await listChildCategories(t.db, root.id)).map((c) => c.id).sort()).toEqual([leaf.id, sibling.id].sort())
  })

  it('dates each category in the sitemap by the newest visible product in its own subtree', async () => {
    const rows = await listSitemapCategories(t.db)
    const byPath = new Map(rows.map((r) => [r.path, r.lastProductUpdate?.getTime() ?? null]))
    const leafDate = byPath.get(leaf.path)
    const rootDate = byPath.get(root.path)
    expect(leafDate).toBeTypeOf('number')
    expect(rootDate).toBeGreaterThan(leafDate!)
  })
})

describe('wishlist', () => {
  let t: TestDb
  let f: ReturnType<typeof catalogFixtures>

  beforeAll(async () => {
    t = await createTestDb()
    f = catalogFixtures(t.db)
  })
  afterAll(async () => {
    await t?.close()
  })

  it('saves public products once, refuses hidden ones, and forgets on removal', async () => {
    const store = await f.store('approved')
    const buyer = await f.user('Buyer')
    const other = await f.user('Other')
    const a = await f.product(store.id)
    const b = await f.product(store.id)
    const draft = await f.product(store.id, { visibility: 'draft' })

    expect(await addWishlistItem(t.db, buyer, a.id)).toBe(true)
    expect(await addWishlistItem(t.db, buyer, a.id)).toBe(true)
    expect(await addWishlistItem(t.db, buyer, b.id)).toBe(true)
    expect(await addWishlistItem(t.db, buyer, draft.id)).toBe(false)

    expect((await listWishlistedIds(t.db, buyer, [a.id, b.id, draft.id])).sort()).toEqual([a.id, b.id].sort())
    expect(await listWishlistedIds(t.db, other, [a.id, b.id])).toEqual([])
    const page = await listWishlistCards(t.db, buyer, { limit: 10, offset: 0 })
    expect(page.total).toBe(2)
    expect(page.rows.map((r) => r.id).sort()).toEqual([a.id, b.id].sort())

    await removeWishlistItem(t.db, buyer, a.id)
    await removeWishlistItem(t.db, buyer, a.id)
    expect(await listWishlistedIds(t.db, buyer, [a.id, b.id])).toEqual([b.id])
  })
})
