import { and, count, eq, sql } from 'drizzle-orm'
import type { DbOrTx } from '@/db/client'
import { auditLog, products, stores, users } from '@/db/schema'

export async function getPlatformCounts(db: DbOrTx) {
  const [row] = await db
    .select({
      users: sql<number>`(select count(*)::int from ${users})`,
      approvedStores: sql<number>`(select count(*)::int from ${stores} where ${stores.status} = 'approved')`,
      pendingStores: sql<number>`(select count(*)::int from ${stores} where ${stores.status} = 'pending')`,
      publicProducts: sql<number>`(select count(*)::int from ${products} where ${products.visibility} = 'public' and ${products.status} = 'active')`,
    })
    .from(sql`(select 1) as one`)
  return row!
}

/** Moves a pending store to approved or rejected; false when it was not pending. */
export async function decideStore(
  tx: DbOrTx,
  input: { storeId: string; approve: boolean; reason: string | null; adminId: string },
): Promise<boolean> {
  const [updated] = await tx
    .update(stores)
    .set({
      status: input.approve ? 'approved' : 'rejected',
      statusReason: input.approve ? null : input.reason,
      reviewedAt: new Date(),
      reviewedBy: input.adminId,
    })
    .where(and(eq(stores.id, input.storeId), eq(stores.status, 'pending')))
    .returning({ id: stores.id })
  if (!updated) return false
  await tx.insert(auditLog).values({
    actorId: input.adminId,
    action: input.approve ? 'store.approved' : 'store.rejected',
    targetType: 'store',
    targetId: input.storeId,
    data: input.reason ? { reason: input.reason } : {},
  })
  return true
}

export async function countAuditEntries(db: DbOrTx, targetId: string) {
  const [row] = await db.select({ n: count() }).from(auditLog).where(eq(auditLog.targetId, targetId))
  return row?.n ?? 0
}
