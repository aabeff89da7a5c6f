import crypto from 'node:crypto'
import { eq, sql } from 'drizzle-orm'
import type { DbOrTx, Tx } from '@/db/client'
import {
  couponRedemptions,
  coupons,
  inventoryMovements,
  orderEvents,
  orderGroups,
  orderItems,
  orders,
  productVariants,
  products,
  type AddressSnapshot,
} from '@/db/schema'
import type { PricedCheckout } from '@/lib/domain/pricing'
import { executeNamedRows } from './execute-rows'

export class OutOfStockError extends Error {
  constructor(readonly line: { productId: string; variantId: string | null; title: string; quantity: number }) {
    super(`Not enough stock for ${line.title}`)
    this.name = 'OutOfStockError'
  }
}

export class CouponUnavailableError extends Error {
  constructor(readonly code: string) {
    super(`Coupon ${code} is no longer available`)
    this.name = 'CouponUnavailableError'
  }
}

export type PlaceOrderInput = {
  buyerId: string
  priced: PricedCheckout
  address: AddressSnapshot
  paymentMethod: 'upi' | 'card' | 'netbanking' | 'wallet' | 'cod'
  expiresAt: Date
  /** Per-user coupon limit, re-checked inside the transaction. */
  couponPerUserLimit: number | null
  /** Chosen by the caller when it must name the group before it exists (the gateway's receipt). */
  groupId?: string
  now?: Date
}

export type PlacedOrderGroup = {
  groupId: string
  totalPaise: number
  orders: { id: string; number: string; storeId: string; totalPaise: number }[]
}

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'

/** HT-261121-7KQ2M: the date, then five Crockford base-32 characters. */
export function newOrderNumber(now = new Date()): string {
  const date = now.toISOString().slice(2, 10).replaceAll('-', '')
  const bytes = crypto.randomBytes(5)
  const suffix = [...bytes].map((b) => ALPHABET[b % 32]).join('')
  return `HT-${date}-${suffix}`
}

/**
 * Writes one order group with one order per store, its items and first events, redeems the
 * coupon and reserves stock — as ONE SQL statement (data-modifying CTEs), so no lock is held
 * across a round trip: each line's stock is taken by a conditional UPDATE (`stock >= n`), and
 * when any line or the coupon can't be covered, haat_assert aborts the whole statement and
 * nothing is written. Throws OutOfStockError or CouponUnavailableError then. Runs on its own
 * (autocommit) or inside the caller's transaction.
 */
export async function placeOrderGroup(db: DbOrTx, input: PlaceOrderInput): Promise<PlacedOrderGroup> {
  const { priced, buyerId } = input
  const now = input.now ?? new Date()
  const groupId = input.groupId ?? crypto.randomUUID()
  const placed: PlacedOrderGroup['orders'] = priced.stores.map((store) => ({
    id: crypto.randomUUID(),
    number: newOrderNumber(now),
    storeId: store.storeId,
    totalPaise: store.totalPaise,
  }))
  const couponOrder = priced.coupon ? (placed.find((o) => o.storeId === priced.coupon?.storeId) ?? placed[0]) : null
  const doc = {
    group: { id: groupId, buyer_id: buyerId, total_paise: priced.totalPaise, payment_method: input.paymentMethod, expires_at: input.expiresAt.toISOString() },
    orders: priced.stores.map((store, i) => ({
      id: placed[i]!.id,
      number: placed[i]!.number,
      store_id: store.storeId,
      subtotal_paise: store.subtotalPaise,
      discount_paise: store.discountPaise,
      shipping_paise: store.shippingPaise,
      total_paise: store.totalPaise,
      coupon_id: priced.coupon && store.discountPaise > 0 ? priced.coupon.id : null,
      show_id: store.lines.find((l) => l.showId)?.showId ?? null,
    })),
    items: priced.stores.flatMap((store, i) =>
      store.lines.map((l) => ({
        order_id: placed[i]!.id,
        product_id: l.productId,
        variant_id: l.variantId,
        title: l.title,
        variant_title: l.variantTitle,
        sku: l.sku,
        image_url: l.imageUrl,
        unit_price_paise: l.unitPricePaise,
        quantity: l.quantity,
        total_paise: l.totalPaise,
        price_source: l.priceSource ?? 'list',
        show_id: l.showId,
      })),
    ),
    coupon: priced.coupon ? { id: priced.coupon.id, per_user_limit: input.couponPerUserLimit ?? 2_147_483_647, order_id: couponOrder!.id } : null,
    address: input.address,
  }
  try {
    await executeNamedRows(db, 'haat_place_order_group', placeOrderStatement(JSON.stringify(doc)))
  } catch (error) {
    const message = raisedMessage(error)
    // Inside a caller's transaction the failed statement has aborted it; name the first line then.
    if (message === 'haat:out_of_stock') throw new OutOfStockError(await shortLine(db, priced).catch(() => priced.stores[0]!.lines[0]!))
    if (message === 'haat:coupon_unavailable') throw new CouponUnavailableError(priced.coupon?.code ?? '')
    throw error
  }
  return { groupId, totalPaise: priced.totalPaise, orders: placed }
}

/** The message haat_assert raised (the database error under drizzle's "Failed query" wrapper), if any. */
function raisedMessage(error: unknown): string | null {
  for (let e: unknown = error; e instanceof Error; e = (e as { cause?: unknown }).cause) {
    if (e.message.startsWith('haat:')) return e.message
  }
  return null
}

/** After a refused reservation: the first line that the shelf can't cover now, for the message. */
async function shortLine(db: DbOrTx, priced: PricedCheckout) {
  const lines = priced.stores.flatMap((s) => s.lines)
  for (const line of lines) {
    const [row] = line.variantId
      ? await db.select({ stock: productVariants.stock }).from(productVariants).where(eq(productVariants.id, line.variantId))
      : await db.select({ stock: products.stock }).from(products).where(eq(products.id, line.productId))
    if ((row?.stock ?? 0) < line.quantity) return line
  }
  return lines[0]!
}

function placeOrderStatement(doc: string) {
  return sql`
    with doc as (select ${doc}::jsonb as d),
    g as (
      insert into ${orderGroups} (id, buyer_id, total_paise, payment_method, expires_at)
      select (d->'group'->>'id')::uuid, (d->'group'->>'buyer_id')::uuid, (d->'group'->>'total_paise')::int,
             (d->'group'->>'payment_method')::payment_method, (d->'group'->>'expires_at')::timestamptz
      from doc returning id),
    o as (
      insert into ${orders} (id, number, group_id, store_id, buyer_id, payment_method, subtotal_paise, discount_paise,
                             shipping_paise, total_paise, coupon_id, shipping_address, show_id)
      select x.id, x.number, (d->'group'->>'id')::uuid, x.store_id, (d->'group'->>'buyer_id')::uuid,
             (d->'group'->>'payment_method')::payment_method, x.subtotal_paise, x.discount_paise, x.shipping_paise,
             x.total_paise, x.coupon_id, d->'address', x.show_id
      from doc, jsonb_to_recordset(d->'orders') as x(id uuid, number text, store_id uuid, subtotal_paise int,
           discount_paise int, shipping_paise int, total_paise int, coupon_id uuid, show_id uuid)
      returning id),
    i as (
      insert into ${orderItems} (order_id, product_id, variant_id, title, variant_title, sku, image_url,
                                 unit_price_paise, quantity, total_paise, price_source, show_id)
      select x.order_id, x.product_id, x.variant_id, x.title, x.variant_title, x.sku, x.image_url,
             x.unit_price_paise, x.quantity, x.total_paise, x.price_source::price_source, x.show_id
      from doc, jsonb_to_recordset(d->'items') as x(order_id uuid, product_id uuid, variant_id uuid, title text,
           variant_title text, sku text, image_url text, unit_price_paise int, quantity int, total_paise int,
           price_source text, show_id uuid)
      returning id),
    e as (
      insert into ${orderEvents} (order_id, from_status, to_status, actor_id, actor_role)
      select x.id, null, 'pending_payment', (d->'group'->>'buyer_id')::uuid, 'buyer'
      from doc, jsonb_to_recordset(d->'orders') as x(id uuid)
      returning id),
    m as (
      insert into ${inventoryMovements} (product_id, variant_id, delta, reason, order_id, actor_id)
      select x.product_id, x.variant_id, -x.quantity, 'order_reserved', x.order_id, (d->'group'->>'buyer_id')::uuid
      from doc, jsonb_to_recordset(d->'items') as x(order_id uuid, product_id uuid, variant_id uuid, quantity int)
      returning id),
    vq as (
      select x.variant_id, sum(x.quantity)::int as q
      from doc, jsonb_to_recordset(d->'items') as x(variant_id uuid, quantity int)
      where x.variant_id is not null group by x.variant_id),
    pq as (
      select x.product_id, sum(x.quantity)::int as q
      from doc, jsonb_to_recordset(d->'items') as x(product_id uuid, quantity int)
      group by x.product_id),
    rv as (
      update ${productVariants} v set stock = v.stock - vq.q from vq
      where v.id = vq.variant_id and v.stock >= vq.q returning v.id),
    rp as (
      update ${products} p set stock = p.stock - pq.q from pq
      where p.id = pq.product_id and p.stock >= pq.q returning p.id),
    cu as (
      update ${coupons} c set used_count = c.used_count + 1 from doc
      where jsonb_typeof(d->'coupon') = 'object'
        and c.id = (d->'coupon'->>'id')::uuid and c.active
        and (c.usage_limit is null or c.used_count < c.usage_limit)
        and (select count(*) from ${couponRedemptions} r
             where r.coupon_id = c.id and r.user_id = (d->'group'->>'buyer_id')::uuid) < (d->'coupon'->>'per_user_limit')::int
      returning c.id),
    cr as (
      insert into ${couponRedemptions} (coupon_id, user_id, order_id)
      select (d->'coupon'->>'id')::uuid, (d->'group'->>'buyer_id')::uuid, (d->'coupon'->>'order_id')::uuid
      from doc where jsonb_typeof(d->'coupon') = 'object'
      returning id)
    select
      -- The reservation holds the hot product's row lock until commit; not waiting for the WAL
      -- flush there lets the next buyer in at once. Durable all the same before anyone relies on
      -- it: the checkout's next write (the payment row, or the COD code) commits synchronously,
      -- which flushes the WAL up to and including this statement.
      set_config('synchronous_commit', 'off', true) = 'off'
      and haat_assert((select count(*) from rv) = (select count(*) from vq) and (select count(*) from rp) = (select count(*) from pq), 'haat:out_of_stock')
      and haat_assert((select jsonb_typeof(d->'coupon') from doc) <> 'object' or (select count(*) from cu) = 1, 'haat:coupon_unavailable') as ok,
      (select count(*) from g) + (select count(*) from o) + (select count(*) from i) + (select count(*) from e)
        + (select count(*) from m) + (select count(*) from cr) as written`
}

/** Puts an order's items back on the shelf (cancellation or expiry of an order that held stock). */
export async function releaseOrderStock(tx: Tx, input: { orderId: string; actorId: string | null; reason: string }) {
  const items = await tx
    .select({ productId: orderItems.productId, variantId: orderItems.variantId, quantity: orderItems.quantity })
    .from(orderItems)
    .where(eq(orderItems.orderId, input.orderId))
  for (const item of items) {
    if (item.variantId) {
      await tx
        .update(productVariants)
        .set({ stock: sql`${productVariants.stock} + ${item.quantity}` })
        .where(eq(productVariants.id, item.variantId))
    }
    await tx
      .update(products)
      .set({ stock: sql`${products.stock} + ${item.quantity}` })
      .where(eq(products.id, item.productId))
  }
  if (items.length > 0) {
    await tx.insert(inventoryMovements).values(
      items.map((item) => ({
        productId: item.productId,
        variantId: item.variantId,
        delta: item.quantity,
        reason: input.reason,
        orderId: input.orderId,
        actorId: input.actorId,
      })),
    )
  }
}
