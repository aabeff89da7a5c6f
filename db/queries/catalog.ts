import { and, asc, desc, eq, gt, inArray, isNull, like, or, sql, type SQL } from 'drizzle-orm'
import type { DbOrTx } from '@/db/client'
import type { ProductSort } from '@/lib/catalog/listing'
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

/** The columns a product card shows; `imageUrl` is the first image by position. */
export const productCardColumns = {
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
}

export type ProductCardRow = {
  id: string
  slug: string
  title: string
  pricePaise: number
  compareAtPaise: number | null
  stock: number
  ratingAvg: number | null
  ratingCount: number
  storeName: string
  storeSlug: string
  imageUrl: string | null
}

export async function listTrendingProducts(db: DbOrTx, limit: number): Promise<ProductCardRow[]> {
  return db
    .select(productCardColumns)
    .from(products)
    .innerJoin(stores, eq(stores.id, products.storeId))
    .where(publicProductWhere)
    .orderBy(desc(products.soldCount), asc(products.id))
    .limit(limit)
}

function sortOrder(sort: ProductSort): SQL[] {
  switch (sort) {
    case 'popular':
      return [desc(products.soldCount), desc(products.ratingCount), asc(products.id)]
    case 'newest':
      return [desc(products.createdAt), asc(products.id)]
    case 'price-asc':
      return [asc(products.pricePaise), asc(products.id)]
    case 'price-desc':
      return [desc(products.pricePaise), asc(products.id)]
    case 'rating':
      return [sql`${products.ratingAvg} desc nulls last`, desc(products.ratingCount), asc(products.id)]
    default: {
      const unknown: never = sort
      throw new Error(`Unknown sort: ${String(unknown)}`)
    }
  }
}

/** A category and everything under it, by the materialised path. */
export function inCategoryTree(path: string): SQL {
  const escaped = path.replace(/[\\%_]/g, (c) => `\\${c}`)
  return or(eq(categories.path, path), like(categories.path, `${escaped}/%`))!
}

/**
 * `storeReview` lists a store's public, active products whatever the store's own status: only for
 * its members previewing a store that is not approved yet.
 */
export type ListingScope = { categoryPath: string } | { storeId: string; storeReview?: boolean }

/** One page of public products in a category subtree or a store, with the total for pagination. */
export async function listProductCards(
  db: DbOrTx,
  scope: ListingScope,
  page: { sort: ProductSort; limit: number; offset: number },
): Promise<{ rows: ProductCardRow[]; total: number }> {
  const where =
    'categoryPath' in scope
      ? and(publicProductWhere, inCategoryTree(scope.categoryPath))
      : scope.storeReview
        ? and(eq(products.visibility, 'public'), eq(products.status, 'active'), eq(products.storeId, scope.storeId))
        : and(publicProductWhere, eq(products.storeId, scope.storeId))
  const base = () =>
    'categoryPath' in scope
      ? db
          .select(productCardColumns)
          .from(products)
          .innerJoin(stores, eq(stores.id, products.storeId))
          .innerJoin(categories, eq(categories.id, products.categoryId))
      : db.select(productCardColumns).from(products).innerJoin(stores, eq(stores.id, products.storeId))
  const countQuery =
    'categoryPath' in scope
      ? db
          .select({ n: sql<number>`count(*)::int` })
          .from(products)
          .innerJoin(stores, eq(stores.id, products.storeId))
          .innerJoin(categories, eq(categories.id, products.categoryId))
      : db.select({ n: sql<number>`count(*)::int` }).from(products).innerJoin(stores, eq(stores.id, products.storeId))
  const [rows, [count]] = await Promise.all([
    base()
      .where(where)
      .orderBy(...sortOrder(page.sort))
      .limit(page.limit)
      .offset(page.offset),
    countQuery.where(where),
  ])
  return { rows, total: count?.n ?? 0 }
}

/** Public product cards for the given ids, in the order asked for; ids not visible are left out. */
export async function listProductCardsByIds(db: DbOrTx, ids: readonly string[]): Promise<ProductCardRow[]> {
  if (ids.length === 0) return []
  const rows = await db
    .select(productCardColumns)
    .from(products)
    .innerJoin(stores, eq(stores.id, products.storeId))
    .where(and(publicProductWhere, inArray(products.id, [...ids])))
  const byId = new Map(rows.map((r) => [r.id, r]))
  return ids.flatMap((id) => byId.get(id) ?? [])
}

export type CategoryRow = {
  id: string
  parentId: string | null
  name: string
  slug: string
  path: string
  description: string | null
  imageUrl: string | null
}

const categoryColumns = {
  id: categories.id,
  parentId: categories.parentId,
  name: categories.name,
  slug: categories.slug,
  path: categories.path,
  description: categories.description,
  imageUrl: categories.imageUrl,
}

export async function findCategoryByPath(db: DbOrTx, path: string): Promise<CategoryRow | null> {
  const [row] = await db.select(categoryColumns).from(categories).where(eq(categories.path, path)).limit(1)
  return row ?? null
}

/** The categories on the way to `path` ("fashion/sarees" → fashion, fashion/sarees), root first. */
export async function listCategoryTrail(db: DbOrTx, path: string): Promise<CategoryRow[]> {
  const parts = path.split('/')
  const prefixes = parts.map((_, i) => parts.slice(0, i + 1).join('/'))
  const rows = await db.select(categoryColumns).from(categories).where(inArray(categories.path, prefixes))
  return rows.sort((a, b) => a.path.length - b.path.length)
}

export async function listChildCategories(db: DbOrTx, parentId: string): Promise<CategoryRow[]> {
  return db.select(categoryColumns).from(categories).where(eq(categories.parentId, parentId)).orderBy(asc(categories.position), asc(categories.name))
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

