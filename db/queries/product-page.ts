import { and, asc, eq, inArray, ne, or, sql } from 'drizzle-orm'
import type { DbOrTx } from '@/db/client'
import { categories, productMedia, productVariants, products, showProducts, shows, stores } from '@/db/schema'
import { productCardColumns, publicProductWhere, type ProductCardRow } from './catalog'

/**
 * Who the product is read for: the public sees only visible products (publicProductWhere); a
 * member of the product's own store may preview it in any state.
 */
export type ProductScope = { audience: 'public' } | { audience: 'store'; storeId: string }

function scopeWhere(scope: ProductScope) {
  return scope.audience === 'public' ? publicProductWhere : eq(products.storeId, scope.storeId)
}

/** The id and store of a slug, whatever its visibility: callers decide who may see it. */
export async function findProductRef(db: DbOrTx, slug: string): Promise<{ id: string; storeId: string } | null> {
  const [row] = await db.select({ id: products.id, storeId: products.storeId }).from(products).where(eq(products.slug, slug)).limit(1)
  return row ?? null
}

export async function findProductPage(db: DbOrTx, productId: string, scope: ProductScope) {
  const [row] = await db
    .select({
      id: products.id,
      slug: products.slug,
      title: products.title,
      description: products.description,
      pricePaise: products.pricePaise,
      compareAtPaise: products.compareAtPaise,
      sku: products.sku,
      stock: products.stock,
      lowStockThreshold: products.lowStockThreshold,
      weightGrams: products.weightGrams,
      lengthCm: products.lengthCm,
      breadthCm: products.breadthCm,
      heightCm: products.heightCm,
      tags: products.tags,
      options: products.options,
      visibility: products.visibility,
      status: products.status,
      ratingAvg: products.ratingAvg,
      ratingCount: products.ratingCount,
      soldCount: products.soldCount,
      categoryId: products.categoryId,
      categoryPath: categories.path,
      createdAt: products.createdAt,
      updatedAt: products.updatedAt,
      store: {
        id: stores.id,
        name: stores.name,
        slug: stores.slug,
        logoUrl: stores.logoUrl,
        status: stores.status,
        ratingAvg: stores.ratingAvg,
        ratingCount: stores.ratingCount,
        followerCount: stores.followerCount,
        pickupCity: stores.pickupCity,
        pickupState: stores.pickupState,
        returnWindowDays: stores.returnWindowDays,
        codEnabled: stores.codEnabled,
      },
    })
    .from(products)
    .innerJoin(stores, eq(stores.id, products.storeId))
    .leftJoin(categories, eq(categories.id, products.categoryId))
    .where(and(eq(products.id, productId), scopeWhere(scope)))
    .limit(1)
  if (!row) return null
  const [media, variants] = await Promise.all([
    db
      .select({
        id: productMedia.id,
        kind: productMedia.kind,
        key: productMedia.key,
        url: productMedia.url,
        alt: productMedia.alt,
        width: productMedia.width,
        height: productMedia.height,
      })
      .from(productMedia)
      .where(eq(productMedia.productId, row.id))
      .orderBy(asc(productMedia.position), asc(productMedia.createdAt)),
    db
      .select({
        id: productVariants.id,
        optionValues: productVariants.optionValues,
        title: productVariants.title,
        sku: productVariants.sku,
        pricePaise: productVariants.pricePaise,
        compareAtPaise: productVariants.compareAtPaise,
        stock: productVariants.stock,
        mediaId: productVariants.mediaId,
      })
      .from(productVariants)
      .where(eq(productVariants.productId, row.id))
      .orderBy(asc(productVariants.position), asc(productVariants.createdAt)),
  ])
  return { ...row, media, variants }
}

export type ProductPageRow = NonNullable<Awaited<ReturnType<typeof findProductPage>>>

/** What the delivery estimate needs: only for visible products. */
export async function findShippingFacts(db: DbOrTx, productId: string, variantId: string | null) {
  const [row] = await db
    .select({
      pricePaise: sql<number>`coalesce(${productVariants.pricePaise}, ${products.pricePaise})`,
      weightGrams: products.weightGrams,
      pickupPin: stores.pickupPin,
      codEnabled: stores.codEnabled,
    })
    .from(products)
    .innerJoin(stores, eq(stores.id, products.storeId))
    .leftJoin(
      productVariants,
      and(eq(productVariants.productId, products.id), variantId ? eq(productVariants.id, variantId) : sql`false`),
    )
    .where(and(eq(products.id, productId), publicProductWhere))
    .limit(1)
  return row ?? null
}

/**
 * Shows whose run list has the product (SPEC §2.3 "seen in these lives"): live first, then the
 * next upcoming, then the latest replays. Cancelled shows and unapproved stores are left out.
 */
export async function listShowsForProduct(db: DbOrTx, productId: string, limit: number) {
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
      storeName: stores.name,
    })
    .from(showProducts)
    .innerJoin(shows, eq(shows.id, showProducts.showId))
    .innerJoin(stores, eq(stores.id, shows.storeId))
    .where(and(eq(showProducts.productId, productId), inArray(shows.status, ['live', 'scheduled', 'ended']), eq(stores.status, 'approved')))
    .orderBy(
      sql`case ${shows.status} when 'live' then 0 when 'scheduled' then 1 else 2 end`,
      sql`case when ${shows.status} = 'scheduled' then ${shows.scheduledAt} end asc`,
      sql`coalesce(${shows.endedAt}, ${shows.scheduledAt}) desc`,
    )
    .limit(limit)
}

/** Public products from the same category first, then from the same store, best sellers first. */
export async function listRelatedProducts(
  db: DbOrTx,
  product: { id: string; categoryId: string | null; storeId: string },
  limit: number,
): Promise<ProductCardRow[]> {
  const sameCategory = product.categoryId ? eq(products.categoryId, product.categoryId) : sql`false`
  return db
    .select(productCardColumns)
    .from(products)
    .innerJoin(stores, eq(stores.id, products.storeId))
    .where(and(publicProductWhere, ne(products.id, product.id), or(sameCategory, eq(products.storeId, product.storeId))))
    .orderBy(sql`case when ${sameCategory} then 0 else 1 end`, sql`${products.soldCount} desc`, asc(products.id))
    .limit(limit)
}
