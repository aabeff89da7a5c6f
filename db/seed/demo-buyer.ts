import type { BuiltProduct } from './catalog'
import { DEMO_BUYER_ADDRESS } from './data/buyers'
import type { OrderHistoryContext } from './orders'
import { addOrder, type Builder, type Line, type OrderHistory, type SeedBuyer, type StoreRow } from './order-rows'
import { addReview } from './reviews'
import { addShipment } from './shipments'

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

/**
 * What buyer@haat.dev finds on first sign-in: a default address in Bengaluru and one order in each
 * interesting state — delivered two days ago (the return window is open), delivered weeks ago and
 * reviewed, on its way with the courier, and just paid at Jaipur Blue Pottery Co. (seller@haat.dev
 * has it to pack).
 */
export function planDemoBuyer(h: OrderHistory, b: Builder, ctx: OrderHistoryContext & { storeById: Map<string, StoreRow> }): void {
  const user = ctx.users.find((u) => u.key === 'buyer')
  if (!user?.phone) throw new Error('Seed user missing: buyer (with a phone)')
  const now = ctx.now.getTime()
  const address = { name: user.name, phone: user.phone, ...DEMO_BUYER_ADDRESS }
  h.addresses.push({ id: b.newId(), userId: user.id, ...address, isDefault: true, createdAt: new Date(now - 200 * DAY), updatedAt: new Date(now - 200 * DAY) })
  const buyer: SeedBuyer = { id: user.id, name: user.name, email: user.email, address }

  const line = (title: string, quantity = 1): Line => {
    const product = ctx.products.find((p) => p.row.title === title)
    if (!product || product.row.visibility !== 'public' || (product.row.stock ?? 0) <= 0) throw new Error(`Demo order product missing or unavailable: ${title}`)
    return { product, variant: product.variants.find((v) => (v.stock ?? 0) > 0) ?? null, quantity }
  }
  const storeOf = (product: BuiltProduct) => {
    const store = ctx.storeById.get(product.row.storeId)
    if (!store) throw new Error(`Demo order store missing for ${product.row.title}`)
    return store
  }
  // Whole seconds, as the courier's scans are.
  const ago = (ms: number) => new Date(Math.floor((now - ms) / 1000) * 1000)
  const after = (from: Date, ms: number) => new Date(from.getTime() + ms)

  // Delivered about 42 hours ago by Banarasi Weaves (seven-day returns): "Return items" shows.
  {
    const lines = [line('Chikankari Cotton Kurta for Women'), line('Anarkali Kurta with Gota Patti Work')]
    const store = storeOf(lines[0]!.product)
    const placed = ago(5 * DAY + 2 * HOUR)
    const delivered = ago(42 * HOUR)
    const times = {
      pending_payment: placed,
      confirmed: after(placed, 2 * MINUTE),
      packed: after(placed, 5 * HOUR),
      shipped: after(placed, 9 * HOUR),
      out_for_delivery: after(delivered, -4 * HOUR),
      delivered,
    }
    const order = addOrder(h, b, { buyer, store, lines, method: 'upi', times })
    addShipment(h, b, { order, store, buyer, method: 'prepaid', upTo: 'delivered' })
  }

  // Delivered seven weeks ago by TechBazaar and reviewed, with the seller's reply.
  {
    const earbuds = line('Wireless Earbuds with ANC')
    const store = storeOf(earbuds.product)
    const placed = ago(52 * DAY + 5 * HOUR)
    const delivered = after(placed, 3 * DAY + 6 * HOUR)
    const times = {
      pending_payment: placed,
      confirmed: after(placed, 3 * MINUTE),
      packed: after(placed, 4 * HOUR),
      shipped: after(placed, 8 * HOUR),
      out_for_delivery: after(delivered, -3 * HOUR),
      delivered,
    }
    const order = addOrder(h, b, { buyer, store, lines: [earbuds], method: 'card', times })
    addShipment(h, b, { order, store, buyer, method: 'prepaid', upTo: 'delivered' })
    addReview(h, b, ctx.now, {
      buyer,
      store,
      itemId: order.items[0]!.id,
      product: earbuds.product,
      deliveredAt: delivered,
      rating: 4,
      text: {
        title: 'Great sound for the price',
        body:
          'Using these every day on my commute and for work calls. The bass is punchy and the noise cancellation ' +
          'really helps on the bus. The case feels a little plasticky, hence four stars.',
      },
      reply: 'Thank you, Priya! Glad they are making your commute quieter. Do join our next live for accessory deals.',
    })
  }

  // Cash on delivery from Kerala Naturals, with the courier since yesterday.
  {
    const lines = [line('Kumkumadi Face Oil'), line('Bhringraj Hair Oil')]
    const store = storeOf(lines[0]!.product)
    const placed = ago(2 * DAY + HOUR)
    const times = { pending_payment: placed, confirmed: after(placed, 2 * MINUTE), packed: after(placed, 6 * HOUR), shipped: after(placed, 25 * HOUR) }
    const order = addOrder(h, b, { buyer, store, lines, method: 'cod', times })
    addShipment(h, b, { order, store, buyer, method: 'cod', upTo: 'in_transit' })
  }

  // Paid three hours ago at Jaipur Blue Pottery Co.: waiting in seller@haat.dev's inbox to be packed.
  {
    const vase = line('Hand-painted Blue Pottery Vase')
    const placed = ago(3 * HOUR)
    const times = { pending_payment: placed, confirmed: after(placed, 2 * MINUTE) }
    addOrder(h, b, { buyer, store: storeOf(vase.product), lines: [vase], method: 'upi', times })
  }
}
