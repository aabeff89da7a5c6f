import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { listCartLines } from '@/db/queries/cart'
import type { Db } from '@/db/client'
import { createMemoryKv } from '@/lib/services/kv/memory'
import { catalogFixtures } from '@/tests/support/catalog-fixtures'
import { createTestDb, type TestDb } from '@/tests/support/test-db'
import { decodeGuestCart, encodeGuestCart, GUEST_CART_COOKIE } from './guest-cookie'

// The request side of the merge at sign-in, with Next's cookie jar, the database and kv replaced
// by a map, a test database and the in-memory kv.

const SECRET = 'session-test-secret'
const state = vi.hoisted(() => ({
  cookies: new Map<string, { value: string; options?: Record<string, unknown> }>(),
  db: null as unknown as Db,
  brokenDb: false,
}))

vi.mock('next/headers', () => ({
  cookies: async () => ({
    get: (name: string) => (state.cookies.has(name) ? { name, value: state.cookies.get(name)!.value } : undefined),
    has: (name: string) => state.cookies.has(name),
    set: (name: string, value: string, options?: Record<string, unknown>) => void state.cookies.set(name, { value, options }),
    delete: (name: string) => void state.cookies.delete(name),
  }),
  headers: async () => new Headers({ 'x-forwarded-for': '203.0.113.9' }),
}))
vi.mock('@/db', () => ({
  getDb: () => (state.brokenDb ? { transaction: () => Promise.reject(new Error('database down')) } : state.db),
}))
vi.mock('@/lib/services', () => ({
  getServiceConfig: () => ({ auth: { secret: SECRET }, appUrl: 'https://haat.example' }),
}))
const kv = createMemoryKv()
vi.mock('@/lib/services/kv', async (original) => ({ ...(await original<object>()), getKv: () => kv }))

const { cartOwnerForAction, headerCartCount, mergeGuestCartAtSignIn, readGuestCart, writeGuestCart } = await import('./session')

let t: TestDb
let f: ReturnType<typeof catalogFixtures>

beforeAll(async () => {
  t = await createTestDb()
  state.db = t.db
  f = catalogFixtures(t.db)
})
afterAll(() => t?.close())
beforeEach(() => {
  state.cookies.clear()
  state.brokenDb = false
  vi.spyOn(console, 'error').mockImplementation(() => undefined)
})

const line = (productId: string, quantity: number) => ({ productId, variantId: null, quantity, showId: null })

describe('the guest cart cookie in a request', () => {
  it('is written httpOnly and signed, read back, and cleared when empty', async () => {
    const store = await f.store()
    const p = await f.product(store.id)
    await writeGuestCart([line(p.id, 2)])
    const written = state.cookies.get(GUEST_CART_COOKIE)!
    expect(written.options).toMatchObject({ httpOnly: true, sameSite: 'lax', secure: true, path: '/' })
    expect((await readGuestCart()).lines).toEqual([line(p.id, 2)])
    expect(await headerCartCount(null)).toBe(2)
    await writeGuestCart([])
    expect(state.cookies.has(GUEST_CART_COOKIE)).toBe(false)
  })
})

describe('merging at sign-in', () => {
  it('moves the lines into the user’s cart once, even when the same cookie comes back', async () => {
    const userId = await f.user()
    const store = await f.store()
    const p = await f.product(store.id, { stock: 8 })
    const value = encodeGuestCart([line(p.id, 3)], SECRET)
    state.cookies.set(GUEST_CART_COOKIE, { value })

    await mergeGuestCartAtSignIn(userId)
    expect(state.cookies.has(GUEST_CART_COOKIE)).toBe(false)
    expect(await listCartLines(t.db, userId)).toEqual([line(p.id, 3)])

    // The response that cleared the cookie was lost: the browser sends the same value again.
    state.cookies.set(GUEST_CART_COOKIE, { value })
    await mergeGuestCartAtSignIn(userId)
    expect(await listCartLines(t.db, userId)).toEqual([line(p.id, 3)])
    expect(await headerCartCount(userId)).toBe(3)

    // A new guest cart (a new cookie value) merges again.
    state.cookies.set(GUEST_CART_COOKIE, { value: encodeGuestCart([line(p.id, 2)], SECRET) })
    await mergeGuestCartAtSignIn(userId)
    expect(await listCartLines(t.db, userId)).toEqual([line(p.id, 5)])
  })

  it('ignores and clears a forged cookie', async () => {
    const userId = await f.user()
    const store = await f.store()
    const p = await f.product(store.id)
    state.cookies.set(GUEST_CART_COOKIE, { value: encodeGuestCart([line(p.id, 1)], 'not-the-secret') })
    await mergeGuestCartAtSignIn(userId)
    expect(state.cookies.has(GUEST_CART_COOKIE)).toBe(false)
    expect(await listCartLines(t.db, userId)).toEqual([])
  })

  it('keeps the cookie when the merge fails, and the next cart action merges it', async () => {
    const userId = await f.user()
    const store = await f.store()
    const p = await f.product(store.id)
    state.cookies.set(GUEST_CART_COOKIE, { value: encodeGuestCart([line(p.id, 2)], SECRET) })
    state.brokenDb = true
    await expect(mergeGuestCartAtSignIn(userId)).resolves.toBeUndefined()
    expect(state.cookies.has(GUEST_CART_COOKIE)).toBe(true)
    expect(console.error).toHaveBeenCalled()

    state.brokenDb = false
    expect(await cartOwnerForAction(userId)).toEqual({ userId })
    expect(state.cookies.has(GUEST_CART_COOKIE)).toBe(false)
    expect(await listCartLines(t.db, userId)).toEqual([line(p.id, 2)])
  })

  it('leaves a guest’s cookie alone when nobody is signed in', async () => {
    state.cookies.set(GUEST_CART_COOKIE, { value: encodeGuestCart([line(crypto.randomUUID(), 1)], SECRET) })
    const owner = await cartOwnerForAction(null)
    expect('guestLines' in owner && owner.guestLines).toHaveLength(1)
    expect(decodeGuestCart(state.cookies.get(GUEST_CART_COOKIE)!.value, SECRET).lines).toHaveLength(1)
  })
})
