import { and, asc, desc, eq, gt, isNull, sql } from 'drizzle-orm'
import type { DbOrTx } from '@/db/client'
import { banners, categories, productMedia, products, shows, stores } from '@/db/schema'

/** Products a shopper may see: public, active, in an approved store. */
export const publicProductWhere = and(
  eq(products.visibility, 'public'),
  eq(products.status, 'active'),
  eq(stores.status, 'approved'),
)

const firstImage = sql<string | null>`(
  select ${productMedia.url} from ${productMedia}
  where ${productMedia.productId} = ${products.id} and ${productMedia.kind} = 'image'
  order by ${productMedia.position} limit 1)`

export async function listTrendingProducts(db: DbOrTx, limit: number) {
  return db
    .select({
      id: products.id,
      slug: products.slug,
      title: products.title,
      pricePaise: products.pricePaise,
      compareAtPaise: products.compareAtPaise,
      stock: products.stock,
      ratingAvg: products.ratingAvg,
      ratingCount: products.ratingCount,
      storeName: stores.name,
      storeSlug: stores.slug,
      imageUrl: firstImage,
    })
    .from(products)
    .innerJoin(stores, eq(stores.id, products.storeId))
    .where(publicProductWhere)
    .orderBy(desc(products.soldCount), asc(products.id))
    .limit(limit)
}

export async function listRootCategories(db: DbOrTx) {
  return db
    .select({ id: categories.id, name: categories.name, slug: categories.slug, imageUrl: categories.imageUrl })
    .from(categories)
    .where(isNull(categories.parentId))
    .orderBy(asc(categories.position))
}

export async function listActiveBanners(db: DbOrTx, now: Date) {
  return db
    .select({ id: banners.id, title: banners.title, subtitle: banners.subtitle, imageUrl: banners.imageUrl, href: banners.href })
    .from(banners)
    .where(
      and(
        eq(banners.active, true),
        sql`(${banners.startsAt} is null or ${banners.startsAt} <= ${now})`,
        sql`(${banners.endsAt} is null or ${banners.endsAt} > ${now})`,
      ),
    )
    .orderBy(asc(banners.position))
}

export async function listShowsByStatus(db: DbOrTx, status: 'live' | 'scheduled', now: Date, limit: number) {
  return db
    .select({
      id: shows.id,
      slug: shows.slug,
      title: shows.title,
      coverUrl: shows.coverUrl,
      scheduledAt: shows.scheduledAt,
      startedAt: shows.startedAt,
      language: shows.language,
      storeName: stores.name,
      storeSlug: stores.slug,
    })
    .from(shows)
    .innerJoin(stores, eq(stores.id, shows.storeId))
    .where(
      and(
        eq(shows.status, status),
        eq(stores.status, 'approved'),
        status === 'scheduled' ? gt(shows.scheduledAt, new Date(now.getTime() - 60 * 60 * 1000)) : undefined,
      ),
    )
    .orderBy(status === 'live' ? desc(shows.startedAt) : asc(shows.scheduledAt))
    .limit(limit)
}

