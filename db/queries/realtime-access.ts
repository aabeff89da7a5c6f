import { and, eq, inArray } from 'drizzle-orm'
import type { DbOrTx } from '@/db/client'
import { shows, storeMembers } from '@/db/schema'

/** Whether the user is an owner or moderator of the store running the show. */
export async function isShowStoreMember(db: DbOrTx, showId: string, userId: string): Promise<boolean> {
  const [row] = await db
    .select({ storeId: shows.storeId })
    .from(shows)
    .innerJoin(storeMembers, eq(storeMembers.storeId, shows.storeId))
    .where(and(eq(shows.id, showId), eq(storeMembers.userId, userId), inArray(storeMembers.role, ['owner', 'moderator'])))
    .limit(1)
  return row !== undefined
}
