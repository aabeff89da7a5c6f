import { and, asc, desc, eq } from 'drizzle-orm'
import type { DbOrTx } from '@/db/client'
import { storeMembers, stores, users } from '@/db/schema'
import type { StoreMembership } from '@/lib/actions/create-action-clients'

export async function getMembership(db: DbOrTx, userId: string, storeId: string): Promise<StoreMembership | null> {
  const [row] = await db
    .select({ storeId: storeMembers.storeId, role: storeMembers.role, storeStatus: stores.status })
    .from(storeMembers)
    .innerJoin(stores, eq(stores.id, storeMembers.storeId))
    .where(and(eq(storeMembers.userId, userId), eq(storeMembers.storeId, storeId)))
    .limit(1)
  return row ?? null
}

export async function listStoresForMember(db: DbOrTx, userId: string) {
  return db
    .select({
      id: stores.id,
      name: stores.name,
      slug: stores.slug,
      status: stores.status,
      statusReason: stores.statusReason,
      createdAt: stores.createdAt,
      role: storeMembers.role,
    })
    .from(storeMembers)
    .innerJoin(stores, eq(stores.id, storeMembers.storeId))
    .where(eq(storeMembers.userId, userId))
    .orderBy(asc(stores.createdAt))
}

export async function storeSlugTaken(db: DbOrTx, slug: string): Promise<boolean> {
  const [row] = await db.select({ id: stores.id }).from(stores).where(eq(stores.slug, slug)).limit(1)
  return row !== undefined
}

export type NewStore = Omit<typeof stores.$inferInsert, 'id' | 'status' | 'createdAt' | 'updatedAt'>

/** Creates a pending store and makes its creator the owner. Call inside a transaction. */
export async function insertStoreWithOwner(tx: DbOrTx, values: NewStore) {
  const [store] = await tx.insert(stores).values(values).returning({ id: stores.id, slug: stores.slug })
  await tx.insert(storeMembers).values({ storeId: store!.id, userId: values.ownerId, role: 'owner' })
  return store!
}

export async function listStoresByStatus(db: DbOrTx, status: (typeof stores.$inferSelect)['status'], limit = 50) {
  return db
    .select({
      id: stores.id,
      name: stores.name,
      slug: stores.slug,
      description: stores.description,
      pickupCity: stores.pickupCity,
      pickupState: stores.pickupState,
      gstin: stores.gstin,
      createdAt: stores.createdAt,
      ownerName: users.name,
      ownerEmail: users.email,
      ownerPhone: users.phone,
    })
    .from(stores)
    .innerJoin(users, eq(users.id, stores.ownerId))
    .where(eq(stores.status, status))
    .orderBy(desc(stores.createdAt))
    .limit(limit)
}
