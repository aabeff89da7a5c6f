import { and, asc, count, desc, eq, ilike, inArray, isNull, notInArray, or, sql } from 'drizzle-orm'
import type { DbOrTx } from '@/db/client'
import { chatMessages, orders, products, showProducts, showReactions, shows } from '@/db/schema'
import type { ShowStatus } from '@/lib/domain/show-state'
import { productCardColumns } from './catalog'

// The seller studio's show reads; every one is scoped by the store.

export async function countStoreShowsByStatus(db: DbOrTx, storeId: string): Promise<Record<ShowStatus, number>> {
  const rows = await db.select({ status: shows.status, n: count() }).from(shows).where(eq(shows.storeId, storeId)).groupBy(shows.status)
  const counts: Record<ShowStatus, number> = { scheduled: 0, live: 0, ended: 0, cancelled: 0 }
  for (const r of rows) counts[r.status] = r.n
  return counts
}

export async function listStoreShowsByStatus(db: DbOrTx, storeId: string, status: ShowStatus, limit: number) {
  // Upcoming soonest first; everything else most recent first.
  const order = status === 'scheduled' ? [asc(shows.scheduledAt)] : [desc(sql`coalesce(${shows.startedAt}, ${shows.scheduledAt})`)]
  return db
    .select({
      id: shows.id,
      slug: shows.slug,
      title: shows.title,
      coverUrl: shows.coverUrl,
      status: shows.status,
      scheduledAt: shows.scheduledAt,
      startedAt: shows.startedAt,
      endedAt: shows.endedAt,
      peakViewers: shows.peakViewers,
      productCount: sql<number>`(select count(*)::int from ${showProducts} where ${showProducts.showId} = ${shows.id})`,
    })
    .from(shows)
    .where(and(eq(shows.storeId, storeId), eq(shows.status, status)))
    .orderBy(...order, asc(shows.id))
    .limit(limit)
}

export async function findStudioShow(db: DbOrTx, storeId: string, showId: string) {
  const [show] = await db
    .select({
      id: shows.id,
      storeId: shows.storeId,
      slug: shows.slug,
      title: shows.title,
      description: shows.description,
      coverUrl: shows.coverUrl,
      categoryId: shows.categoryId,
      language: shows.language,
      status: shows.status,
      scheduledAt: shows.scheduledAt,
      startedAt: shows.startedAt,
      endedAt: shows.endedAt,
      recordingUrl: shows.recordingUrl,
      peakViewers: shows.peakViewers,
      uniqueViewers: shows.uniqueViewers,
      totalWatchMs: shows.totalWatchMs,
    })
    .from(shows)
    .where(and(eq(shows.id, showId), eq(shows.storeId, storeId)))
  if (!show) return null
  const runList = await db
    .select({
      productId: products.id,
      title: products.title,
      imageUrl: productCardColumns.imageUrl,
      pricePaise: products.pricePaise,
      stock: products.stock,
      livePricePaise: showProducts.livePricePaise,
    })
    .from(showProducts)
    .innerJoin(products, and(eq(products.id, showProducts.productId), eq(products.storeId, storeId)))
    .where(eq(showProducts.showId, showId))
    .orderBy(asc(showProducts.position))
  return { ...show, runList }
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (ch) => `\\${ch}`)

/** Products the picker may add: the store's active, public products available in lives. */
export async function searchRunListProducts(db: DbOrTx, storeId: string, query: string, limit: number) {
  const like = `%${escapeLike(query)}%`
  return db
    .select({
      productId: products.id,
      title: products.title,
      imageUrl: productCardColumns.imageUrl,
      pricePaise: products.pricePaise,
      stock: products.stock,
    })
    .from(products)
    .where(
      and(
        eq(products.storeId, storeId),
        eq(products.status, 'active'),
        eq(products.visibility, 'public'),
        eq(products.availableInLives, true),
        query ? or(ilike(products.title, like), ilike(products.sku, like)) : undefined,
      ),
    )
    .orderBy(desc(products.soldCount), asc(products.title))
    .limit(limit)
}

/** What the show brought in: orders placed through it in this store, less unpaid and cancelled ones. */
export async function showReportTotals(db: DbOrTx, storeId: string, showId: string) {
  const [[sales], [chat], reactions] = await Promise.all([
    db
      .select({ orders: count(), revenuePaise: sql<number>`coalesce(sum(${orders.totalPaise}), 0)::int` })
      .from(orders)
      .where(and(eq(orders.storeId, storeId), eq(orders.showId, showId), notInArray(orders.status, ['pending_payment', 'cancelled']))),
    db
      .select({ messages: count() })
      .from(chatMessages)
      .innerJoin(shows, and(eq(shows.id, chatMessages.showId), eq(shows.storeId, storeId)))
      .where(and(eq(chatMessages.showId, showId), isNull(chatMessages.deletedAt), inArray(chatMessages.kind, ['message', 'question']))),
    db
      .select({ n: sql<number>`coalesce(sum(${showReactions.count}), 0)::int` })
      .from(showReactions)
      .innerJoin(shows, and(eq(shows.id, showReactions.showId), eq(shows.storeId, storeId)))
      .where(eq(showReactions.showId, showId)),
  ])
  return { orders: sales?.orders ?? 0, revenuePaise: sales?.revenuePaise ?? 0, messages: chat?.messages ?? 0, reactions: reactions[0]?.n ?? 0 }
}
