import { and, asc, count, desc, eq, ilike, inArray, lte, or, type SQL, sql } from 'drizzle-orm'
import type { DbOrTx } from '@/db/client'
import { categories, productMedia, productVariants, products, stores } from '@/db/schema'
import type { ProductListParams } from '@/lib/validations/product-operations'

// Reads for the seller studio. Every query names the store: a product id alone is never enough.

const firstImage = sql<string | null>`(
  select ${productMedia.url} from ${productMedia}
  where ${productMedia.productId} = ${products.id} and ${productMedia.kind} = 'image'
  order by ${productMedia.position} limit 1)`

const variantCount = sql<number>`(select count(*)::int from ${productVariants} where ${productVariants.productId} = ${products.id})`
const variantPriceRange = sql<[number, number] | null>`(
  select case when count(*) = 0 then null else json_build_array(min(${productVariants.pricePaise}), max(${productVariants.pricePaise})) end
  from ${productVariants} where ${productVariants.productId} = ${products.id})`
/** Variants at or below the product's threshold, or the product itself when it has no variants. */
const lowStockItems = sql<number>`(case when exists (select 1 from ${productVariants} where ${productVariants.productId} = ${products.id})
  then (select count(*)::int from ${productVariants} where ${productVariants.productId} = ${products.id} and ${productVariants.stock} <= ${products.lowStockThreshold})
  else (case when ${products.stock} <= ${products.lowStockThreshold} then 1 else 0 end) end)`

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (ch) => `\\${ch}`)

function listWhere(storeId: string, p: ProductListParams): SQL {
  const conditions: (SQL | undefined)[] = [eq(products.storeId, storeId)]
  if (p.q) {
    const like = `%${escapeLike(p.q)}%`
    conditions.push(
      or(
        ilike(products.title, like),
        ilike(products.sku, like),
        sql`exists (select 1 from ${productVariants} where ${productVariants.productId} = ${products.id} and ${productVariants.sku} ilike ${like})`,
      ),
    )
  }
  if (p.visibility !== 'all') conditions.push(eq(products.visibility, p.visibility))
  if (p.status !== 'all') conditions.push(eq(products.status, p.status))
  if (p.stock === 'low') conditions.push(sql`${lowStockItems} > 0`)
  if (p.stock === 'out') conditions.push(eq(products.stock, 0))
  if (p.category) {
    conditions.push(
      sql`${products.categoryId} in (select c.id from ${categories} c, ${categories} root
        where root.id = ${p.category} and (c.id = root.id or c.path like root.path || '/%'))`,
    )
  }
  return and(...conditions)!
}

const SORTS = {
  updated: [desc(products.updatedAt), asc(products.id)],
  newest: [desc(products.createdAt), asc(products.id)],
  oldest: [asc(products.createdAt), asc(products.id)],
  title: [asc(sql`lower(${products.title})`), asc(products.id)],
  price_asc: [asc(products.pricePaise), asc(products.id)],
  price_desc: [desc(products.pricePaise), asc(products.id)],
  stock_asc: [asc(products.stock), asc(products.id)],
  stock_desc: [desc(products.stock), asc(products.id)],
} satisfies Record<ProductListParams['sort'], SQL[]>

export async function listStudioProducts(db: DbOrTx, storeId: string, params: ProductListParams, pageSize: number) {
  const where = listWhere(storeId, params)
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: products.id,
        title: products.title,
        slug: products.slug,
        sku: products.sku,
        pricePaise: products.pricePaise,
        compareAtPaise: products.compareAtPaise,
        stock: products.stock,
        lowStockThreshold: products.lowStockThreshold,
        visibility: products.visibility,
        status: products.status,
        statusReason: products.statusReason,
        updatedAt: products.updatedAt,
        categoryName: categories.name,
        imageUrl: firstImage,
        variantCount,
        variantPriceRange,
        lowStockItems,
      })
      .from(products)
      .leftJoin(categories, eq(categories.id, products.categoryId))
      .where(where)
      .orderBy(...SORTS[params.sort])
      .limit(pageSize)
      .offset((params.page - 1) * pageSize),
    db.select({ n: count() }).from(products).where(where),
  ])
  return { rows, total: total?.n ?? 0 }
}

export async function countStoreProducts(db: DbOrTx, storeId: string) {
  const [row] = await db.select({ n: count() }).from(products).where(eq(products.storeId, storeId))
  return row?.n ?? 0
}

/** Low-stock items of products that are not archived: variants, or products without variants. */
export async function listLowStock(db: DbOrTx, storeId: string, limit = 200) {
  const notArchived = sql`${products.status} <> 'archived'`
  const [variantRows, productRows] = await Promise.all([
    db
      .select({
        productId: products.id,
        variantId: productVariants.id,
        title: products.title,
        variantTitle: productVariants.title,
        sku: productVariants.sku,
        stock: productVariants.stock,
        threshold: products.lowStockThreshold,
        imageUrl: firstImage,
        visibility: products.visibility,
      })
      .from(productVariants)
      .innerJoin(products, eq(products.id, productVariants.productId))
      .where(and(eq(products.storeId, storeId), notArchived, lte(productVariants.stock, products.lowStockThreshold)))
      .orderBy(asc(productVariants.stock), asc(products.title), asc(productVariants.position))
      .limit(limit),
    db
      .select({
        productId: products.id,
        variantId: sql<string | null>`null`,
        title: products.title,
        variantTitle: sql<string | null>`null`,
        sku: products.sku,
        stock: products.stock,
        threshold: products.lowStockThreshold,
        imageUrl: firstImage,
        visibility: products.visibility,
      })
      .from(products)
      .where(
        and(
          eq(products.storeId, storeId),
          notArchived,
          lte(products.stock, products.lowStockThreshold),
          sql`not exists (select 1 from ${productVariants} where ${productVariants.productId} = ${products.id})`,
        ),
      )
      .orderBy(asc(products.stock), asc(products.title))
      .limit(limit),
  ])
  return [...variantRows, ...productRows].sort((a, b) => a.stock - b.stock || a.title.localeCompare(b.title)).slice(0, limit)
}

export async function countLowStock(db: DbOrTx, storeId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`coalesce(sum(${lowStockItems}), 0)::int` })
    .from(products)
    .where(and(eq(products.storeId, storeId), sql`${products.status} <> 'archived'`))
  return row?.n ?? 0
}

/** The product with its variants and media, or null when it is not this store's. */
export async function getStudioProduct(db: DbOrTx, storeId: string, productId: string) {
  const [product] = await db
    .select({
      id: products.id,
      storeId: products.storeId,
      categoryId: products.categoryId,
      title: products.title,
      slug: products.slug,
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
      statusReason: products.statusReason,
      availableInLives: products.availableInLives,
      updatedAt: products.updatedAt,
    })
    .from(products)
    .where(and(eq(products.id, productId), eq(products.storeId, storeId)))
    .limit(1)
  if (!product) return null
  const [variants, media] = await Promise.all([
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
      .where(eq(productVariants.productId, product.id))
      .orderBy(asc(productVariants.position)),
    listProductMedia(db, storeId, product.id),
  ])
  return { ...product, variants, media }
}

export async function listProductMedia(db: DbOrTx, storeId: string, productId: string) {
  return db
    .select({
      id: productMedia.id,
      kind: productMedia.kind,
      key: productMedia.key,
      url: productMedia.url,
      alt: productMedia.alt,
      width: productMedia.width,
      height: productMedia.height,
      position: productMedia.position,
    })
    .from(productMedia)
    .innerJoin(products, eq(products.id, productMedia.productId))
    .where(and(eq(productMedia.productId, productId), eq(products.storeId, storeId)))
    .orderBy(asc(productMedia.position), asc(productMedia.createdAt))
}

export async function listCategoryTree(db: DbOrTx) {
  return db
    .select({ id: categories.id, name: categories.name, path: categories.path, depth: categories.depth, parentId: categories.parentId })
    .from(categories)
    .orderBy(asc(categories.path))
}

export async function getStudioStore(db: DbOrTx, storeId: string) {
  const [row] = await db
    .select({ id: stores.id, name: stores.name, slug: stores.slug, status: stores.status, statusReason: stores.statusReason })
    .from(stores)
    .where(eq(stores.id, storeId))
    .limit(1)
  return row ?? null
}

/** Ids among `ids` that belong to the store. */
export async function filterStoreProductIds(db: DbOrTx, storeId: string, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return []
  const rows = await db
    .select({ id: products.id })
    .from(products)
    .where(and(eq(products.storeId, storeId), inArray(products.id, [...ids])))
  return rows.map((r) => r.id)
}
