import 'server-only'

import { liveOrder, productStock, UNPAID_STATES } from '@/db/queries/live-products'
import { firstName } from '@/lib/live/shape'
import { nowOf, publish, showEvent, studioEvent, type LiveDeps } from './deps'
import { liveStats } from './stats'

// Social proof and stock left (SPEC §6.5): after an order placed from a show is paid.

const ANNOUNCED_TTL_SECONDS = 7 * 24 * 3600

/**
 * Tells the show a purchase happened: "<first name> from <city> just bought …" and the stock left
 * of each product to everyone; the order and fresh sales figures to the console. Only the first
 * name and city of the shipping address leave the server. Call it after the payment commit; a
 * second call for the same order publishes nothing.
 */
export async function announceLivePurchase(deps: LiveDeps, orderId: string): Promise<{ announced: boolean }> {
  const order = await liveOrder(deps.db, orderId)
  if (!order?.showId || (UNPAID_STATES as readonly string[]).includes(order.status) || order.items.length === 0) return { announced: false }
  // Webhook and checkout callback may both confirm one payment.
  if (!(await deps.kv.setIfAbsent(`live:announced:${orderId}`, 1, { ttlSeconds: ANNOUNCED_TTL_SECONDS }))) return { announced: false }

  const showId = order.showId
  const buyer = firstName(order.recipientName)
  const first = order.items[0]!
  const productIds = [...new Set(order.items.map((i) => i.productId))]
  const [stock, stats] = await Promise.all([productStock(deps.db, productIds), liveStats(deps, showId)])

  await publish(deps, [
    showEvent(showId, 'just-bought', { firstName: buyer, city: order.city, productTitle: first.title, productId: first.productId }),
    ...stock.map((s) => showEvent(showId, 'stock', { productId: s.productId, stock: s.stock })),
    studioEvent(showId, 'order', {
      orderId: order.id,
      productTitle: order.items.length > 1 ? `${first.title} and ${order.items.length - 1} more` : first.title,
      buyerFirstName: buyer,
      city: order.city,
      totalPaise: order.totalPaise,
      at: nowOf(deps).toISOString(),
    }),
    studioEvent(showId, 'stats', { orders: stats.orders, revenuePaise: stats.revenuePaise, viewers: stats.viewers }),
  ])
  return { announced: true }
}

/** Stock left as soon as a live buyer's order holds it (before payment), so the count moves at once. */
export async function announceLiveStock(deps: LiveDeps, showId: string, productIds: string[]): Promise<void> {
  const stock = await productStock(deps.db, [...new Set(productIds)])
  await publish(
    deps,
    stock.map((s) => showEvent(showId, 'stock', { productId: s.productId, stock: s.stock })),
  )
}
