import { and, eq, inArray, sql } from 'drizzle-orm'
import type { DbOrTx } from '@/db/client'
import { auditLog, categories, inventoryMovements, productMedia, productVariants, products } from '@/db/schema'

// Statements behind the studio's product writes. Every read and write of a product names its
// store; variants and media are reached only through a product of that store.

export type ProductRow = typeof products.$inferInsert
export type VariantRow = typeof productVariants.$inferInsert
export type MovementRow = typeof inventoryMovements.$inferInsert
export type AuditRow = typeof auditLog.$inferInsert

const CHUNK = 500

async function inChunks<T>(rows: readonly T[], run: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += CHUNK) await run(rows.slice(i, i + CHUNK))
}

/** `lock` takes row locks (inside a transaction), so a concurrent order cannot change stock under a write. */
export async function findStoreProducts(db: DbOrTx, storeId: string, ids: readonly string[], lock = false) {
  if (ids.length === 0) return []
  const query = db
    .select({
      id: products.id,
      title: products.title,
      slug: products.slug,
      sku: products.sku,
      status: products.status,
      stock: products.stock,
      pricePaise: products.pricePaise,
      compareAtPaise: products.compareAtPaise,
      options: products.options,
      categoryId: products.categoryId,
      description: products.description,
      lowStockThreshold: products.lowStockThreshold,
      weightGrams: products.weightGrams,
      lengthCm: products.lengthCm,
      breadthCm: products.breadthCm,
      heightCm: products.heightCm,
      tags: products.tags,
      visibility: products.visibility,
      availableInLives: products.availableInLives,
    })
    .from(products)
    .where(and(eq(products.storeId, storeId), inArray(products.id, [...ids])))
  return lock ? query.for('update') : query
}

/** SKU → product id, for products of this store only. */
export async function findStoreProductIdsBySku(db: DbOrTx, storeId: string, skus: readonly string[]) {
  const out = new Map<string, string>()
  for (let i = 0; i < skus.length; i += CHUNK) {
    const rows = await db
      .select({ id: products.id, sku: products.sku })
      .from(products)
      .where(and(eq(products.storeId, storeId), inArray(products.sku, skus.slice(i, i + CHUNK))))
    for (const row of rows) if (row.sku) out.set(row.sku, row.id)
  }
  return out
}

export async function findStoreVariants(db: DbOrTx, storeId: string, productIds: readonly string[], lock = false) {
  if (productIds.length === 0) return []
  const query = db
    .select({
      id: productVariants.id,
      productId: productVariants.productId,
      optionValues: productVariants.optionValues,
      title: productVariants.title,
      sku: productVariants.sku,
      pricePaise: productVariants.pricePaise,
      compareAtPaise: productVariants.compareAtPaise,
      stock: productVariants.stock,
      mediaId: productVariants.mediaId,
      position: productVariants.position,
    })
    .from(productVariants)
    .innerJoin(products, eq(products.id, productVariants.productId))
    .where(and(eq(products.storeId, storeId), inArray(productVariants.productId, [...productIds])))
    .orderBy(productVariants.position)
  return lock ? query.for('update', { of: productVariants }) : query
}

export async function findStoreMedia(db: DbOrTx, storeId: string, productIds: readonly string[]) {
  if (productIds.length === 0) return []
  return db
    .select({ id: productMedia.id, productId: productMedia.productId, key: productMedia.key, kind: productMedia.kind, alt: productMedia.alt, width: productMedia.width, height: productMedia.height, position: productMedia.position })
    .from(productMedia)
    .innerJoin(products, eq(products.id, productMedia.productId))
    .where(and(eq(products.storeId, storeId), inArray(productMedia.productId, [...productIds])))
    .orderBy(productMedia.position)
}

/** Slugs are unique across the marketplace; only whether one is taken (and by which id) is read. */
export async function findTakenSlugs(db: DbOrTx, slugs: readonly string[]) {
  const out = new Map<string, string>()
  for (let i = 0; i < slugs.length; i += CHUNK) {
    const rows = await db.select({ id: products.id, slug: products.slug }).from(products).where(inArray(products.slug, slugs.slice(i, i + CHUNK)))
    for (const row of rows) out.set(row.slug, row.id)
  }
  return out
}

/** Which product of this store already uses each SKU, as its own SKU or a variant's. */
export async function findStoreSkuOwners(db: DbOrTx, storeId: string, skus: readonly string[]) {
  const out = new Map<string, { productId: string; title: string }>()
  for (let i = 0; i < skus.length; i += CHUNK) {
    const chunk = skus.slice(i, i + CHUNK)
    const [own, ofVariants] = await Promise.all([
      db.select({ sku: products.sku, productId: products.id, title: products.title }).from(products).where(and(eq(products.storeId, storeId), inArray(products.sku, chunk))),
      db
        .select({ sku: productVariants.sku, productId: products.id, title: products.title })
        .from(productVariants)
        .innerJoin(products, eq(products.id, productVariants.productId))
        .where(and(eq(products.storeId, storeId), inArray(productVariants.sku, chunk))),
    ])
    for (const row of [...own, ...ofVariants]) if (row.sku) out.set(row.sku.toLowerCase(), { productId: row.productId, title: row.title })
  }
  return out
}

export async function findCategoryIds(db: DbOrTx, ids: readonly string[]) {
  if (ids.length === 0) return new Set<string>()
  const rows = await db.select({ id: categories.id }).from(categories).where(inArray(categories.id, [...ids]))
  return new Set(rows.map((r) => r.id))
}

export async function insertProductRows(db: DbOrTx, rows: readonly ProductRow[]) {
  await inChunks(rows, (chunk) => db.insert(products).values(chunk))
}

export async function updateStoreProduct(db: DbOrTx, storeId: string, productId: string, values: Partial<ProductRow>) {
  const [row] = await db
    .update(products)
    .set(values)
    .where(and(eq(products.id, productId), eq(products.storeId, storeId)))
    .returning({ id: products.id })
  return row !== undefined
}

export async function insertVariantRows(db: DbOrTx, rows: readonly VariantRow[]) {
  await inChunks(rows, (chunk) => db.insert(productVariants).values(chunk))
}

/** Callers pass a product id already checked against the store. */
export async function updateVariantRow(db: DbOrTx, productId: string, variantId: string, values: Partial<VariantRow>) {
  await db
    .update(productVariants)
    .set(values)
    .where(and(eq(productVariants.id, variantId), eq(productVariants.productId, productId)))
}

export async function deleteVariantRows(db: DbOrTx, productId: string, variantIds: readonly string[]) {
  if (variantIds.length === 0) return
  await db.delete(productVariants).where(and(eq(productVariants.productId, productId), inArray(productVariants.id, [...variantIds])))
}

export async function insertMovements(db: DbOrTx, rows: readonly MovementRow[]) {
  await inChunks(rows, (chunk) => db.insert(inventoryMovements).values(chunk))
}

export async function insertAuditRows(db: DbOrTx, rows: readonly AuditRow[]) {
  await inChunks(rows, (chunk) => db.insert(auditLog).values(chunk))
}

/** Moves a product between two statuses; false when it is not this store's or not in `from`. */
export async function setStoreProductStatus(
  db: DbOrTx,
  storeId: string,
  productId: string,
  from: 'active' | 'archived',
  to: 'active' | 'archived',
) {
  const [row] = await db
    .update(products)
    .set({ status: to })
    .where(and(eq(products.id, productId), eq(products.storeId, storeId), eq(products.status, from)))
    .returning({ id: products.id })
  return row !== undefined
}

export async function nextMediaPosition(db: DbOrTx, productId: string) {
  const [row] = await db
    .select({ next: sql<number>`coalesce(max(${productMedia.position}) + 1, 0)::int`, n: sql<number>`count(*)::int` })
    .from(productMedia)
    .where(eq(productMedia.productId, productId))
  return { position: row?.next ?? 0, count: row?.n ?? 0 }
}
