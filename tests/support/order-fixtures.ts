import crypto from 'node:crypto'
import { eq } from 'drizzle-orm'
import type { Db } from '@/db/client'
import { orderEvents, orderGroups, orderItems, orders, productVariants, products, type AddressSnapshot } from '@/db/schema'

type OrderStatus = (typeof orders.$inferSelect)['status']

export type OrderFixtureInput = {
  buyerId: string
  storeId: string
  productId: string
  variantId?: string
  quantity: number
}

const ADDRESS: AddressSnapshot = {
  name: 'Test Buyer',
  phone: '+919876543210',
  line1: '12 MG Road',
  line2: null,
  landmark: null,
  city: 'Bengaluru',
  state: 'Karnataka',
  pin: '560001',
}

// The happy path (SPEC §4.1) up to each state; an order in `status` has an event for every step.
const PATH: OrderStatus[] = ['pending_payment', 'confirmed', 'packed', 'shipped', 'out_for_delivery', 'delivered']
const AFTER_DELIVERY: Partial<Record<OrderStatus, OrderStatus[]>> = {
  return_requested: ['return_requested'],
  return_approved: ['return_requested', 'return_approved'],
  returned: ['return_requested', 'return_approved', 'returned'],
  refunded: ['return_requested', 'return_approved', 'returned', 'refunded'],
}

function stepsTo(status: OrderStatus): OrderStatus[] {
  const onPath = PATH.indexOf(status)
  if (onPath >= 0) return PATH.slice(0, onPath + 1)
  if (status === 'cancelled') return ['pending_payment', 'confirmed', 'cancelled']
  if (status === 'rto') return ['pending_payment', 'confirmed', 'packed', 'shipped', 'rto']
  return [...PATH, ...(AFTER_DELIVERY[status] ?? [])]
}

/**
 * One paid (UPI) order of one line, written straight to the tables with the events an order in
 * `status` would have. Prices and titles come from the product or variant, as checkout takes them.
 */
export async function createOrder(db: Db, input: OrderFixtureInput & { status: OrderStatus }) {
  const [product] = await db
    .select({ title: products.title, pricePaise: products.pricePaise, sku: products.sku })
    .from(products)
    .where(eq(products.id, input.productId))
  if (!product) throw new Error(`createOrder: no product ${input.productId}`)
  const [variant] = input.variantId
    ? await db
        .select({ title: productVariants.title, pricePaise: productVariants.pricePaise, sku: productVariants.sku })
        .from(productVariants)
        .where(eq(productVariants.id, input.variantId))
    : []
  const unitPricePaise = variant?.pricePaise ?? product.pricePaise
  const totalPaise = unitPricePaise * input.quantity

  return db.transaction(async (tx) => {
    const [group] = await tx.insert(orderGroups).values({ buyerId: input.buyerId, totalPaise, paymentMethod: 'upi' }).returning({ id: orderGroups.id })
    const [order] = await tx
      .insert(orders)
      .values({
        number: `HT-T${crypto.randomBytes(5).toString('hex').toUpperCase()}`,
        groupId: group!.id,
        storeId: input.storeId,
        buyerId: input.buyerId,
        status: input.status,
        paymentMethod: 'upi',
        subtotalPaise: totalPaise,
        totalPaise,
        shippingAddress: ADDRESS,
      })
      .returning({ id: orders.id, number: orders.number })
    const [item] = await tx
      .insert(orderItems)
      .values({
        orderId: order!.id,
        productId: input.productId,
        variantId: input.variantId ?? null,
        title: product.title,
        variantTitle: variant?.title ?? null,
        sku: variant?.sku ?? product.sku,
        unitPricePaise,
        quantity: input.quantity,
        totalPaise,
      })
      .returning({ id: orderItems.id })
    const steps = stepsTo(input.status)
    const start = Date.now() - steps.length * 60_000
    await tx.insert(orderEvents).values(
      steps.map((toStatus, i) => ({
        orderId: order!.id,
        fromStatus: i === 0 ? null : steps[i - 1]!,
        toStatus,
        actorRole: toStatus === 'return_requested' ? ('buyer' as const) : ('system' as const),
        createdAt: new Date(start + i * 60_000),
      })),
    )
    return { groupId: group!.id, orderId: order!.id, orderNumber: order!.number, orderItemId: item!.id }
  })
}

/** A delivered order of one line: the state in which the buyer may review it. */
export function createDeliveredOrder(db: Db, input: OrderFixtureInput) {
  return createOrder(db, { ...input, status: 'delivered' })
}
