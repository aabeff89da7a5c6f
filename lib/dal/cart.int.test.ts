import crypto from 'node:crypto'
import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { listCartLines } from '@/db/queries/cart'
import { productVariants, products, stores } from '@/db/schema'
import type { StoredCartLine } from '@/lib/cart/rules'
import { catalogFixtures } from '@/tests/support/catalog-fixtures'
import { createTestDb, type TestDb } from '@/tests/support/test-db'
import {
  addToCart,
  clearCartLines,
  getCartForCheckout,
  getCartItemCount,
  getCartView,
  mergeGuestCart,
  prepareBuyNow,
  removeCartLine,
  updateCartLine,
} from './cart'

let t: TestDb
let f: ReturnType<typeof catalogFixtures>
let storeA: { id: string; slug: string; ownerId: string }
let storeB: { id: string; slug: string; ownerId: string }

beforeAll(async () => {
  t = await createTestDb()
  f = catalogFixtures(t.db)
  ;[storeA, storeB] = [await f.store(), await f.store()]
})
afterAll(() => t?.close())

const add = (productId: string, quantity = 1, variantId: string | null = null, showId: string | null = null) => ({ productId, variantId, quantity, showId })
const sized = async (stock: number) => {
  const p = await f.product(storeA.id, { options: [{ name: 'Size', values: ['S', 'M'] }], stock: stock * 2 })
  const [s, m] = await f.variants(p.id, [
    { values: ['S'], pricePaise: 40000, stock, position: 0 },
    { values: ['M'], pricePaise: 45000, stock, position: 1 },
  ])
  return { id: p.id, s: s!.id, m: m!.id }
}

describe('a signed-in buyer’s cart', () => {
  it('adds, adds again, updates and removes, clamping to the stock and 10 a line', async () => {
    const owner = { userId: await f.user() }
    const few = await f.product(storeA.id, { stock: 3, pricePaise: 25000 })
    const many = await f.product(storeA.id, { stock: 40 })

    expect(await addToCart(t.db, owner, add(few.id, 2))).toEqual({ notice: null, guestLines: null })
    expect((await addToCart(t.db, owner, add(few.id, 2))).notice).toBe('Only 3 left — we’ve set the quantity to 3.')
    expect((await addToCart(t.db, owner, add(many.id, 15))).notice).toBe('You can buy up to 10 of this item — we’ve set the quantity to 10.')
    expect(await listCartLines(t.db, owner.userId)).toEqual([
      { productId: few.id, variantId: null, quantity: 3, showId: null },
      { productId: many.id, variantId: null, quantity: 10, showId: null },
    ])

    expect((await updateCartLine(t.db, owner, { productId: many.id, variantId: null, quantity: 4 })).notice).toBeNull()
    expect((await updateCartLine(t.db, owner, { productId: few.id, variantId: null, quantity: 9 })).notice).toBe('Only 3 left — we’ve set the quantity to 3.')
    await removeCartLine(t.db, owner, { productId: many.id, variantId: null })
    await removeCartLine(t.db, owner, { productId: many.id, variantId: null })
    const view = await getCartView(t.db, owner)
    expect(view).toMatchObject({ itemCount: 3, checkoutItemCount: 3, subtotalPaise: 75000 })
    expect(await getCartItemCount(t.db, owner)).toBe(3)
  })

  it('asks for a variant when the product has them, and keeps variants as separate lines', async () => {
    const owner = { userId: await f.user() }
    const p = await sized(2)
    await expect(addToCart(t.db, owner, add(p.id))).rejects.toMatchObject({
      code: 'invalid_input',
      message: 'Choose a size for this item.',
      fieldErrors: { variantId: ['Choose a size for this item.'] },
    })
    const other = await sized(2)
    await expect(addToCart(t.db, owner, add(p.id, 1, other.s))).rejects.toMatchObject({ code: 'not_found' })
    await addToCart(t.db, owner, add(p.id, 1, p.s))
    await addToCart(t.db, owner, add(p.id, 5, p.m))
    const [group] = (await getCartView(t.db, owner)).groups
    expect(group!.lines.map((l) => [l.variantTitle, l.quantity, l.unitPricePaise, l.maxQuantity])).toEqual([
      ['S', 1, 40000, 2],
      ['M', 2, 45000, 2],
    ])
  })

  it('refuses out-of-stock and unlisted products', async () => {
    const owner = { userId: await f.user() }
    const soldOut = await f.product(storeA.id, { stock: 0 })
    const draft = await f.product(storeA.id, { visibility: 'draft' })
    const pendingStore = await f.store('pending')
    const unapproved = await f.product(pendingStore.id)
    await expect(addToCart(t.db, owner, add(soldOut.id))).rejects.toMatchObject({ code: 'conflict', message: 'This item is out of stock.' })
    await expect(addToCart(t.db, owner, add(draft.id))).rejects.toMatchObject({ code: 'not_found' })
    await expect(addToCart(t.db, owner, add(unapproved.id))).rejects.toMatchObject({ code: 'not_found' })
    await expect(addToCart(t.db, owner, add(crypto.randomUUID()))).rejects.toMatchObject({ code: 'not_found' })
    expect(await listCartLines(t.db, owner.userId)).toEqual([])
  })

  it('groups several stores and shows lines that became unavailable, which checkout leaves out', async () => {
    const owner = { userId: await f.user() }
    const [a1, a2, b1, b2, b3] = [
      await f.product(storeA.id, { pricePaise: 10000 }),
      await f.product(storeA.id, { pricePaise: 20000 }),
      await f.product(storeB.id, { pricePaise: 30000 }),
      await f.product(storeB.id, { pricePaise: 40000, stock: 5 }),
      await f.product(storeB.id),
    ]
    for (const p of [a1, a2, b1, b2, b3]) await addToCart(t.db, owner, add(p.id, 2))
    await t.db.update(products).set({ status: 'archived' }).where(eq(products.id, a2.id))
    await t.db.update(products).set({ stock: 0 }).where(eq(products.id, b1.id))
    await t.db.update(products).set({ stock: 1 }).where(eq(products.id, b2.id))
    const suspended = await f.store()
    const s1 = await f.product(suspended.id)
    await addToCart(t.db, owner, add(s1.id))
    await t.db.update(stores).set({ status: 'suspended' }).where(eq(stores.id, suspended.id))

    const view = await getCartView(t.db, owner)
    expect(view.groups.map((g) => [g.storeId, g.subtotalPaise, g.lines.map((l) => [l.available, l.quantity, l.problem])])).toEqual([
      [storeA.id, 20000, [[true, 2, null], [false, 2, 'This item is no longer available.']]],
      [storeB.id, 40000 + 99900 * 2, [[false, 2, 'Out of stock.'], [true, 1, null], [true, 2, null]]],
      [suspended.id, 0, [[false, 1, 'This item is no longer available.']]],
    ])
    expect(view.groups[1]!.lines[1]!.notice).toBe('Only 1 left — we’ve set the quantity to 1.')
    expect(view).toMatchObject({ unavailableLineCount: 3, checkoutItemCount: 5 })

    expect(await getCartForCheckout(t.db, owner)).toEqual([
      { productId: a1.id, variantId: null, quantity: 2, showId: null },
      { productId: b2.id, variantId: null, quantity: 1, showId: null },
      { productId: b3.id, variantId: null, quantity: 2, showId: null },
    ])
    await expect(updateCartLine(t.db, owner, { productId: a2.id, variantId: null, quantity: 1 })).rejects.toMatchObject({
      code: 'conflict',
      message: 'This item is no longer available. Remove it from your cart.',
    })
    await removeCartLine(t.db, owner, { productId: a2.id, variantId: null })
    expect((await getCartView(t.db, owner)).unavailableLineCount).toBe(2)

    expect(await clearCartLines(t.db, { userId: owner.userId, lines: [{ productId: a1.id, variantId: null }, { productId: b3.id, variantId: null }] })).toBe(2)
    expect((await listCartLines(t.db, owner.userId)).map((l) => l.productId)).toEqual([b1.id, b2.id, s1.id])
  })

  it('keeps the show a line was added from only when the show features the product', async () => {
    const owner = { userId: await f.user() }
    const [featured, other] = [await f.product(storeA.id), await f.product(storeA.id)]
    const show = await f.show(storeA.id, storeA.ownerId, 'live', new Date(), [featured.id])
    await addToCart(t.db, owner, add(featured.id, 1, null, show.id))
    await addToCart(t.db, owner, add(other.id, 1, null, show.id))
    await addToCart(t.db, owner, add(featured.id, 1, null, null))
    expect((await listCartLines(t.db, owner.userId)).map((l) => [l.productId, l.quantity, l.showId])).toEqual([
      [featured.id, 2, show.id],
      [other.id, 1, null],
    ])
  })

  it('never lets one user read, change or clear another’s lines', async () => {
    const alice = { userId: await f.user('Alice') }
    const bob = { userId: await f.user('Bob') }
    const p = await f.product(storeA.id)
    await addToCart(t.db, alice, add(p.id, 2))
    await expect(updateCartLine(t.db, bob, { productId: p.id, variantId: null, quantity: 5 })).rejects.toMatchObject({ code: 'not_found' })
    await removeCartLine(t.db, bob, { productId: p.id, variantId: null })
    expect(await clearCartLines(t.db, { userId: bob.userId, lines: [{ productId: p.id, variantId: null }] })).toBe(0)
    expect(await getCartView(t.db, bob)).toMatchObject({ groups: [], itemCount: 0 })
    expect(await listCartLines(t.db, alice.userId)).toEqual([{ productId: p.id, variantId: null, quantity: 2, showId: null }])
  })
})

describe('a guest’s cart', () => {
  it('works on the cookie’s lines and writes nothing to the database', async () => {
    const few = await f.product(storeA.id, { stock: 2 })
    const p = await sized(5)
    let lines: StoredCartLine[] = []
    const step = async (run: Promise<{ notice: string | null; guestLines: StoredCartLine[] | null }>) => {
      const result = await run
      lines = result.guestLines!
      return result.notice
    }
    expect(await step(addToCart(t.db, { guestLines: lines }, add(few.id, 1)))).toBeNull()
    expect(await step(addToCart(t.db, { guestLines: lines }, add(few.id, 4)))).toBe('Only 2 left — we’ve set the quantity to 2.')
    await step(addToCart(t.db, { guestLines: lines }, add(p.id, 3, p.m)))
    await step(updateCartLine(t.db, { guestLines: lines }, { productId: p.id, variantId: p.m, quantity: 1 }))
    expect(lines).toEqual([
      { productId: few.id, variantId: null, quantity: 2, showId: null },
      { productId: p.id, variantId: p.m, quantity: 1, showId: null },
    ])
    await step(removeCartLine(t.db, { guestLines: lines }, { productId: few.id, variantId: null }))
    expect(lines).toEqual([{ productId: p.id, variantId: p.m, quantity: 1, showId: null }])
    expect(await getCartItemCount(t.db, { guestLines: lines })).toBe(1)
    expect((await getCartView(t.db, { guestLines: lines })).groups[0]!.lines[0]).toMatchObject({ title: expect.stringContaining('Product'), variantTitle: 'M' })
  })

  it('holds at most 50 different lines', async () => {
    const full = Array.from({ length: 50 }, () => ({ productId: crypto.randomUUID(), variantId: null, quantity: 1, showId: null }))
    const p = await f.product(storeA.id)
    await expect(addToCart(t.db, { guestLines: full }, add(p.id))).rejects.toMatchObject({ code: 'conflict', message: expect.stringContaining('Your cart is full') })
    const atLimit = [...full.slice(1), { productId: p.id, variantId: null, quantity: 1, showId: null }]
    expect((await addToCart(t.db, { guestLines: atLimit }, add(p.id))).guestLines).toHaveLength(50)
  })
})

describe('merging a guest cart at sign-in', () => {
  it('adds quantities, clamps them to stock, keeps unavailable lines and drops vanished ones', async () => {
    const owner = { userId: await f.user() }
    const shared = await f.product(storeA.id, { stock: 4 })
    const fresh = await f.product(storeB.id, { stock: 9 })
    const sizedLine = await sized(3)
    const archived = await f.product(storeA.id)
    await addToCart(t.db, owner, add(shared.id, 2))
    await t.db.update(products).set({ status: 'archived' }).where(eq(products.id, archived.id))
    const deletedVariant = await sized(3)
    await t.db.delete(productVariants).where(eq(productVariants.id, deletedVariant.s))

    await mergeGuestCart(t.db, owner.userId, [
      { productId: shared.id, variantId: null, quantity: 3, showId: null },
      { productId: fresh.id, variantId: null, quantity: 2, showId: null },
      { productId: sizedLine.id, variantId: sizedLine.m, quantity: 10, showId: null },
      { productId: archived.id, variantId: null, quantity: 1, showId: null },
      { productId: crypto.randomUUID(), variantId: null, quantity: 1, showId: null },
      { productId: deletedVariant.id, variantId: deletedVariant.s, quantity: 1, showId: null },
    ])
    expect((await listCartLines(t.db, owner.userId)).map((l) => [l.productId, l.variantId, l.quantity])).toEqual([
      [shared.id, null, 4],
      [fresh.id, null, 2],
      [sizedLine.id, sizedLine.m, 3],
      [archived.id, null, 1],
    ])
    const view = await getCartView(t.db, owner)
    expect(view.groups.map((g) => g.storeId)).toEqual([storeA.id, storeB.id])
    expect(view).toMatchObject({ itemCount: 10, unavailableLineCount: 1 })
  })

  it('merges into a new user’s first cart, and an empty guest cart changes nothing', async () => {
    const userId = await f.user()
    await mergeGuestCart(t.db, userId, [])
    expect(await listCartLines(t.db, userId)).toEqual([])
    const p = await f.product(storeB.id)
    await mergeGuestCart(t.db, userId, [{ productId: p.id, variantId: null, quantity: 2, showId: null }])
    expect(await getCartItemCount(t.db, { userId })).toBe(2)
  })
})

describe('buy now', () => {
  it('names the checkout line, clamped, without touching the cart', async () => {
    const p = await sized(2)
    await expect(prepareBuyNow(t.db, add(p.id))).rejects.toMatchObject({ code: 'invalid_input' })
    expect(await prepareBuyNow(t.db, add(p.id, 5, p.s))).toEqual({
      path: `/checkout?buy=${p.id}:${p.s}:2`,
      notice: 'Only 2 left — we’ve set the quantity to 2.',
    })
    const plain = await f.product(storeB.id, { stock: 0 })
    await expect(prepareBuyNow(t.db, add(plain.id))).rejects.toMatchObject({ code: 'conflict' })
  })
})
