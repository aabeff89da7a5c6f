import type { BuiltProduct } from './catalog'
import { CROWD_BUYERS } from './data/buyers'
import { planDemoBuyer } from './demo-buyer'
import { addOrder, emptyHistory, happyPathTimes, type Builder, type OrderHistory, type PayMethod, type SeedBuyer, type StoreRow } from './order-rows'
import { createRng, randomString, weightedIndex } from './random'
import { addReview, sampleRating } from './reviews'

export type { OrderHistory } from './order-rows'

// Its own stream: the order history can change without moving any catalogue draw.
const ORDER_SEED = 0x0dd5eed
const DAY = 86_400_000
const HOUR = 3_600_000
const PREPAID = ['upi', 'card', 'netbanking'] as const
/** At most this many past orders (each with one review) per product. */
export const MAX_ORDERS_PER_PRODUCT = 12

export type OrderHistoryContext = {
  now: Date
  newId: () => string
  users: readonly { id: string; key: string; name: string; email: string; phone: string | null }[]
  stores: readonly StoreRow[]
  products: readonly BuiltProduct[]
}

/**
 * The marketplace's past: shoppers who bought most public products and reviewed what they got,
 * and the demo buyer's own orders. Ratings and units sold are then computed from these rows
 * (insert-orders.ts), so every number on a product page is backed by reviews that exist.
 */
export function planOrderHistory(ctx: OrderHistoryContext): OrderHistory {
  const rng = createRng(ORDER_SEED)
  const b: Builder = { rng, newId: ctx.newId, numbers: new Set() }
  const h = emptyHistory()
  const crowd = CROWD_BUYERS.map((seed): SeedBuyer => {
    const id = ctx.newId()
    const email = `${seed.name.toLowerCase().replace(/[^a-z ]/g, '').split(' ').join('.')}@shoppers.example`
    const joinedAt = new Date(ctx.now.getTime() - rng.int(100, 600) * DAY)
    h.users.push({ id, name: seed.name, email, emailVerified: null, phone: null, passwordHash: null, role: 'user', city: seed.city, createdAt: joinedAt })
    const phone = `+91${rng.pick(['6', '7', '8', '9'])}${randomString(rng, '0123456789', 9)}`
    const line1 = `${rng.chance(0.6) ? `Flat ${rng.int(1, 14)}0${rng.int(1, 6)}` : `House ${rng.int(2, 240)}`}, ${seed.street}`
    const address = { name: seed.name, phone, line1, line2: null, landmark: null, city: seed.city, state: seed.state, pin: seed.pin }
    return { id, name: seed.name, email, address }
  })

  const storeById = new Map(ctx.stores.map((s) => [s.id, s]))
  for (const product of ctx.products) {
    const store = storeById.get(product.row.storeId)
    if (!store || store.status !== 'approved' || product.row.visibility !== 'public') continue
    // The catalogue's planned rating count and average decide how many bought it and how they liked it.
    const count = Math.min(MAX_ORDERS_PER_PRODUCT, Math.round(Math.sqrt((product.row.ratingCount ?? 0) / 900) * MAX_ORDERS_PER_PRODUCT))
    const target = product.row.ratingAvg ?? 4.2
    for (const buyer of rng.sample(crowd, count)) {
      const placedAt = new Date(Math.floor((ctx.now.getTime() - rng.int(8 * 24, 90 * 24) * HOUR - rng.int(0, 3599) * 1000) / 1000) * 1000)
      const variant = product.variants.length > 0 ? rng.pick(product.variants) : null
      const method: PayMethod = store.codEnabled && rng.chance(0.3) ? 'cod' : (PREPAID[weightedIndex(rng, [60, 25, 15])] ?? 'upi')
      const order = addOrder(h, b, {
        buyer,
        store,
        lines: [{ product, variant, quantity: rng.chance(0.1) ? 2 : 1 }],
        method,
        times: happyPathTimes(rng, placedAt, 'delivered'),
      })
      const item = order.items[0]
      const deliveredAt = order.times.delivered
      if (item && deliveredAt) addReview(h, b, ctx.now, { buyer, store, itemId: item.id, product, deliveredAt, rating: sampleRating(rng, target) })
    }
  }

  planDemoBuyer(h, b, { ...ctx, storeById })
  return h
}
