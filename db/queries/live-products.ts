import { and, asc, count, eq, inArray, min, notInArray, sum } from 'drizzle-orm'
import type { DbOrTx } from '@/db/client'
import { orderItems, orders, productMedia, productVariants, products, showEvents, showProducts, shows } from '@/db/schema'
import { toSpotlightProduct } from '@/lib/live/shape'
import type { SpotlightProduct } from '@/lib/live/events'

// The run list, the spotlight and the show's sales (SPEC §6.4–6.5).

/** The spotlight card of a run-list product, or null when the product is not on this show's run list. */
export async function spotlightProduct(db: DbOrTx, showId: string, productId: string): Promise<SpotlightProduct | null> {
  const [row] = await db
    .select({
      productId: products.id,
      slug: products.slug,
      title: products.title,
      productPrice: products.pricePaise,
      compareAtPaise: products.compareAtPaise,
      stock: products.stock,
      livePricePaise: showProducts.livePricePaise,
    })
    .from(showProducts)
    .innerJoin(products, eq(products.id, showProducts.productId))
    .where(and(eq(showProducts.showId, showId), eq(showProducts.productId, productId), eq(products.status, 'active')))
    .limit(1)
  if (!row) return null
  const [variants] = await db
    .select({ lowest: min(productVariants.pricePaise), n: count() })
    .from(productVariants)
    .where(eq(productVariants.productId, productId))
  const [image] = await db
    .select({ url: productMedia.url })
    .from(productMedia)
    .where(and(eq(productMedia.productId, productId), eq(productMedia.kind, 'image')))
    .orderBy(asc(productMedia.position))
    .limit(1)
  const hasVariants = Number(variants?.n ?? 0) > 0
  const listPrice = hasVariants && variants?.lowest != null ? Number(variants.lowest) : row.productPrice
  return toSpotlightProduct({
    productId: row.productId,
    slug: row.slug,
    title: row.title,
    imageUrl: image?.url ?? null,
    pricePaise: listPrice,
    compareAtPaise: row.compareAtPaise,
    livePricePaise: row.livePricePaise,
    stock: row.stock,
    hasVariants,
  })
}

export async function setSpotlight(
  tx: DbOrTx,
  input: { showId: string; productId: string | null; at: Date; mediaOffsetMs: number },
): Promise<void> {
  await tx.update(shows).set({ spotlightProductId: input.productId, spotlightAt: input.at }).where(eq(shows.id, input.showId))
  // A marker only for a product: replay chapters start where a product came on, not where it went off.
  if (input.productId) {
    await tx.insert(showEvents).values({
      showId: input.showId,
      type: 'spotlight',
      productId: input.productId,
      mediaOffsetMs: input.mediaOffsetMs,
      createdAt: input.at,
    })
  }
}

export async function insertShowEvent(
  tx: DbOrTx,
  values: { showId: string; type: 'poll'; refId: string; mediaOffsetMs: number; payload: Record<string, unknown>; createdAt: Date },
): Promise<void> {
  await tx.insert(showEvents).values(values)
}

export type LiveOrder = {
  id: string
  showId: string | null
  status: (typeof orders.$inferSelect)['status']
  totalPaise: number
  recipientName: string
  city: string
  placedAt: Date
  items: { productId: string; title: string }[]
}

export async function liveOrder(db: DbOrTx, orderId: string): Promise<LiveOrder | null> {
  const [order] = await db
    .select({ id: orders.id, showId: orders.showId, status: orders.status, totalPaise: orders.totalPaise, address: orders.shippingAddress, placedAt: orders.placedAt })
    .from(orders)
    .where(eq(orders.id, orderId))
    .limit(1)
  if (!order) return null
  const items = await db
    .select({ productId: orderItems.productId, title: orderItems.title })
    .from(orderItems)
    .where(eq(orderItems.orderId, orderId))
    .orderBy(asc(orderItems.createdAt), asc(orderItems.id))
  return {
    id: order.id,
    showId: order.showId,
    status: order.status,
    totalPaise: order.totalPaise,
    recipientName: order.address.name,
    city: order.address.city,
    placedAt: order.placedAt,
    items,
  }
}

export async function productStock(db: DbOrTx, productIds: string[]): Promise<{ productId: string; stock: number }[]> {
  if (productIds.length === 0) return []
  return db.select({ productId: products.id, stock: products.stock }).from(products).where(inArray(products.id, productIds))
}

/** Unpaid and cancelled orders are not sales; everything from confirmed on (refunds included) was paid. */
export const UNPAID_STATES = ['pending_payment', 'cancelled'] as const

export async function showSales(db: DbOrTx, showId: string): Promise<{ orders: number; revenuePaise: number }> {
  const [row] = await db
    .select({ n: count(), revenue: sum(orders.totalPaise) })
    .from(orders)
    .where(and(eq(orders.showId, showId), notInArray(orders.status, [...UNPAID_STATES])))
  return { orders: Number(row?.n ?? 0), revenuePaise: Number(row?.revenue ?? 0) }
}
