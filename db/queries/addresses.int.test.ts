import { randomBytes, randomUUID } from 'node:crypto'
import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addresses, users } from '@/db/schema'
import {
  checkAddressPin,
  checkDeliverability,
  deleteAddress,
  getAddressForUser,
  listAddresses,
  saveAddress,
  setDefaultAddress,
} from '@/lib/dal/addresses'
import { COD_LIMIT_PAISE } from '@/lib/domain/cod'
import { ShippingError } from '@/lib/services/shipping/errors'
import { quoteServiceability } from '@/lib/services/shipping/simulated'
import { MAX_ADDRESSES, saveAddressSchema, type SaveAddressInput } from '@/lib/validations/address'
import { createTestDb, type TestDb } from '@/tests/support/test-db'
import { countDefaultAddresses } from './addresses'

let t: TestDb
beforeAll(async () => {
  t = await createTestDb()
})
afterAll(() => t?.close())

async function newUser(label: string) {
  const [row] = await t.db.insert(users).values({ name: label, email: `${label}-${randomBytes(4).toString('hex')}@example.com` }).returning({ id: users.id })
  return row!.id
}

let n = 0
const input = (overrides: Partial<SaveAddressInput> = {}) =>
  saveAddressSchema.parse({ name: `Asha ${++n}`, phone: '98765 43210', line1: `${n} MG Road`, city: 'Bengaluru', state: 'Karnataka', pin: '560001', ...overrides })

// The embedded courier's answers, without the service registry (and its environment).
const simulated = { serviceability: async (r: Parameters<typeof quoteServiceability>[0]) => quoteServiceability(r) }

describe('address book', () => {
  it('makes the first address the default and keeps exactly one default as it changes', async () => {
    const userId = await newUser('book')
    const first = await saveAddress(t.db, userId, input())
    expect(first).toMatchObject({ isDefault: true, phone: '+919876543210', line2: null })
    const second = await saveAddress(t.db, userId, input())
    expect(second.isDefault).toBe(false)
    const third = await saveAddress(t.db, userId, input({ isDefault: true }))
    expect(third.isDefault).toBe(true)
    expect(await countDefaultAddresses(t.db, userId)).toBe(1)
    expect((await listAddresses(t.db, userId))[0]?.id).toBe(third.id)

    await setDefaultAddress(t.db, { userId, addressId: second.id })
    const list = await listAddresses(t.db, userId)
    expect(list.filter((a) => a.isDefault).map((a) => a.id)).toEqual([second.id])
    expect(list[0]?.id).toBe(second.id)

    // Unticking "default" on the default keeps it: the default moves only by choosing another.
    await saveAddress(t.db, userId, input({ addressId: second.id, isDefault: false, city: 'Mysuru' }))
    expect((await getAddressForUser(t.db, { userId, addressId: second.id }))).toMatchObject({ city: 'Mysuru', isDefault: true })

    // Deleting the default hands it to the most recently changed address.
    await saveAddress(t.db, userId, input({ addressId: first.id, landmark: 'Cubbon Park' }))
    expect(await deleteAddress(t.db, { userId, addressId: second.id })).toEqual({ newDefaultId: first.id })
    expect(await countDefaultAddresses(t.db, userId)).toBe(1)
    await deleteAddress(t.db, { userId, addressId: first.id })
    await deleteAddress(t.db, { userId, addressId: third.id })
    expect(await listAddresses(t.db, userId)).toEqual([])
    expect(await countDefaultAddresses(t.db, userId)).toBe(0)
  })

  it('keeps one default when several are made default at once', async () => {
    const userId = await newUser('race')
    const saved = await Promise.all(Array.from({ length: 5 }, () => saveAddress(t.db, userId, input())))
    await Promise.all(saved.map((a) => setDefaultAddress(t.db, { userId, addressId: a.id })))
    await Promise.all(Array.from({ length: 3 }, () => saveAddress(t.db, userId, input({ isDefault: true }))))
    expect(await countDefaultAddresses(t.db, userId)).toBe(1)
  })

  it('never reads, changes or deletes another user’s address', async () => {
    const owner = await newUser('owner')
    const other = await newUser('other')
    const theirs = await saveAddress(t.db, owner, input({ city: 'Chennai', state: 'Tamil Nadu', pin: '600001' }))
    const before = await t.db.select().from(addresses).where(eq(addresses.id, theirs.id))

    expect(await getAddressForUser(t.db, { userId: other, addressId: theirs.id })).toBeNull()
    expect(await getAddressForUser(t.db, { userId: owner, addressId: 'not-a-uuid' })).toBeNull()
    expect(await getAddressForUser(t.db, { userId: owner, addressId: randomUUID() })).toBeNull()
    await expect(saveAddress(t.db, other, input({ addressId: theirs.id, city: 'Stolen' }))).rejects.toMatchObject({ code: 'not_found' })
    await expect(setDefaultAddress(t.db, { userId: other, addressId: theirs.id })).rejects.toMatchObject({ code: 'not_found' })
    await expect(deleteAddress(t.db, { userId: other, addressId: theirs.id })).rejects.toMatchObject({ code: 'not_found' })
    expect(await listAddresses(t.db, other)).toEqual([])
    expect(await t.db.select().from(addresses).where(eq(addresses.id, theirs.id))).toEqual(before)

    // Checking delivery to someone else's saved address learns nothing about it.
    const check = await checkDeliverability(
      t.db,
      { pickupPins: [{ storeId: 's1', pickupPin: '411001', codEnabled: true }], address: { userId: other, addressId: theirs.id }, weightGrams: { s1: 500 }, declaredValuePaise: { s1: 1000_00 }, cod: false },
      simulated,
    )
    expect(check).toMatchObject({ pin: null, allServiceable: false })
  })

  it(`refuses a ${MAX_ADDRESSES + 1}st address`, async () => {
    const userId = await newUser('full')
    for (let i = 0; i < MAX_ADDRESSES; i++) await saveAddress(t.db, userId, input())
    await expect(saveAddress(t.db, userId, input())).rejects.toMatchObject({ code: 'conflict' })
    expect(await listAddresses(t.db, userId)).toHaveLength(MAX_ADDRESSES)
  })
})

describe('deliverability', () => {
  const stores = [
    { storeId: 'pune', pickupPin: '411001', codEnabled: true },
    { storeId: 'jaipur', pickupPin: '302001', codEnabled: false },
  ]
  const weights = { pune: 1200, jaipur: 800 }

  it('answers per store: serviceable, ETA, and COD only when lane, store and value allow it', async () => {
    const result = await checkDeliverability(t.db, { pickupPins: stores, address: { pin: '560 001' }, weightGrams: weights, declaredValuePaise: { pune: 2499_00, jaipur: 999_00 }, cod: true }, simulated)
    expect(result.pin).toBe('560001')
    expect(result.allServiceable).toBe(true)
    expect(result.codAvailable).toBe(false)
    const [pune, jaipur] = result.stores
    expect(pune).toMatchObject({ storeId: 'pune', serviceable: true, codAvailable: true, codReason: null, reason: null, retryable: false })
    expect(pune?.etaDays?.min).toBeGreaterThanOrEqual(1)
    expect(jaipur).toMatchObject({ serviceable: true, codAvailable: false, codReason: 'This seller does not take cash on delivery.' })

    const over = await checkDeliverability(t.db, { pickupPins: [stores[0]!], address: { pin: '560001' }, weightGrams: weights, declaredValuePaise: { pune: COD_LIMIT_PAISE + 1 }, cod: true }, simulated)
    expect(over.stores[0]).toMatchObject({ serviceable: true, codAvailable: false, codReason: expect.stringContaining('₹50,000') })
    const atLimit = await checkDeliverability(t.db, { pickupPins: [stores[0]!], address: { pin: '560001' }, weightGrams: weights, declaredValuePaise: { pune: COD_LIMIT_PAISE }, cod: true }, simulated)
    expect(atLimit.codAvailable).toBe(true)

    // Port Blair: couriers deliver but take no cash there.
    const island = await checkDeliverability(t.db, { pickupPins: [stores[0]!], address: { pin: '744101' }, weightGrams: weights, declaredValuePaise: { pune: 999_00 }, cod: true }, simulated)
    expect(island.stores[0]).toMatchObject({ serviceable: true, codAvailable: false, codReason: expect.stringContaining('PIN code') })
  })

  it('reads a saved address of the user, and reports unreachable PINs and courier outages', async () => {
    const userId = await newUser('deliver')
    const saved = await saveAddress(t.db, userId, input({ pin: '110001', city: 'New Delhi', state: 'Delhi' }))
    const own = await checkDeliverability(t.db, { pickupPins: stores, address: { userId, addressId: saved.id }, weightGrams: weights, declaredValuePaise: { pune: 100_00, jaipur: 100_00 }, cod: false }, simulated)
    expect(own).toMatchObject({ pin: '110001', allServiceable: true })

    const army = await checkDeliverability(t.db, { pickupPins: stores, address: { pin: '999001' }, weightGrams: weights, declaredValuePaise: { pune: 100_00, jaipur: 100_00 }, cod: false }, simulated)
    expect(army.allServiceable).toBe(false)
    expect(army.stores[0]).toMatchObject({ serviceable: false, codAvailable: false, retryable: false, reason: expect.stringContaining('999001') })

    const down = { serviceability: async () => Promise.reject(new ShippingError('Shiprocket is down', 503)) }
    const outage = await checkDeliverability(t.db, { pickupPins: stores, address: { pin: '560001' }, weightGrams: weights, declaredValuePaise: { pune: 100_00, jaipur: 100_00 }, cod: false }, down)
    expect(outage.stores.every((s) => s.retryable && !s.serviceable)).toBe(true)

    await expect(checkDeliverability(t.db, { pickupPins: stores, address: { pin: '560001' }, weightGrams: { pune: 100 }, declaredValuePaise: { pune: 1 }, cod: false }, simulated)).rejects.toThrow(RangeError)
  })

  it('checks a PIN code for the address form', async () => {
    expect(await checkAddressPin('560001', simulated)).toEqual({ pin: '560001', serviceable: true, codAvailable: true })
    expect(await checkAddressPin('744101', simulated)).toMatchObject({ serviceable: true, codAvailable: false })
    expect(await checkAddressPin('999001', simulated)).toMatchObject({ serviceable: false, reason: expect.any(String) })
  })
})
