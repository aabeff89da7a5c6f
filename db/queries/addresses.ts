import { and, count, desc, eq, ne, sql } from 'drizzle-orm'
import type { DbOrTx } from '@/db/client'
import { addresses, users } from '@/db/schema'

// Every query names the owner: an address id alone never reads or changes a row.

export const addressColumns = {
  id: addresses.id,
  name: addresses.name,
  phone: addresses.phone,
  line1: addresses.line1,
  line2: addresses.line2,
  landmark: addresses.landmark,
  city: addresses.city,
  state: addresses.state,
  pin: addresses.pin,
  isDefault: addresses.isDefault,
}

export type AddressRow = { [K in keyof typeof addressColumns]: (typeof addresses.$inferSelect)[K] }
export type AddressWrite = Pick<typeof addresses.$inferInsert, 'name' | 'phone' | 'line1' | 'line2' | 'landmark' | 'city' | 'state' | 'pin'>

/** The default first, then the most recently changed. */
export async function listAddressRows(db: DbOrTx, userId: string): Promise<AddressRow[]> {
  return db
    .select(addressColumns)
    .from(addresses)
    .where(eq(addresses.userId, userId))
    .orderBy(desc(addresses.isDefault), desc(addresses.updatedAt), desc(addresses.id))
}

export async function findAddress(db: DbOrTx, scope: { userId: string; addressId: string }): Promise<AddressRow | null> {
  const [row] = await db
    .select(addressColumns)
    .from(addresses)
    .where(and(eq(addresses.userId, scope.userId), eq(addresses.id, scope.addressId)))
    .limit(1)
  return row ?? null
}

/**
 * Serialises one user's address writes: the users row is the lock. Row locks on the addresses
 * themselves cannot stop a concurrent insert, and the count limit and the single default both
 * need a stable view of the whole book.
 */
export async function lockAddressBook(tx: DbOrTx, userId: string): Promise<boolean> {
  const rows = await tx.select({ id: users.id }).from(users).where(eq(users.id, userId)).for('update')
  return rows.length > 0
}

export async function countAddresses(db: DbOrTx, userId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(addresses).where(eq(addresses.userId, userId))
  return row?.n ?? 0
}

export async function insertAddress(tx: DbOrTx, userId: string, values: AddressWrite & { isDefault: boolean }): Promise<AddressRow> {
  const [row] = await tx
    .insert(addresses)
    .values({ ...values, userId })
    .returning(addressColumns)
  return row!
}

export async function updateAddress(tx: DbOrTx, scope: { userId: string; addressId: string }, values: AddressWrite): Promise<AddressRow | null> {
  const [row] = await tx
    .update(addresses)
    .set(values)
    .where(and(eq(addresses.userId, scope.userId), eq(addresses.id, scope.addressId)))
    .returning(addressColumns)
  return row ?? null
}

/** Makes `addressId` the user's only default; false when it is not theirs. */
export async function makeDefaultAddress(tx: DbOrTx, scope: { userId: string; addressId: string }): Promise<boolean> {
  const [row] = await tx
    .update(addresses)
    .set({ isDefault: true })
    .where(and(eq(addresses.userId, scope.userId), eq(addresses.id, scope.addressId)))
    .returning({ id: addresses.id })
  if (!row) return false
  await tx
    .update(addresses)
    .set({ isDefault: false })
    .where(and(eq(addresses.userId, scope.userId), ne(addresses.id, scope.addressId), eq(addresses.isDefault, true)))
  return true
}

/** Deletes one of the user's addresses; null when it is not theirs. */
export async function deleteAddressRow(tx: DbOrTx, scope: { userId: string; addressId: string }): Promise<{ wasDefault: boolean } | null> {
  const [row] = await tx
    .delete(addresses)
    .where(and(eq(addresses.userId, scope.userId), eq(addresses.id, scope.addressId)))
    .returning({ isDefault: addresses.isDefault })
  return row ? { wasDefault: row.isDefault } : null
}

/** The address that should become the default when the default goes: the latest changed. */
export async function latestAddressId(tx: DbOrTx, userId: string): Promise<string | null> {
  const [row] = await tx
    .select({ id: addresses.id })
    .from(addresses)
    .where(eq(addresses.userId, userId))
    .orderBy(desc(addresses.updatedAt), desc(addresses.id))
    .limit(1)
  return row?.id ?? null
}

/** How many defaults the user has: 1 whenever the book is not empty (tests and checks). */
export async function countDefaultAddresses(db: DbOrTx, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(addresses)
    .where(and(eq(addresses.userId, userId), eq(addresses.isDefault, true)))
  return row?.n ?? 0
}
