import { and, asc, eq, inArray, sql } from 'drizzle-orm'
import type { DbOrTx } from '@/db/client'
import { products, showProducts, showReminders, shows, stores, users } from '@/db/schema'
import type { ShowStatus } from '@/lib/domain/show-state'
import { productCardColumns } from './catalog'

// Every write names the store in its `where`: another store's show id matches nothing.

export type ShowWriteValues = {
  title: string
  description: string
  categoryId: string | null
  language: string
  scheduledAt: Date
}

export async function insertShow(tx: DbOrTx, values: ShowWriteValues & { storeId: string; hostId: string; slug: string }) {
  const [row] = await tx.insert(shows).values(values).returning({ id: shows.id, slug: shows.slug })
  return row!
}

/** Details change only while the show is scheduled; null when it is not (or not this store's). */
export async function updateScheduledShow(tx: DbOrTx, storeId: string, showId: string, values: ShowWriteValues) {
  const [row] = await tx
    .update(shows)
    .set({ ...values, updatedAt: new Date() })
    .where(and(eq(shows.id, showId), eq(shows.storeId, storeId), eq(shows.status, 'scheduled')))
    .returning({ id: shows.id, slug: shows.slug })
  return row ?? null
}

/** The caller has already checked the show is this store's and scheduled, in the same transaction. */
export async function replaceRunList(tx: DbOrTx, showId: string, items: readonly { productId: string; livePricePaise: number | null }[]) {
  await tx.delete(showProducts).where(eq(showProducts.showId, showId))
  if (items.length === 0) return
  await tx.insert(showProducts).values(items.map((item, position) => ({ showId, productId: item.productId, position, livePricePaise: item.livePricePaise })))
}

/** The store's products that may go on a run list: active, public and available in lives. */
export async function findRunListCandidates(db: DbOrTx, storeId: string, productIds: readonly string[]) {
  if (productIds.length === 0) return []
  return db
    .select({ id: products.id, title: products.title, pricePaise: products.pricePaise })
    .from(products)
    .where(
      and(
        eq(products.storeId, storeId),
        inArray(products.id, [...productIds]),
        eq(products.status, 'active'),
        eq(products.visibility, 'public'),
        eq(products.availableInLives, true),
      ),
    )
}

export async function findShowStatus(db: DbOrTx, storeId: string, showId: string) {
  const [row] = await db
    .select({ id: shows.id, slug: shows.slug, status: shows.status, coverUrl: shows.coverUrl })
    .from(shows)
    .where(and(eq(shows.id, showId), eq(shows.storeId, storeId)))
  return row ?? null
}

/**
 * One compare-and-set: the status moves only from `from`, so a repeated or out-of-order request
 * changes nothing. Null when the show is not this store's or is no longer in `from`.
 */
export async function transitionShow(db: DbOrTx, storeId: string, showId: string, from: ShowStatus, to: ShowStatus, now: Date) {
  const stamps = to === 'live' ? { startedAt: now } : to === 'ended' ? { endedAt: now, spotlightProductId: null, spotlightAt: null } : {}
  const [row] = await db
    .update(shows)
    .set({ status: to, updatedAt: now, ...stamps })
    .where(and(eq(shows.id, showId), eq(shows.storeId, storeId), eq(shows.status, from)))
    .returning({ id: shows.id, slug: shows.slug, status: shows.status, startedAt: shows.startedAt, endedAt: shows.endedAt })
  return row ?? null
}

export async function setScheduledShowCover(db: DbOrTx, storeId: string, showId: string, coverUrl: string) {
  const [row] = await db
    .update(shows)
    .set({ coverUrl, updatedAt: new Date() })
    .where(and(eq(shows.id, showId), eq(shows.storeId, storeId), eq(shows.status, 'scheduled')))
    .returning({ id: shows.id })
  return row ?? null
}

/** A show for its public page: any status, in an approved store. */
export async function findPublicShowBySlug(db: DbOrTx, slug: string) {
  const [row] = await db
    .select({
      id: shows.id,
      slug: shows.slug,
      title: shows.title,
      description: shows.description,
      coverUrl: shows.coverUrl,
      language: shows.language,
      status: shows.status,
      scheduledAt: shows.scheduledAt,
      startedAt: shows.startedAt,
      endedAt: shows.endedAt,
      recordingUrl: shows.recordingUrl,
      slowModeSeconds: shows.slowModeSeconds,
      pinnedMessageId: shows.pinnedMessageId,
      spotlightProductId: shows.spotlightProductId,
      spotlightAt: shows.spotlightAt,
      hostId: shows.hostId,
      coHostId: shows.coHostId,
      hostName: users.name,
      updatedAt: shows.updatedAt,
      store: {
        id: stores.id,
        name: stores.name,
        slug: stores.slug,
        logoUrl: stores.logoUrl,
        city: stores.pickupCity,
        ratingAvg: stores.ratingAvg,
        ratingCount: stores.ratingCount,
        followerCount: stores.followerCount,
      },
    })
    .from(shows)
    .innerJoin(stores, eq(stores.id, shows.storeId))
    .innerJoin(users, eq(users.id, shows.hostId))
    .where(and(eq(shows.slug, slug), eq(stores.status, 'approved')))
  return row ?? null
}

/** The run list in order, as product cards with the show's live price. */
export async function listRunListCards(db: DbOrTx, showId: string) {
  return db
    .select({
      productId: products.id,
      slug: products.slug,
      title: products.title,
      imageUrl: productCardColumns.imageUrl,
      pricePaise: products.pricePaise,
      compareAtPaise: products.compareAtPaise,
      livePricePaise: showProducts.livePricePaise,
      stock: products.stock,
      hasVariants: sql<boolean>`jsonb_array_length(${products.options}) > 0`,
      position: showProducts.position,
      available: sql<boolean>`${products.status} = 'active' and ${products.visibility} = 'public'`,
    })
    .from(showProducts)
    .innerJoin(products, eq(products.id, showProducts.productId))
    .where(eq(showProducts.showId, showId))
    .orderBy(asc(showProducts.position))
}

export async function hasShowReminder(db: DbOrTx, userId: string, showId: string): Promise<boolean> {
  const rows = await db
    .select({ showId: showReminders.showId })
    .from(showReminders)
    .where(and(eq(showReminders.userId, userId), eq(showReminders.showId, showId)))
  return rows.length > 0
}

/** Idempotent: asking twice for the state you want is harmless. */
export async function setShowReminder(db: DbOrTx, userId: string, showId: string, on: boolean) {
  if (on) await db.insert(showReminders).values({ userId, showId }).onConflictDoNothing()
  else await db.delete(showReminders).where(and(eq(showReminders.userId, userId), eq(showReminders.showId, showId)))
}

export async function findShowForReminder(db: DbOrTx, showId: string) {
  const [row] = await db
    .select({ id: shows.id, slug: shows.slug, status: shows.status })
    .from(shows)
    .innerJoin(stores, eq(stores.id, shows.storeId))
    .where(and(eq(shows.id, showId), eq(stores.status, 'approved')))
  return row ?? null
}
