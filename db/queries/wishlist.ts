import { and, desc, eq, inArray, sql } from 'drizzle-orm'
import type { DbOrTx } from '@/db/client'
import { products, stores, wishlistItems } from '@/db/schema'
import { productCardColumns, publicProductWhere, type ProductCardRow } from './catalog'

/** Saves a product for the user; only products the public can see may be saved. Idempotent. */
export async function addWishlistItem(db: DbOrTx, userId: string, productId: string): Promise<boolean> {
  const [visible] = await db
    .select({ id: products.id })
    .from(products)
    .innerJoin(stores, eq(stores.id, products.storeId))
    .where(and(eq(products.id, productId), publicProductWhere))
    .limit(1)
  if (!visible) return false
  await db.insert(wishlistItems).values({ userId, productId }).onConflictDoNothing()
  return true
}

export async function removeWishlistItem(db: DbOrTx, userId: string, productId: string): Promise<void> {
  await db.delete(wishlistItems).where(and(eq(wishlistItems.userId, userId), eq(wishlistItems.productId, productId)))
}

/** Which of `productIds` the user has saved. */
export async function listWishlistedIds(db: DbOrTx, userId: string, productIds: readonly string[]): Promise<string[]> {
  if (productIds.length === 0) return []
  const rows = await db
    .select({ productId: wishlistItems.productId })
    .from(wishlistItems)
    .where(and(eq(wishlistItems.userId, userId), inArray(wishlistItems.productId, [...productIds])))
  return rows.map((r) => r.productId)
}

/** The user's saved products that are still public, newest saved first. */
export async function listWishlistCards(
  db: DbOrTx,
  userId: string,
  page: { limit: number; offset: number },
): Promise<{ rows: ProductCardRow[]; total: number }> {
  const where = and(eq(wishlistItems.userId, userId), publicProductWhere)
  const [rows, [count]] = await Promise.all([
    db
      .select(productCardColumns)
      .from(wishlistItems)
      .innerJoin(products, eq(products.id, wishlistItems.productId))
      .innerJoin(stores, eq(stores.id, products.storeId))
      .where(where)
      .orderBy(desc(wishlistItems.createdAt), desc(products.id))
      .limit(page.limit)
      .offset(page.offset),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(wishlistItems)
      .innerJoin(products, eq(products.id, wishlistItems.productId))
      .innerJoin(stores, eq(stores.id, products.storeId))
      .where(where),
  ])
  return { rows, total: count?.n ?? 0 }
}
