import { and, asc, eq, sql } from 'drizzle-orm'
import type { DbOrTx } from '@/db/client'
import { categories, productVariants, products } from '@/db/schema'

// Reads for the product CSV of one store.

/** Every product of the store with its variants, for the CSV export. */
export async function listProductsForExport(db: DbOrTx, storeId: string) {
  const rows = await db
    .select({
      id: products.id,
      sku: products.sku,
      title: products.title,
      slug: products.slug,
      description: products.description,
      categoryPath: categories.path,
      tags: products.tags,
      visibility: products.visibility,
      availableInLives: products.availableInLives,
      pricePaise: products.pricePaise,
      compareAtPaise: products.compareAtPaise,
      stock: products.stock,
      lowStockThreshold: products.lowStockThreshold,
      weightGrams: products.weightGrams,
      lengthCm: products.lengthCm,
      breadthCm: products.breadthCm,
      heightCm: products.heightCm,
      options: products.options,
    })
    .from(products)
    .leftJoin(categories, eq(categories.id, products.categoryId))
    .where(eq(products.storeId, storeId))
    .orderBy(asc(products.createdAt), asc(products.id))
  const variants = await db
    .select({
      productId: productVariants.productId,
      optionValues: productVariants.optionValues,
      sku: productVariants.sku,
      pricePaise: productVariants.pricePaise,
      compareAtPaise: productVariants.compareAtPaise,
      stock: productVariants.stock,
    })
    .from(productVariants)
    .innerJoin(products, eq(products.id, productVariants.productId))
    .where(eq(products.storeId, storeId))
    .orderBy(asc(productVariants.position))
  const byProduct = new Map<string, typeof variants>()
  for (const v of variants) {
    const list = byProduct.get(v.productId)
    if (list) list.push(v)
    else byProduct.set(v.productId, [v])
  }
  return rows.map((p) => ({ ...p, variants: byProduct.get(p.id) ?? [] }))
}

/** Every product SKU of the store: an import treats blank cells of these products as unchanged. */
export async function listStoreProductSkus(db: DbOrTx, storeId: string): Promise<string[]> {
  const rows = await db.select({ sku: products.sku }).from(products).where(and(eq(products.storeId, storeId), sql`${products.sku} is not null`))
  return rows.flatMap((r) => (r.sku ? [r.sku] : []))
}
