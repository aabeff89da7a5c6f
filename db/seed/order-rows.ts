import type {
  AddressSnapshot,
  addresses,
  embeddedRecords,
  inventoryMovements,
  orderEvents,
  orderGroups,
  orderItems,
  orders,
  payments,
  reviews,
  shipmentEvents,
  shipments,
  stores,
  users,
} from '@/db/schema'
import { shippingFee, type StoreShippingRule } from '@/lib/domain/pricing'
import type { BuiltProduct } from './catalog'
import { randomString, type Rng } from './random'
import { addPayment } from './payments'

/** Every row the seeded order history adds, in insert order (foreign keys point backwards). */
export type OrderHistory = {
  users: (typeof users.$inferInsert & { id: string })[]
  addresses: (typeof addresses.$inferInsert)[]
  groups: (typeof orderGroups.$inferInsert)[]
  orders: (typeof orders.$inferInsert)[]
  items: (typeof orderItems.$inferInsert)[]
  events: (typeof orderEvents.$inferInsert)[]
  payments: (typeof payments.$inferInsert)[]
  movements: (typeof inventoryMovements.$inferInsert)[]
  reviews: (typeof reviews.$inferInsert)[]
  shipments: (typeof shipments.$inferInsert)[]
  shipmentEvents: (typeof shipmentEvents.$inferInsert)[]
  /** The simulated gateway's and courier's own documents for these orders. */
  records: (typeof embeddedRecords.$inferInsert)[]
}

export function emptyHistory(): OrderHistory {
  return {
    users: [],
    addresses: [],
    groups: [],
    orders: [],
    items: [],
    events: [],
    payments: [],
    movements: [],
    reviews: [],
    shipments: [],
    shipmentEvents: [],
    records: [],
  }
}

export type StoreRow = typeof stores.$inferInsert & { id: string; ownerId: string }
export type SeedBuyer = { id: string; name: string; email: string; address: AddressSnapshot }
export type Variant = BuiltProduct['variants'][number]
export type Line = { product: BuiltProduct; variant: Variant | null; quantity: number }
export type PayMethod = 'upi' | 'card' | 'netbanking' | 'cod'

/** The happy path (SPEC §4.1), in order; a seeded order stops at one of these. */
export const HAPPY_PATH = ['pending_payment', 'confirmed', 'packed', 'shipped', 'out_for_delivery', 'delivered'] as const
export type PathStatus = (typeof HAPPY_PATH)[number]
export type Timeline = Partial<Record<PathStatus, Date>>

export type Builder = { rng: Rng; newId: () => string; numbers: Set<string> }

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const IST_OFFSET = 330 * MINUTE

/**
 * When each step happened, from `placedAt` up to `reached`: paid within minutes, packed the same
 * or next day, handed to the courier hours later, out for delivery on a morning 1–4 days on,
 * delivered that day.
 */
export function happyPathTimes(rng: Rng, placedAt: Date, reached: PathStatus): Timeline {
  const t = { pending_payment: placedAt } as Record<PathStatus, Date>
  t.confirmed = new Date(placedAt.getTime() + rng.int(1, 4) * MINUTE + rng.int(0, 59) * 1000)
  t.packed = new Date(t.confirmed.getTime() + rng.int(3, 20) * HOUR + rng.int(0, 59) * MINUTE)
  t.shipped = new Date(t.packed.getTime() + rng.int(1, 8) * HOUR + rng.int(0, 59) * MINUTE)
  const ofdDay = Math.floor((t.shipped.getTime() + IST_OFFSET) / (24 * HOUR)) + rng.int(1, 4)
  t.out_for_delivery = new Date(ofdDay * 24 * HOUR - IST_OFFSET + rng.int(8 * 60, 10 * 60 + 30) * MINUTE)
  t.delivered = new Date(t.out_for_delivery.getTime() + rng.int(2, 9) * HOUR + rng.int(0, 59) * MINUTE)
  const upTo = HAPPY_PATH.indexOf(reached)
  return Object.fromEntries(HAPPY_PATH.slice(0, upTo + 1).map((s) => [s, t[s]]))
}

// Crockford base-32, as newOrderNumber (db/queries/place-order.ts) draws its suffix.
const ORDER_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'

/** HT-YYMMDD-XXXXX of the day the order was placed, unique within the seed. */
export function seedOrderNumber(b: Builder, placedAt: Date): string {
  const date = placedAt.toISOString().slice(2, 10).replaceAll('-', '')
  for (;;) {
    const number = `HT-${date}-${randomString(b.rng, ORDER_ALPHABET, 5)}`
    if (!b.numbers.has(number)) {
      b.numbers.add(number)
      return number
    }
  }
}

export function storeShippingRule(store: StoreRow): StoreShippingRule {
  const feePaise = store.shippingFeePaise ?? 0
  if (store.shippingRule === 'flat') return { rule: 'flat', feePaise }
  return { rule: 'free_over', feePaise, freeOverPaise: store.freeShippingOverPaise ?? 0 }
}

export type OrderSpec = {
  buyer: SeedBuyer
  store: StoreRow
  lines: readonly Line[]
  method: PayMethod
  times: Timeline
}

export type SeededOrder = {
  orderId: string
  number: string
  totalPaise: number
  items: { id: string; line: Line }[]
  times: Timeline
}

// What applyTrackingUpdate writes: the label of the scan that moved the order.
const COURIER_NOTES: Partial<Record<PathStatus, string>> = {
  out_for_delivery: 'Out for delivery with the delivery agent',
  delivered: 'Delivered to the buyer',
}

const EVENT_ACTOR: Record<PathStatus, 'buyer' | 'seller' | 'system'> = {
  pending_payment: 'buyer',
  confirmed: 'system',
  packed: 'seller',
  shipped: 'seller',
  out_for_delivery: 'system',
  delivered: 'system',
}

/**
 * One order group with one store's order, as checkout and fulfilment would have written it:
 * group, order, lines, one event per step taken, the captured payment (prepaid) and the stock
 * reservation. Product stock itself is left alone: the catalogue's numbers are what is left.
 */
export function addOrder(h: OrderHistory, b: Builder, spec: OrderSpec): SeededOrder {
  const { buyer, store, times } = spec
  const placedAt = times.pending_payment
  if (!placedAt) throw new Error('a seeded order needs its pending_payment time')
  const steps = HAPPY_PATH.filter((s) => times[s])
  const reached = steps.at(-1) ?? 'pending_payment'
  const lastAt = times[reached] ?? placedAt
  const groupId = b.newId()
  const orderId = b.newId()
  const number = seedOrderNumber(b, placedAt)

  const items = spec.lines.map((line) => {
    const unitPricePaise = line.variant?.pricePaise ?? line.product.row.pricePaise
    return { id: b.newId(), line, unitPricePaise, totalPaise: unitPricePaise * line.quantity }
  })
  const subtotalPaise = items.reduce((sum, i) => sum + i.totalPaise, 0)
  const shippingPaise = shippingFee(storeShippingRule(store), subtotalPaise, null)
  const totalPaise = subtotalPaise + shippingPaise

  let paymentNote = 'Cash on delivery confirmed by the buyer'
  if (spec.method !== 'cod' && times.confirmed) {
    const payment = addPayment(h, b, {
      groupId,
      buyer,
      method: spec.method,
      amountPaise: totalPaise,
      placedAt,
      paidAt: times.confirmed,
    })
    paymentNote = `Paid: ${payment}`
  }
  h.groups.push({
    id: groupId,
    buyerId: buyer.id,
    totalPaise,
    paymentMethod: spec.method,
    expiresAt: new Date(placedAt.getTime() + 15 * MINUTE),
    codConfirmedAt: spec.method === 'cod' ? (times.confirmed ?? null) : null,
    createdAt: placedAt,
  })
  h.orders.push({
    id: orderId,
    number,
    groupId,
    storeId: store.id,
    buyerId: buyer.id,
    status: reached,
    paymentMethod: spec.method,
    subtotalPaise,
    discountPaise: 0,
    shippingPaise,
    totalPaise,
    shippingAddress: buyer.address,
    placedAt,
    updatedAt: lastAt,
  })
  for (const item of items) {
    const { product, variant, quantity } = item.line
    h.items.push({
      id: item.id,
      orderId,
      productId: product.row.id,
      variantId: variant?.id ?? null,
      title: product.row.title,
      variantTitle: variant?.title ?? null,
      sku: variant?.sku ?? product.row.sku ?? null,
      imageUrl: product.media[0]?.url ?? null,
      unitPricePaise: item.unitPricePaise,
      quantity,
      totalPaise: item.totalPaise,
      priceSource: 'list',
      createdAt: placedAt,
    })
    h.movements.push({
      id: b.newId(),
      productId: product.row.id,
      variantId: variant?.id ?? null,
      delta: -quantity,
      reason: 'order_reserved',
      orderId,
      actorId: buyer.id,
      createdAt: placedAt,
    })
  }
  steps.forEach((status, i) => {
    const actorRole = EVENT_ACTOR[status]
    h.events.push({
      id: b.newId(),
      orderId,
      fromStatus: i === 0 ? null : (steps[i - 1] ?? null),
      toStatus: status,
      actorId: actorRole === 'buyer' ? buyer.id : actorRole === 'seller' ? store.ownerId : null,
      actorRole,
      note: status === 'confirmed' ? paymentNote : (COURIER_NOTES[status] ?? null),
      createdAt: times[status],
    })
  })
  return { orderId, number, totalPaise, items: items.map((i) => ({ id: i.id, line: i.line })), times }
}
