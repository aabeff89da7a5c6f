import { and, count, desc, eq, gte, ilike, inArray, lt, or, type SQL, sql } from 'drizzle-orm'
import type { DbOrTx } from '@/db/client'
import { orderItems, orders, payments, productMedia, products, refunds, users } from '@/db/schema'
import type { OrderStatus } from '@/lib/domain/order-state'
import type { SellerOrderFilter } from '@/lib/validations/seller-orders'

// Reads for the seller's order inbox and order page. Every query names the store: an order id
// alone never reaches another store's order.

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (ch) => `\\${ch}`)

/** What the buyer is called: their account name, else the name on the parcel. */
const buyerName = sql<string>`coalesce(nullif(${users.name}, ''), ${orders.shippingAddress}->>'name')`

function filterWhere(storeId: string, filter: SellerOrderFilter, statuses: readonly OrderStatus[] | null): SQL {
  const conditions: (SQL | undefined)[] = [eq(orders.storeId, storeId)]
  if (statuses) conditions.push(inArray(orders.status, [...statuses]))
  if (filter.q) {
    const like = `%${escapeLike(filter.q)}%`
    conditions.push(or(ilike(orders.number, like), ilike(users.name, like), sql`${orders.shippingAddress}->>'name' ilike ${like}`))
  }
  if (filter.placedFrom) conditions.push(gte(orders.placedAt, filter.placedFrom))
  if (filter.placedBefore) conditions.push(lt(orders.placedAt, filter.placedBefore))
  return and(...conditions)!
}

/** One page of the store's orders, newest first, with the total for paging. */
export async function listSellerOrders(
  db: DbOrTx,
  storeId: string,
  input: { filter: SellerOrderFilter; statuses: readonly OrderStatus[]; page: number; pageSize: number },
) {
  const where = filterWhere(storeId, input.filter, input.statuses)
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: orders.id,
        number: orders.number,
        placedAt: orders.placedAt,
        status: orders.status,
        paymentMethod: orders.paymentMethod,
        totalPaise: orders.totalPaise,
        buyerName,
        city: sql<string>`${orders.shippingAddress}->>'city'`,
        firstItem: sql<string | null>`(select ${orderItems.title} from ${orderItems} where ${orderItems.orderId} = ${orders.id} order by ${orderItems.createdAt}, ${orderItems.id} limit 1)`,
        lineCount: sql<number>`(select count(*)::int from ${orderItems} where ${orderItems.orderId} = ${orders.id})`,
        unitCount: sql<number>`(select coalesce(sum(${orderItems.quantity}), 0)::int from ${orderItems} where ${orderItems.orderId} = ${orders.id})`,
      })
      .from(orders)
      .innerJoin(users, eq(users.id, orders.buyerId))
      .where(where)
      .orderBy(desc(orders.placedAt), desc(orders.id))
      .limit(input.pageSize)
      .offset((input.page - 1) * input.pageSize),
    db.select({ n: count() }).from(orders).innerJoin(users, eq(users.id, orders.buyerId)).where(where),
  ])
  return { rows, total: total?.n ?? 0 }
}

/** How many of the store's orders match the search and dates, per status (statuses with none are absent). */
export async function countSellerOrdersByStatus(db: DbOrTx, storeId: string, filter: SellerOrderFilter): Promise<Map<OrderStatus, number>> {
  const rows = await db
    .select({ status: orders.status, n: count() })
    .from(orders)
    .innerJoin(users, eq(users.id, orders.buyerId))
    .where(filterWhere(storeId, filter, null))
    .groupBy(orders.status)
  return new Map(rows.map((r) => [r.status, r.n]))
}

/** The order's head for the order page, or null when it is not this store's. */
export async function findSellerOrder(db: DbOrTx, storeId: string, orderId: string) {
  const [row] = await db
    .select({
      id: orders.id,
      number: orders.number,
      groupId: orders.groupId,
      status: orders.status,
      paymentMethod: orders.paymentMethod,
      subtotalPaise: orders.subtotalPaise,
      discountPaise: orders.discountPaise,
      shippingPaise: orders.shippingPaise,
      totalPaise: orders.totalPaise,
      address: orders.shippingAddress,
      placedAt: orders.placedAt,
      buyerName,
    })
    .from(orders)
    .innerJoin(users, eq(users.id, orders.buyerId))
    .where(and(eq(orders.id, orderId), eq(orders.storeId, storeId)))
  return row ?? null
}

const productImage = sql<string | null>`(
  select ${productMedia.url} from ${productMedia}
  where ${productMedia.productId} = ${orderItems.productId} and ${productMedia.kind} = 'image'
  order by ${productMedia.position} limit 1)`

/** The order's lines with a picture: the one taken at checkout, else the product's first image. */
export async function listSellerOrderItems(db: DbOrTx, storeId: string, orderId: string) {
  return db
    .select({
      id: orderItems.id,
      productId: orderItems.productId,
      productSlug: products.slug,
      title: orderItems.title,
      variantTitle: orderItems.variantTitle,
      sku: orderItems.sku,
      imageUrl: sql<string | null>`coalesce(${orderItems.imageUrl}, ${productImage})`,
      unitPricePaise: orderItems.unitPricePaise,
      quantity: orderItems.quantity,
      totalPaise: orderItems.totalPaise,
      priceSource: orderItems.priceSource,
    })
    .from(orderItems)
    .innerJoin(orders, eq(orders.id, orderItems.orderId))
    .innerJoin(products, eq(products.id, orderItems.productId))
    .where(and(eq(orderItems.orderId, orderId), eq(orders.storeId, storeId)))
    .orderBy(orderItems.createdAt, orderItems.id)
}

/** The checkout's latest payment attempt (one payment covers every store's order in a checkout). */
export async function findSellerOrderPayment(db: DbOrTx, storeId: string, orderId: string) {
  const [row] = await db
    .select({ status: payments.status, method: payments.method, provider: payments.provider, providerPaymentId: payments.providerPaymentId })
    .from(payments)
    .innerJoin(orders, eq(orders.groupId, payments.groupId))
    .where(and(eq(orders.id, orderId), eq(orders.storeId, storeId)))
    .orderBy(desc(payments.createdAt))
    .limit(1)
  return row ?? null
}

export async function listSellerOrderRefunds(db: DbOrTx, storeId: string, orderId: string) {
  return db
    .select({ id: refunds.id, amountPaise: refunds.amountPaise, status: refunds.status, reason: refunds.reason, createdAt: refunds.createdAt })
    .from(refunds)
    .innerJoin(orders, eq(orders.id, refunds.orderId))
    .where(and(eq(refunds.orderId, orderId), eq(orders.storeId, storeId)))
    .orderBy(refunds.createdAt)
}
