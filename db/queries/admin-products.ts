import { and, count, desc, eq, ilike, ne, or, type SQL, sql } from 'drizzle-orm'
import type { DbOrTx } from '@/db/client'
import { auditLog, productMedia, products, stores } from '@/db/schema'

const firstImage = sql<string | null>`(
  select ${productMedia.url} from ${productMedia}
  where ${productMedia.productId} = ${products.id} and ${productMedia.kind} = 'image'
  order by ${productMedia.position} limit 1)`

export async function listAdminProducts(
  db: DbOrTx,
  params: { q: string; status: 'all' | 'active' | 'archived' | 'suspended'; page: number },
  pageSize: number,
) {
  const conditions: (SQL | undefined)[] = []
  if (params.q) {
    const like = `%${params.q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`
    conditions.push(or(ilike(products.title, like), ilike(products.sku, like), ilike(stores.name, like), eq(products.slug, params.q)))
  }
  if (params.status !== 'all') conditions.push(eq(products.status, params.status))
  const where = and(...conditions)
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: products.id,
        title: products.title,
        slug: products.slug,
        sku: products.sku,
        pricePaise: products.pricePaise,
        visibility: products.visibility,
        status: products.status,
        statusReason: products.statusReason,
        storeName: stores.name,
        storeSlug: stores.slug,
        imageUrl: firstImage,
      })
      .from(products)
      .innerJoin(stores, eq(stores.id, products.storeId))
      .where(where)
      .orderBy(desc(products.updatedAt), desc(products.id))
      .limit(pageSize)
      .offset((params.page - 1) * pageSize),
    db.select({ n: count() }).from(products).innerJoin(stores, eq(stores.id, products.storeId)).where(where),
  ])
  return { rows, total: total?.n ?? 0 }
}

/** Suspends a product that is not suspended yet; returns its store, or null when nothing changed. */
export async function suspendProduct(tx: DbOrTx, input: { productId: string; reason: string; adminId: string }) {
  const [before] = await tx.select({ status: products.status }).from(products).where(eq(products.id, input.productId)).limit(1)
  const [row] = await tx
    .update(products)
    .set({ status: 'suspended', statusReason: input.reason })
    .where(and(eq(products.id, input.productId), ne(products.status, 'suspended')))
    .returning({ storeId: products.storeId })
  if (!row) return null
  await tx.insert(auditLog).values({
    actorId: input.adminId,
    action: 'product.suspended',
    targetType: 'product',
    targetId: input.productId,
    data: { reason: input.reason, previousStatus: before?.status ?? null },
  })
  return row.storeId
}

/** Lifts a suspension: the product is active again (its visibility decides where it shows). */
export async function restoreProduct(tx: DbOrTx, input: { productId: string; adminId: string }) {
  const [row] = await tx
    .update(products)
    .set({ status: 'active', statusReason: null })
    .where(and(eq(products.id, input.productId), eq(products.status, 'suspended')))
    .returning({ storeId: products.storeId })
  if (!row) return null
  await tx.insert(auditLog).values({ actorId: input.adminId, action: 'product.restored', targetType: 'product', targetId: input.productId, data: {} })
  return row.storeId
}
