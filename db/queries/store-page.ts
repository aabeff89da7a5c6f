import { and, asc, desc, eq, inArray } from 'drizzle-orm'
import type { DbOrTx } from '@/db/client'
import { shows, stores } from '@/db/schema'

export async function findStoreRef(db: DbOrTx, slug: string): Promise<{ id: string } | null> {
  const [row] = await db.select({ id: stores.id }).from(stores).where(eq(stores.slug, slug)).limit(1)
  return row ?? null
}

/** The public face of a store: approved stores only, unless a member previews their own. */
export async function findStorePage(db: DbOrTx, storeId: string, scope: { audience: 'public' } | { audience: 'member' }) {
  const [row] = await db
    .select({
      id: stores.id,
      name: stores.name,
      slug: stores.slug,
      description: stores.description,
      logoUrl: stores.logoUrl,
      bannerUrl: stores.bannerUrl,
      status: stores.status,
      pickupCity: stores.pickupCity,
      pickupState: stores.pickupState,
      ratingAvg: stores.ratingAvg,
      ratingCount: stores.ratingCount,
      followerCount: stores.followerCount,
      returnWindowDays: stores.returnWindowDays,
      codEnabled: stores.codEnabled,
      createdAt: stores.createdAt,
      updatedAt: stores.updatedAt,
    })
    .from(stores)
    .where(and(eq(stores.id, storeId), scope.audience === 'public' ? eq(stores.status, 'approved') : undefined))
    .limit(1)
  return row ?? null
}

/** Upcoming (live and scheduled, soonest first) or past (ended, latest first) shows of one store. */
export async function listStoreShows(db: DbOrTx, storeId: string, when: 'upcoming' | 'past', limit: number) {
  return db
    .select({
      id: shows.id,
      slug: shows.slug,
      title: shows.title,
      coverUrl: shows.coverUrl,
      status: shows.status,
      scheduledAt: shows.scheduledAt,
      startedAt: shows.startedAt,
      language: shows.language,
      storeName: stores.name,
    })
    .from(shows)
    .innerJoin(stores, eq(stores.id, shows.storeId))
    .where(and(eq(shows.storeId, storeId), inArray(shows.status, when === 'upcoming' ? ['live', 'scheduled'] : ['ended'])))
    .orderBy(when === 'upcoming' ? asc(shows.scheduledAt) : desc(shows.scheduledAt))
    .limit(limit)
}
