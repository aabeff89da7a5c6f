import { and, asc, count, desc, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm'
import type { DbOrTx } from '@/db/client'
import { orderEvents, orderItems, orders, products, reviews, stores, users } from '@/db/schema'

/**
 * A line may be reviewed by its buyer once the order was delivered: the order is in one of these
 * states and an order_events row shows it reached `delivered` (a refund after RTO never did).
 * Lines of returned or refunded orders stay reviewable: the buyer had the item in hand.
 */
export const REVIEWABLE_ORDER_STATUSES = ['delivered', 'return_requested', 'return_approved', 'returned', 'refunded'] as const

const deliveredAt = sql<Date | null>`(
  select max(${orderEvents.createdAt}) from ${orderEvents}
  where ${orderEvents.orderId} = ${orders.id} and ${orderEvents.toStatus} = 'delivered')`.mapWith(orders.placedAt)

function deliveredLinesOf(buyerId: string): SQL {
  return and(
    eq(orders.buyerId, buyerId),
    inArray(orders.status, [...REVIEWABLE_ORDER_STATUSES]),
    sql`exists (select 1 from ${orderEvents} where ${orderEvents.orderId} = ${orders.id} and ${orderEvents.toStatus} = 'delivered')`,
  )!
}

const lineColumns = {
  orderItemId: orderItems.id,
  orderId: orders.id,
  orderNumber: orders.number,
  productId: orderItems.productId,
  storeId: orders.storeId,
  storeName: stores.name,
  title: orderItems.title,
  variantTitle: orderItems.variantTitle,
  imageUrl: orderItems.imageUrl,
  productSlug: products.slug,
  deliveredAt,
}

/** The buyer's delivered line with its review id, if any; null when it is not theirs or not delivered. */
export async function findReviewableLine(db: DbOrTx, buyerId: string, orderItemId: string) {
  const [row] = await db
    .select({ ...lineColumns, reviewId: reviews.id })
    .from(orderItems)
    .innerJoin(orders, eq(orders.id, orderItems.orderId))
    .innerJoin(products, eq(products.id, orderItems.productId))
    .innerJoin(stores, eq(stores.id, orders.storeId))
    .leftJoin(reviews, eq(reviews.orderItemId, orderItems.id))
    .where(and(eq(orderItems.id, orderItemId), deliveredLinesOf(buyerId)))
    .limit(1)
  return row ?? null
}

/** Delivered lines the buyer has not reviewed yet, most recently delivered first. */
export async function listLinesAwaitingReview(db: DbOrTx, buyerId: string, limit: number) {
  const where = and(deliveredLinesOf(buyerId), isNull(reviews.id))
  const base = () =>
    db
      .select({ ...lineColumns })
      .from(orderItems)
      .innerJoin(orders, eq(orders.id, orderItems.orderId))
      .innerJoin(products, eq(products.id, orderItems.productId))
      .innerJoin(stores, eq(stores.id, orders.storeId))
      .leftJoin(reviews, eq(reviews.orderItemId, orderItems.id))
      .where(where)
  const [rows, [total]] = await Promise.all([
    base().orderBy(sql`${deliveredAt} desc`, desc(orderItems.id)).limit(limit),
    db
      .select({ n: count() })
      .from(orderItems)
      .innerJoin(orders, eq(orders.id, orderItems.orderId))
      .leftJoin(reviews, eq(reviews.orderItemId, orderItems.id))
      .where(where),
  ])
  return { rows, total: total?.n ?? 0 }
}

export type NewReview = {
  orderItemId: string
  productId: string
  userId: string
  rating: number
  title: string | null
  body: string
  photos: string[]
}

/** Inserts one review; the unique order_item_id refuses a second review of the same line. */
export async function insertReview(tx: DbOrTx, values: NewReview) {
  const [row] = await tx.insert(reviews).values(values).returning({ id: reviews.id, createdAt: reviews.createdAt })
  return row!
}

/**
 * Recomputes the product's and its store's rating from their visible reviews. Each row is locked
 * before it is counted, so two reviews committed at once cannot each leave out the other.
 * Call inside the transaction that changed a review's visibility or added one.
 */
export async function recomputeRatings(tx: DbOrTx, productId: string): Promise<{ storeId: string }> {
  const [product] = await tx.select({ storeId: products.storeId }).from(products).where(eq(products.id, productId)).for('no key update')
  if (!product) throw new Error(`recomputeRatings: no product ${productId}`)
  const visible = and(eq(reviews.productId, productId), eq(reviews.status, 'visible'))
  const [own] = await tx.select({ avg: sql<number | null>`avg(${reviews.rating})::real`, n: count() }).from(reviews).where(visible)
  await tx
    .update(products)
    .set({ ratingAvg: own?.avg ?? null, ratingCount: own?.n ?? 0 })
    .where(eq(products.id, productId))

  await tx.select({ id: stores.id }).from(stores).where(eq(stores.id, product.storeId)).for('no key update')
  const [store] = await tx
    .select({ avg: sql<number | null>`avg(${reviews.rating})::real`, n: count() })
    .from(reviews)
    .innerJoin(products, eq(products.id, reviews.productId))
    .where(and(eq(products.storeId, product.storeId), eq(reviews.status, 'visible')))
  await tx
    .update(stores)
    .set({ ratingAvg: store?.avg ?? null, ratingCount: store?.n ?? 0 })
    .where(eq(stores.id, product.storeId))
  return { storeId: product.storeId }
}

/** Counts of visible reviews by star (index 0 is one star). */
export async function countRatingsByStar(db: DbOrTx, productId: string): Promise<[number, number, number, number, number]> {
  const rows = await db
    .select({ rating: reviews.rating, n: count() })
    .from(reviews)
    .where(and(eq(reviews.productId, productId), eq(reviews.status, 'visible')))
    .groupBy(reviews.rating)
  const counts: [number, number, number, number, number] = [0, 0, 0, 0, 0]
  for (const row of rows) if (row.rating >= 1 && row.rating <= 5) counts[row.rating - 1] = row.n
  return counts
}

export type ReviewSortKey = 'newest' | 'highest' | 'lowest'

const publicColumns = {
  id: reviews.id,
  userId: reviews.userId,
  authorName: users.name,
  rating: reviews.rating,
  title: reviews.title,
  body: reviews.body,
  photos: reviews.photos,
  variantTitle: orderItems.variantTitle,
  sellerReply: reviews.sellerReply,
  repliedAt: reviews.repliedAt,
  createdAt: reviews.createdAt,
}

/** Visible reviews of a product, optionally of one star rating; hidden ones never leave the database here. */
export async function listProductReviews(
  db: DbOrTx,
  productId: string,
  params: { sort: ReviewSortKey; stars: number | null; limit: number; offset?: number },
) {
  const order =
    params.sort === 'highest'
      ? [desc(reviews.rating), desc(reviews.createdAt), desc(reviews.id)]
      : params.sort === 'lowest'
        ? [asc(reviews.rating), desc(reviews.createdAt), desc(reviews.id)]
        : [desc(reviews.createdAt), desc(reviews.id)]
  return db
    .select(publicColumns)
    .from(reviews)
    .innerJoin(users, eq(users.id, reviews.userId))
    .innerJoin(orderItems, eq(orderItems.id, reviews.orderItemId))
    .where(and(eq(reviews.productId, productId), eq(reviews.status, 'visible'), params.stars ? eq(reviews.rating, params.stars) : undefined))
    .orderBy(...order)
    .limit(params.limit)
    .offset(params.offset ?? 0)
}

/** The buyer's own reviews, hidden ones included (they are told why it is not public). */
export async function listUserReviews(db: DbOrTx, userId: string, params: { limit: number; offset: number }) {
  const [rows, [total]] = await Promise.all([
    db
      .select({
        ...publicColumns,
        status: reviews.status,
        productTitle: orderItems.title,
        productSlug: products.slug,
        imageUrl: orderItems.imageUrl,
        storeName: stores.name,
      })
      .from(reviews)
      .innerJoin(users, eq(users.id, reviews.userId))
      .innerJoin(orderItems, eq(orderItems.id, reviews.orderItemId))
      .innerJoin(products, eq(products.id, reviews.productId))
      .innerJoin(stores, eq(stores.id, products.storeId))
      .where(eq(reviews.userId, userId))
      .orderBy(desc(reviews.createdAt), desc(reviews.id))
      .limit(params.limit)
      .offset(params.offset),
    db.select({ n: count() }).from(reviews).where(eq(reviews.userId, userId)),
  ])
  return { rows, total: total?.n ?? 0 }
}

/** One review as the report page shows it; null when it is gone or hidden. */
export async function findVisibleReview(db: DbOrTx, reviewId: string) {
  const [row] = await db
    .select({ ...publicColumns, productTitle: products.title, productSlug: products.slug })
    .from(reviews)
    .innerJoin(users, eq(users.id, reviews.userId))
    .innerJoin(orderItems, eq(orderItems.id, reviews.orderItemId))
    .innerJoin(products, eq(products.id, reviews.productId))
    .where(and(eq(reviews.id, reviewId), eq(reviews.status, 'visible')))
    .limit(1)
  return row ?? null
}
