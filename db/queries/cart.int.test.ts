import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cartItems, carts } from '@/db/schema'
import { catalogFixtures } from '@/tests/support/catalog-fixtures'
import { createTestDb, type TestDb } from '@/tests/support/test-db'
import {
  countCartItems,
  deleteCartLines,
  listCartLines,
  loadCartProducts,
  loadCartVariants,
  lockUserCart,
  setCartLine,
  showHasProduct,
} from './cart'

let t: TestDb
let f: ReturnType<typeof catalogFixtures>

beforeAll(async () => {
  t = await createTestDb()
  f = catalogFixtures(t.db)
})
afterAll(() => t?.close())

const put = (userId: string, line: { productId: string; variantId?: string | null; quantity: number; showId?: string | null }) =>
  t.db.transaction(async (tx) => {
    const cartId = await lockUserCart(tx, userId)
    await setCartLine(tx, cartId, { variantId: null, showId: null, ...line })
    return cartId
  })

describe('cart queries', () => {
  it('creates one cart per user and keeps one line per product and variant', async () => {
    const userId = await f.user()
    const store = await f.store()
    const plain = await f.product(store.id)
    const sized = await f.product(store.id, { options: [{ name: 'Size', values: ['S', 'M'] }] })
    const [s, m] = await f.variants(sized.id, [
      { values: ['S'], pricePaise: 50000, stock: 3, position: 0 },
      { values: ['M'], pricePaise: 60000, stock: 3, position: 1 },
    ])
    const cartId = await put(userId, { productId: plain.id, quantity: 1 })
    expect(await put(userId, { productId: plain.id, quantity: 4 })).toBe(cartId)
    await put(userId, { productId: sized.id, variantId: s!.id, quantity: 2 })
    await put(userId, { productId: sized.id, variantId: m!.id, quantity: 1 })
    await put(userId, { productId: sized.id, variantId: s!.id, quantity: 3 })

    expect(await t.db.select({ id: carts.id }).from(carts).where(eq(carts.userId, userId))).toHaveLength(1)
    expect(await listCartLines(t.db, userId)).toEqual([
      { productId: plain.id, variantId: null, quantity: 4, showId: null },
      { productId: sized.id, variantId: s!.id, quantity: 3, showId: null },
      { productId: sized.id, variantId: m!.id, quantity: 1, showId: null },
    ])
    expect(await countCartItems(t.db, userId)).toBe(8)
    expect(await countCartItems(t.db, await f.user())).toBe(0)
  })

  it('deletes only the named lines of the named user’s cart', async () => {
    const [alice, bob] = [await f.user('Alice'), await f.user('Bob')]
    const store = await f.store()
    const [p1, p2] = [await f.product(store.id), await f.product(store.id)]
    await put(alice, { productId: p1.id, quantity: 1 })
    await put(alice, { productId: p2.id, quantity: 2 })
    await put(bob, { productId: p1.id, quantity: 5 })

    expect(await deleteCartLines(t.db, bob, [{ productId: p2.id, variantId: null }])).toBe(0)
    expect(await deleteCartLines(t.db, alice, [{ productId: p1.id, variantId: null }])).toBe(1)
    expect((await listCartLines(t.db, alice)).map((l) => l.productId)).toEqual([p2.id])
    expect(await listCartLines(t.db, bob)).toEqual([{ productId: p1.id, variantId: null, quantity: 5, showId: null }])
    expect(await deleteCartLines(t.db, alice, [])).toBe(0)
  })

  it('refuses a zero quantity at the database', async () => {
    const userId = await f.user()
    const store = await f.store()
    const p = await f.product(store.id)
    await expect(put(userId, { productId: p.id, quantity: 0 })).rejects.toThrow()
    expect(await t.db.select().from(cartItems).where(eq(cartItems.productId, p.id))).toEqual([])
  })

  it('loads product facts whatever their state, and variant facts with their own image', async () => {
    const store = await f.store('suspended')
    const p = await f.product(store.id, { visibility: 'public', stock: 7, options: [{ name: 'Colour', values: ['Red'] }] })
    const [image, variantImage] = await f.media(p.id, [{ position: 0 }, { position: 1 }])
    const [v] = await f.variants(p.id, [{ values: ['Red'], pricePaise: 12300, stock: 7, position: 0, mediaId: variantImage!.id }])
    const [facts] = await loadCartProducts(t.db, [p.id, p.id])
    expect(facts).toMatchObject({ id: p.id, purchasable: false, stock: 7, optionNames: ['Colour'], variantCount: 1, storeId: store.id })
    expect(facts!.imageUrl).toMatch(/^\/files\/t\//)
    const [variant] = await loadCartVariants(t.db, [v!.id])
    expect(variant).toMatchObject({ id: v!.id, productId: p.id, pricePaise: 12300, stock: 7 })
    expect(variant!.imageUrl).not.toBe(facts!.imageUrl)
    expect(image).toBeDefined()

    const open = await f.store('approved')
    const draft = await f.product(open.id, { visibility: 'draft' })
    const live = await f.product(open.id)
    const byId = new Map((await loadCartProducts(t.db, [draft.id, live.id])).map((r) => [r.id, r.purchasable]))
    expect(byId).toEqual(new Map([[draft.id, false], [live.id, true]]))
  })

  it('knows whether a show features a product', async () => {
    const store = await f.store()
    const [p, other] = [await f.product(store.id), await f.product(store.id)]
    const show = await f.show(store.id, store.ownerId, 'live', new Date(), [p.id])
    expect(await showHasProduct(t.db, show.id, p.id)).toBe(true)
    expect(await showHasProduct(t.db, show.id, other.id)).toBe(false)
  })
})
