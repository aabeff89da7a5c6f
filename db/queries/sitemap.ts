import { and, asc, eq, inArray, ne, sql } from 'drizzle-orm'
import type { DbOrTx } from '@/db/client'
import { categories, products, shows, stores } from '@/db/schema'
import { publicProductWhere } from './catalog'

// Qualified by hand: drizzle leaves a single-table query's columns bare, which inside the subquery
// would resolve to the inner categories alias.
const outerPath = sql.raw('"categories"."path"')

/** Every category with the last time a visible product in its subtree changed. */
export async function listSitemapCategories(db: DbOrTx) {
  return db
    .select({
      path: categories.path,
      createdAt: categories.createdAt,
      lastProductUpdate: sql<Date | null>`(
        select max(p.updated_at) from products p
        join stores s on s.id = p.store_id
        join categories pc on pc.id = p.category_id
        where (pc.path = ${outerPath} or pc.path like ${outerPath} || '/%')
          and p.visibility = 'public' and p.status = 'active' and s.status = 'approved')`.mapWith((v: string | Date | null) =>
        v === null ? null : new Date(v),
      ),
    })
    .from(categories)
    .orderBy(asc(categories.path))
}

export async function listSitemapStores(db: DbOrTx) {
  return db.select({ slug: stores.slug, updatedAt: stores.updatedAt }).from(stores).where(eq(stores.status, 'approved')).orderBy(asc(stores.slug))
}

export async function listSitemapShows(db: DbOrTx) {
  return db
    .select({ slug: shows.slug, updatedAt: shows.updatedAt })
    .from(shows)
    .innerJoin(stores, eq(stores.id, shows.storeId))
    .where(and(eq(stores.status, 'approved'), ne(shows.status, 'cancelled'), inArray(shows.status, ['scheduled', 'live', 'ended'])))
    .orderBy(asc(shows.scheduledAt))
}

export async function countSitemapProducts(db: DbOrTx): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(products)
    .innerJoin(stores, eq(stores.id, products.storeId))
    .where(publicProductWhere)
  return row?.n ?? 0
}

/** A stable slice of the visible products (ordered by id) for one sitemap file. */
export async function listSitemapProducts(db: DbOrTx, offset: number, limit: number) {
  return db
    .select({ slug: products.slug, updatedAt: products.updatedAt })
    .from(products)
    .innerJoin(stores, eq(stores.id, products.storeId))
    .where(publicProductWhere)
    .orderBy(asc(products.id))
    .limit(limit)
    .offset(offset)
}
