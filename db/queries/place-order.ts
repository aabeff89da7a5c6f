import crypto from 'node:crypto'
import { and, count, eq, sql } from 'drizzle-orm'
import type { Tx } from '@/db/client'
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
 * coupon and reserves stock — all in the caller's transaction. Stock is taken by one conditional
 * UPDATE per line (`stock >= n`), issued last so the hot rows stay locked for as short a time as
 * possible; a line that cannot be covered throws OutOfStockError and the transaction rolls back.
 */
export async function placeOrderGroup(tx: Tx, input: PlaceOrderInput): Promise<PlacedOrderGroup> {
  const { priced, buyerId } = input
  const now = input.now ?? new Date()
  const [group] = await tx
    .insert(orderGroups)
    .values({ buyerId, totalPaise: priced.totalPaise, paymentMethod: input.paymentMethod, expiresAt: input.expiresAt })
    .returning({ id: orderGroups.id })
  if (!group) throw new Error('order group insert returned no row')

  const placed: PlacedOrderGroup['orders'] = []
  for (const store of priced.stores) {
    const couponHere = priced.coupon && store.discountPaise > 0 ? priced.coupon.id : null
    const [order] = await tx
      .insert(orders)
      .values({
        number: newOrderNumber(now),
        groupId: group.id,
        storeId: store.storeId,
        buyerId,
        paymentMethod: input.paymentMethod,
        subtotalPaise: store.subtotalPaise,
        discountPaise: store.discountPaise,
        shippingPaise: store.shippingPaise,
        totalPaise: store.totalPaise,
        couponId: couponHere,
        shippingAddress: input.address,
        showId: store.lines.find((l) => l.showId)?.showId ?? null,
      })
      .returning({ id: orders.id, number: orders.number })
    if (!order) throw new Error('order insert returned no row')
    placed.push({ id: order.id, number: order.number, storeId: store.storeId, totalPaise: store.totalPaise })
    await tx.insert(orderItems).values(
      store.lines.map((l) => ({
        orderId: order.id,
        productId: l.productId,
        variantId: l.variantId,
        title: l.title,
        variantTitle: l.variantTitle,
        sku: l.sku,
        imageUrl: l.imageUrl,
        unitPricePaise: l.unitPricePaise,
        quantity: l.quantity,
        totalPaise: l.totalPaise,
        priceSource: 'list' as const,
        showId: l.showId,
      })),
    )
    await tx.insert(orderEvents).values({ orderId: order.id, fromStatus: null, toStatus: 'pending_payment', actorId: buyerId, actorRole: 'buyer' })
    await tx.insert(inventoryMovements).values(
      store.lines.map((l) => ({
        productId: l.productId,
        variantId: l.variantId,
        delta: -l.quantity,
        reason: 'order_reserved',
        orderId: order.id,
        actorId: buyerId,
      })),
    )
  }

  if (priced.coupon) {
    if (input.couponPerUserLimit !== null) {
      const [used] = await tx
        .select({ n: count() })
        .from(couponRedemptions)
        .where(and(eq(couponRedemptions.couponId, priced.coupon.id), eq(couponRedemptions.userId, buyerId)))
      if ((used?.n ?? 0) >= input.couponPerUserLimit) throw new CouponUnavailableError(priced.coupon.code)
    }
    const redeemed = await tx
      .update(coupons)
      .set({ usedCount: sql`${coupons.usedCount} + 1` })
      .where(
        and(
          eq(coupons.id, priced.coupon.id),
          eq(coupons.active, true),
          sql`(${coupons.usageLimit} is null or ${coupons.usedCount} < ${coupons.usageLimit})`,
        ),
      )
      .returning({ id: coupons.id })
    if (redeemed.length === 0) throw new CouponUnavailableError(priced.coupon.code)
    const firstOrder = placed.find((o) => o.storeId === priced.coupon?.storeId) ?? placed[0]
    await tx.insert(couponRedemptions).values({ couponId: priced.coupon.id, userId: buyerId, orderId: firstOrder!.id })
  }

  for (const store of priced.stores) {
    for (const line of store.lines) await reserveLine(tx, line)
  }
  return { groupId: group.id, totalPaise: priced.totalPaise, orders: placed }
}

async function reserveLine(tx: Tx, line: { productId: string; variantId: string | null; title: string; quantity: number }) {
  const q = line.quantity
  if (line.variantId) {
    const v = await tx
      .update(productVariants)
      .set({ stock: sql`${productVariants.stock} - ${q}` })
      .where(and(eq(productVariants.id, line.variantId), eq(productVariants.productId, line.productId), sql`${productVariants.stock} >= ${q}`))
      .returning({ id: productVariants.id })
    if (v.length === 0) throw new OutOfStockError(line)
  }
  const p = await tx
    .update(products)
    .set({ stock: sql`${products.stock} - ${q}` })
    .where(and(eq(products.id, line.productId), sql`${products.stock} >= ${q}`))
    .returning({ id: products.id })
  if (p.length === 0) throw new OutOfStockError(line)
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
