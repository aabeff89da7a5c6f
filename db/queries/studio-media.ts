import { and, eq, sql } from 'drizzle-orm'
import type { DbOrTx } from '@/db/client'
import { productMedia, products } from '@/db/schema'

// Product media of one store: every statement checks the product belongs to the store.

const ofStoreProduct = (storeId: string, productId: string) =>
  and(
    eq(productMedia.productId, productId),
    sql`exists (select 1 from ${products} where ${products.id} = ${productId} and ${products.storeId} = ${storeId})`,
  )

export type MediaRow = typeof productMedia.$inferInsert

export async function insertMediaRows(db: DbOrTx, rows: readonly MediaRow[]) {
  if (rows.length === 0) return []
  return db.insert(productMedia).values([...rows]).returning({ id: productMedia.id, position: productMedia.position })
}

export async function updateMediaAlt(db: DbOrTx, storeId: string, productId: string, mediaId: string, alt: string) {
  const [row] = await db
    .update(productMedia)
    .set({ alt })
    .where(and(eq(productMedia.id, mediaId), ofStoreProduct(storeId, productId)))
    .returning({ id: productMedia.id })
  return row !== undefined
}

export async function setMediaPosition(db: DbOrTx, storeId: string, productId: string, mediaId: string, position: number) {
  await db
    .update(productMedia)
    .set({ position })
    .where(and(eq(productMedia.id, mediaId), ofStoreProduct(storeId, productId)))
}

export async function deleteMediaRow(db: DbOrTx, storeId: string, productId: string, mediaId: string) {
  const [row] = await db
    .delete(productMedia)
    .where(and(eq(productMedia.id, mediaId), ofStoreProduct(storeId, productId)))
    .returning({ key: productMedia.key })
  return row ?? null
}
