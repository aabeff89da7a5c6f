import { and, eq, inArray, sql } from 'drizzle-orm'
import type { DbOrTx } from '@/db/client'
import { shows, stores, users } from '@/db/schema'

// A show's co-host (SPEC §5.4). Studio reads and writes take the store scope; the co-host's own
// page reads the show by the signed-in user, who must be its co-host.

export type StudioCoHost = {
  showId: string
  title: string
  slug: string
  status: 'scheduled' | 'live' | 'ended' | 'cancelled'
  hostId: string
  storeName: string
  coHost: { id: string; name: string | null; email: string | null } | null
  shareBps: number | null
}

export async function findStudioCoHost(db: DbOrTx, storeId: string, showId: string): Promise<StudioCoHost | null> {
  const [row] = await db
    .select({
      showId: shows.id,
      title: shows.title,
      slug: shows.slug,
      status: shows.status,
      hostId: shows.hostId,
      storeName: stores.name,
      shareBps: shows.coHostShareBps,
      coHostId: users.id,
      coHostName: users.name,
      coHostEmail: users.email,
    })
    .from(shows)
    .innerJoin(stores, eq(stores.id, shows.storeId))
    .leftJoin(users, eq(users.id, shows.coHostId))
    .where(and(eq(shows.id, showId), eq(shows.storeId, storeId)))
    .limit(1)
  if (!row) return null
  const { coHostId, coHostName, coHostEmail, ...show } = row
  return { ...show, coHost: coHostId ? { id: coHostId, name: coHostName, email: coHostEmail } : null }
}

/** An active account by email, matched the way sign-in matches it (case-insensitively). */
export async function findActiveUserByEmail(db: DbOrTx, email: string) {
  const [row] = await db
    .select({ id: users.id, name: users.name, email: users.email })
    .from(users)
    .where(and(sql`lower(${users.email}) = ${email.trim().toLowerCase()}`, eq(users.status, 'active')))
    .limit(1)
  return row ?? null
}

/**
 * Sets (or with null clears) the co-host, only while the show is scheduled or live: a show that
 * ends between the read and this write is left alone. Null when nothing matched.
 */
export async function setShowCoHost(
  db: DbOrTx,
  scope: { storeId: string; showId: string },
  coHost: { userId: string; shareBps: number } | null,
) {
  const [row] = await db
    .update(shows)
    .set({ coHostId: coHost?.userId ?? null, coHostShareBps: coHost?.shareBps ?? null })
    .where(and(eq(shows.id, scope.showId), eq(shows.storeId, scope.storeId), inArray(shows.status, ['scheduled', 'live'])))
    .returning({ id: shows.id, coHostId: shows.coHostId, coHostShareBps: shows.coHostShareBps })
  return row ?? null
}

/** The show as its co-host sees it; null unless `userId` is the show's co-host. */
export async function findShowForCoHost(db: DbOrTx, showId: string, userId: string) {
  const [row] = await db
    .select({
      id: shows.id,
      slug: shows.slug,
      title: shows.title,
      status: shows.status,
      scheduledAt: shows.scheduledAt,
      storeName: stores.name,
      shareBps: shows.coHostShareBps,
    })
    .from(shows)
    .innerJoin(stores, eq(stores.id, shows.storeId))
    .where(and(eq(shows.id, showId), eq(shows.coHostId, userId)))
    .limit(1)
  return row ?? null
}
