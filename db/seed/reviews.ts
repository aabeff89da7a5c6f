import type { BuiltProduct } from './catalog'
import type { Builder, OrderHistory, SeedBuyer, StoreRow } from './order-rows'
import { weightedIndex, type Rng } from './random'
import { writeReply, writeReview, type Stars } from './review-text'

const HOUR = 3_600_000

/**
 * A rating whose average lands near `target` (the catalogue's 3.6–4.95): a bell over the five
 * stars, with a small floor so even well-liked products collect the odd one- or two-star review.
 */
export function sampleRating(rng: Rng, target: number): Stars {
  // Centred half a star above the target: the bell's tails pull the mean back down towards it.
  const centre = target + 0.5
  const weights = [1, 2, 3, 4, 5].map((stars) => Math.exp(-((stars - centre) ** 2) / 1.6) + (stars <= 2 ? 0.02 : 0))
  return (weightedIndex(rng, weights) + 1) as Stars
}

export type ReviewInput = {
  buyer: SeedBuyer
  store: StoreRow
  itemId: string
  product: BuiltProduct
  deliveredAt: Date
  rating: Stars
  /** Fixed words instead of generated ones (the demo buyer's review). */
  text?: { title: string | null; body: string }
  reply?: string | null
}

/** A visible review some hours to days after delivery, answered by the seller more often when it is poor. */
export function addReview(h: OrderHistory, b: Builder, now: Date, r: ReviewInput): void {
  const { rng } = b
  const latest = now.getTime() - HOUR
  const createdAt = new Date(Math.min(latest, r.deliveredAt.getTime() + rng.int(6, 10 * 24) * HOUR + rng.int(0, 3599) * 1000))
  const text = r.text ?? writeReview(rng, { rating: r.rating, productTitle: r.product.row.title, categoryPath: r.product.categoryPath, storeName: r.store.name })
  const replyChance = r.rating >= 5 ? 0.2 : r.rating === 4 ? 0.25 : r.rating === 3 ? 0.45 : 0.7
  const reply = r.reply !== undefined ? r.reply : rng.chance(replyChance) ? writeReply(rng, { rating: r.rating, reviewerName: r.buyer.name }) : null
  const repliedAt = reply ? new Date(Math.min(latest, createdAt.getTime() + rng.int(4, 72) * HOUR)) : null
  h.reviews.push({
    id: b.newId(),
    orderItemId: r.itemId,
    productId: r.product.row.id,
    userId: r.buyer.id,
    rating: r.rating,
    title: text.title,
    body: text.body,
    sellerReply: reply,
    repliedAt,
    status: 'visible',
    createdAt,
    updatedAt: repliedAt ?? createdAt,
  })
}
