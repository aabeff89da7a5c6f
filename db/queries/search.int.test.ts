import crypto from 'node:crypto'
import { eq, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { categories, products, searchTerms, stores, users } from '@/db/schema'
import { rebuildSearchTerms, refreshSearchIndex } from '@/lib/catalog/search-index'
import type { CategoryNode } from '@/lib/search/facets'
import { searchCatalogue } from '@/lib/search/search-catalogue'
import { suggest } from '@/lib/search/suggest'
import { searchInputSchema, type SearchInput } from '@/lib/validations/search'
import { createTestDb, type TestDb } from '@/tests/support/test-db'
import { listCategoryNodes, searchProductRows } from './search'

const tag = crypto.randomBytes(3).toString('hex')
let t: TestDb
let tree: CategoryNode[]
const ids = new Map<string, string>()

type Seed = {
  title: string
  store: 'weaves' | 'tech' | 'pending' | 'suspended'
  category: string
  rupees: number
  rating?: number
  stock?: number
  sold?: number
  daysAgo?: number
  tags?: string[]
  description?: string
  visibility?: 'public' | 'draft' | 'private'
  status?: 'active' | 'archived' | 'suspended'
}

const CATALOGUE: Seed[] = [
  { title: 'Banarasi Silk Saree in Red', store: 'weaves', category: 'sarees', rupees: 6499, rating: 4.6, stock: 5, sold: 100, daysAgo: 3, tags: ['saree', 'silk'] },
  { title: 'Handloom Cotton Saree in Blue', store: 'weaves', category: 'sarees', rupees: 1899, rating: 3.8, stock: 0, sold: 300, daysAgo: 1, tags: ['saree', 'cotton'] },
  { title: 'Chikankari Cotton Kurta', store: 'weaves', category: 'kurtas', rupees: 1299, rating: 4.2, stock: 10, sold: 50, daysAgo: 5, tags: ['kurta', 'cotton'], description: '<p>Cut like our kurtis, in soft cotton.</p>' },
  { title: 'Apple iPhone 14 128 GB', store: 'tech', category: 'phones', rupees: 69999, rating: 4.7, stock: 3, sold: 500, daysAgo: 2, tags: ['smartphone'] },
  { title: 'Clear Case for iPhone 13', store: 'tech', category: 'phones', rupees: 499, rating: 4.1, stock: 40, sold: 20, daysAgo: 9, tags: ['case'] },
  { title: 'Wireless Earbuds with ANC', store: 'tech', category: 'phones', rupees: 2499, stock: 7, sold: 80, daysAgo: 4, tags: ['audio'] },
  { title: 'Hand-painted Blue Pottery Vase', store: 'weaves', category: 'pottery', rupees: 1499, rating: 4.9, stock: 2, sold: 10, daysAgo: 7, tags: ['pottery'] },
  // Matches "silk" in its description only: must rank below titles that say silk.
  { title: 'Festive Dupatta', store: 'weaves', category: 'sarees', rupees: 999, stock: 4, sold: 900, daysAgo: 6, description: '<p>Pairs well with any silk outfit.</p>' },
  // Never visible.
  { title: 'Secretweave Draft Saree', store: 'weaves', category: 'sarees', rupees: 999, visibility: 'draft' },
  { title: 'Hiddenloom Private Saree', store: 'weaves', category: 'sarees', rupees: 999, visibility: 'private' },
  { title: 'Bannedweave Suspended Saree', store: 'weaves', category: 'sarees', rupees: 999, status: 'suspended' },
  { title: 'Oldweave Archived Saree', store: 'weaves', category: 'sarees', rupees: 999, status: 'archived' },
  { title: 'Pendingweave Saree', store: 'pending', category: 'sarees', rupees: 999 },
  { title: 'Closedweave Saree', store: 'suspended', category: 'sarees', rupees: 999 },
]
const STOLES = 30

const input = (values: Partial<SearchInput>) => searchInputSchema.parse(values)
const search = (values: Partial<SearchInput>) => searchCatalogue(t.db, input(values), tree)
const titles = (r: { hits: { title: string }[] }) => r.hits.map((h) => h.title)

beforeAll(async () => {
  t = await createTestDb()
  const [owner] = await t.db.insert(users).values({ email: `owner-${tag}@example.com`, name: 'Owner' }).returning({ id: users.id })
  const store = (key: string, name: string, status: 'approved' | 'pending' | 'suspended') => ({
    ownerId: owner!.id, name, slug: `${key}-${tag}`, status,
    pickupName: 'P', pickupPhone: '+919876543210', pickupLine1: 'L1', pickupCity: 'Jaipur', pickupState: 'Rajasthan', pickupPin: '302001',
  })
  const storeRows = await t.db
    .insert(stores)
    .values([
      store('weaves', `Loomhouse ${tag}`, 'approved'),
      store('tech', `Gadgetwala ${tag}`, 'approved'),
      store('pending', `Waiting ${tag}`, 'pending'),
      store('suspended', `Closed ${tag}`, 'suspended'),
    ])
    .returning({ id: stores.id, slug: stores.slug })
  const storeId = (key: string) => storeRows.find((s) => s.slug === `${key}-${tag}`)!.id

  const [fashion, electronics, crafts] = await t.db
    .insert(categories)
    .values([
      { name: 'Fashion', slug: `fashion-${tag}`, path: `fashion-${tag}` },
      { name: 'Electronics', slug: `electronics-${tag}`, path: `electronics-${tag}` },
      { name: 'Handicrafts', slug: `crafts-${tag}`, path: `crafts-${tag}` },
    ])
    .returning({ id: categories.id, path: categories.path })
  const child = (parent: { id: string; path: string }, name: string, slug: string) => ({
    parentId: parent.id, name, slug: `${slug}-${tag}`, path: `${parent.path}/${slug}-${tag}`, depth: 1,
  })
  const leafRows = await t.db
    .insert(categories)
    .values([child(fashion!, 'Sarees', 'sarees'), child(fashion!, 'Kurtas', 'kurtas'), child(electronics!, 'Phones', 'phones'), child(crafts!, 'Pottery', 'pottery')])
    .returning({ id: categories.id, slug: categories.slug })
  const categoryId = (key: string) => leafRows.find((c) => c.slug === `${key}-${tag}`)!.id

  const now = Date.now()
  const rows = [
    ...CATALOGUE,
    ...Array.from({ length: STOLES }, (_, i): Seed => ({ title: `Kantha Stole No ${i + 1}`, store: 'weaves', category: 'pottery', rupees: 700 + i, stock: 1, sold: i, daysAgo: 20 + i })),
  ].map((p, i) => ({
    storeId: storeId(p.store),
    categoryId: categoryId(p.category),
    title: p.title,
    slug: `p${i}-${tag}`,
    description: p.description ?? `<p>${p.title}, made with care.</p>`,
    pricePaise: p.rupees * 100,
    stock: p.stock ?? 1,
    tags: p.tags ?? [],
    visibility: p.visibility ?? 'public',
    status: p.status ?? 'active',
    ratingAvg: p.rating ?? null,
    ratingCount: p.rating ? 10 : 0,
    soldCount: p.sold ?? 0,
    createdAt: new Date(now - (p.daysAgo ?? 30) * 86_400_000),
  }))
  const inserted = await t.db.insert(products).values(rows).returning({ id: products.id, title: products.title })
  for (const row of inserted) ids.set(row.title, row.id)
  await rebuildSearchTerms(t.db)
  tree = await listCategoryNodes(t.db)
})

afterAll(async () => {
  await t?.close()
})

describe('search: typos', () => {
  it.each([
    ['iphne', 'iphone', 'Apple iPhone 14 128 GB'],
    ['sare', 'saree', 'Banarasi Silk Saree in Red'],
    ['kurtha', 'kurta', 'Chikankari Cotton Kurta'],
    ['earbud', 'earbuds', 'Wireless Earbuds with ANC'],
    ['blue potery vase', 'blue pottery vase', 'Hand-painted Blue Pottery Vase'],
  ])('%s finds what was meant', async (q, corrected, expected) => {
    const result = await search({ q })
    expect(result.correctedQuery).toBe(corrected)
    expect(titles(result)).toContain(expected)
  })

  it('keeps words it knows and says nothing about corrections', async () => {
    const result = await search({ q: 'iphone 128' })
    expect(result.correctedQuery).toBeNull()
    expect(titles(result)).toEqual(['Apple iPhone 14 128 GB'])
  })

  it('leaves alone a word only descriptions use, though a catalogue word looks like it', async () => {
    const result = await search({ q: 'kurtis' })
    expect(result.correctedQuery).toBeNull()
    expect(titles(result)).toEqual(['Chikankari Cotton Kurta'])
  })

  it('searches the words as typed when asked to', async () => {
    const result = await search({ q: 'iphne', exact: true })
    expect(result.correctedQuery).toBeNull()
    expect(result.total).toBe(0)
  })
})

describe('search: visibility', () => {
  const hidden = CATALOGUE.filter((p) => p.visibility || p.status || p.store === 'pending' || p.store === 'suspended').map((p) => p.title)

  it('never returns drafts, private, suspended or archived products, or those of unapproved stores', async () => {
    for (const q of ['saree', '', 'weave']) {
      const result = await search({ q })
      for (const title of hidden) expect(titles(result), q).not.toContain(title)
    }
    // Equal ranks go to the better seller; the dupatta is only in the Sarees category, and
    // category names are searched too, weighted least.
    const sarees = await search({ q: 'saree' })
    expect(titles(sarees)).toEqual(['Handloom Cotton Saree in Blue', 'Banarasi Silk Saree in Red', 'Festive Dupatta'])
    expect(sarees.total).toBe(3)
  })

  it('keeps their words out of the dictionary and the suggestions', async () => {
    const words = await t.db.select({ term: searchTerms.term }).from(searchTerms).where(sql`${searchTerms.term} like '%weave'`)
    expect(words).toEqual([])
    const suggestions = await suggest(t.db, 'sare', tree)
    expect(suggestions.suggestions.map((s) => s.label)).toEqual(expect.arrayContaining(['Banarasi Silk Saree in Red']))
    for (const title of hidden) expect(suggestions.suggestions.map((s) => s.label)).not.toContain(title)
  })
})

describe('search: filters and facets', () => {
  it('counts facets over the matches', async () => {
    const result = await search({ q: 'cotton' })
    expect(result.total).toBe(2)
    expect(result.facets.categories.options).toEqual([{ slug: `fashion-${tag}`, name: 'Fashion', count: 2 }])
    expect(result.facets.stores).toEqual([{ slug: `weaves-${tag}`, name: `Loomhouse ${tag}`, count: 2 }])
    expect(result.facets.inStock).toBe(1)
    expect(result.facets.ratings).toEqual([
      { min: 4, count: 1 },
      { min: 3, count: 2 },
      { min: 2, count: 2 },
    ])
    expect(result.facets.prices.find((b) => b.min === 1000)?.count).toBe(2)
  })

  it('filters by category subtree and shows the children of the selected one', async () => {
    const result = await search({ q: '', category: `fashion-${tag}` })
    expect(result.total).toBe(4)
    expect(result.facets.categories.trail).toEqual([{ slug: `fashion-${tag}`, name: 'Fashion' }])
    expect(result.facets.categories.options).toEqual([
      { slug: `kurtas-${tag}`, name: 'Kurtas', count: 1 },
      { slug: `sarees-${tag}`, name: 'Sarees', count: 3 },
    ])
  })

  it('filters by price, rating, stock and store', async () => {
    expect(titles(await search({ q: 'saree', min: 2000 }))).toEqual(['Banarasi Silk Saree in Red'])
    expect(titles(await search({ q: 'saree', min: 1000, max: 1899 }))).toEqual(['Handloom Cotton Saree in Blue'])
    expect(titles(await search({ q: 'saree', max: 999 }))).toEqual(['Festive Dupatta'])
    expect(titles(await search({ q: 'cotton', rating: 4 }))).toEqual(['Chikankari Cotton Kurta'])
    expect(titles(await search({ q: 'cotton', inStock: true }))).toEqual(['Chikankari Cotton Kurta'])
    expect(titles(await search({ q: 'iphone', store: `weaves-${tag}` }))).toEqual([])
    expect((await search({ q: 'iphone', store: `tech-${tag}` })).total).toBe(2)
  })
})

describe('search: order and pages', () => {
  it('ranks title matches above description matches', async () => {
    const result = await search({ q: 'silk' })
    expect(titles(result)).toEqual(['Banarasi Silk Saree in Red', 'Festive Dupatta'])
  })

  it('sorts by price, newest, rating and sales', async () => {
    const q = 'saree'
    expect(titles(await search({ q, category: `fashion-${tag}`, sort: 'price-asc' }))).toEqual([
      'Festive Dupatta', 'Handloom Cotton Saree in Blue', 'Banarasi Silk Saree in Red',
    ])
    expect(titles(await search({ q: '', category: `fashion-${tag}`, sort: 'price-desc' }))[0]).toBe('Banarasi Silk Saree in Red')
    expect(titles(await search({ q: '', category: `fashion-${tag}`, sort: 'newest' }))).toEqual([
      'Handloom Cotton Saree in Blue', 'Banarasi Silk Saree in Red', 'Chikankari Cotton Kurta', 'Festive Dupatta',
    ])
    expect(titles(await search({ q: '', category: `fashion-${tag}`, sort: 'rating' }))).toEqual([
      'Banarasi Silk Saree in Red', 'Chikankari Cotton Kurta', 'Handloom Cotton Saree in Blue', 'Festive Dupatta',
    ])
    expect(titles(await search({ q: '', sort: 'bestselling' }))[0]).toBe('Festive Dupatta')
  })

  it('pages 24 at a time without overlap', async () => {
    const first = await search({ q: 'kantha stole', sort: 'price-asc' })
    const second = await search({ q: 'kantha stole', sort: 'price-asc', page: 2 })
    expect(first.total).toBe(STOLES)
    expect(first.pageCount).toBe(2)
    expect(first.hits).toHaveLength(24)
    expect(second.hits).toHaveLength(STOLES - 24)
    expect(new Set([...titles(first), ...titles(second)]).size).toBe(STOLES)
    expect(first.hits[0]?.pricePaise).toBe(70_000)
  })

  it('past the cap: counts stop, and the page is still the true order over every match', async () => {
    const rows = await searchProductRows(t.db, {
      text: { words: ['kantha'], prefix: null, phrases: [] },
      filters: { categoryIds: null, minPaise: null, maxPaise: null, minRating: null, inStock: false, storeSlug: null },
      sort: 'price-desc',
      page: 1,
      pageSize: 3,
      matchCap: 5,
    })
    expect(rows).toMatchObject({ total: 5, capped: true })
    expect(rows.hits.map((h) => h.pricePaise)).toEqual([72_900, 72_800, 72_700])
  })
})

describe('search index upkeep', () => {
  it('learns the words of new products on refresh, but not of drafts', async () => {
    const [store] = await t.db.select({ id: stores.id, categoryId: sql<string>`(select id from categories where slug = ${`pottery-${tag}`})` }).from(stores).where(eq(stores.slug, `weaves-${tag}`))
    const base = { storeId: store!.id, categoryId: store!.categoryId, description: '', pricePaise: 250000, stock: 3 }
    const [shawl, draft] = await t.db
      .insert(products)
      .values([
        { ...base, title: 'Pashmina Shawl', slug: `shawl-${tag}`, visibility: 'public' },
        { ...base, title: 'Zardozi Draft Shawl', slug: `draft-shawl-${tag}`, visibility: 'draft' },
      ])
      .returning({ id: products.id })
    expect((await search({ q: 'pashmna' })).correctedQuery).toBeNull()
    await refreshSearchIndex(t.db, [shawl!.id, draft!.id])
    const result = await search({ q: 'pashmna' })
    expect(result.correctedQuery).toBe('pashmina')
    expect(titles(result)).toEqual(['Pashmina Shawl'])
    const zardozi = await t.db.select().from(searchTerms).where(eq(searchTerms.term, 'zardozi'))
    expect(zardozi).toEqual([])
  })

  it('finds products by store name, and follows a rename', async () => {
    expect((await search({ q: `gadgetwala ${tag}` })).total).toBe(3)
    await t.db.update(stores).set({ name: `Phonewala ${tag}` }).where(eq(stores.slug, `tech-${tag}`))
    expect((await search({ q: `phonewala ${tag}` })).total).toBe(3)
    expect((await search({ q: `gadgetwala ${tag}`, exact: true })).total).toBe(0)
  })
})
