import { describe, expect, it } from 'vitest'
import { MAX_ORDERS_PER_PRODUCT } from './orders'
import { planSeed } from './plan'
import { createRng } from './random'
import { sampleRating } from './reviews'
import { writeReview } from './review-text'

const NOW = new Date('2026-11-21T10:00:00Z')

describe('seeded order history', () => {
  const plan = planSeed(NOW)
  const { history } = plan

  it('is the same on every run, ids included', () => {
    const again = planSeed(NOW)
    expect(again.history).toEqual(history)
    expect(again.products.map((p) => p.row.id)).toEqual(plan.products.map((p) => p.row.id))
    expect(again.users.map((u) => u.id)).toEqual(plan.users.map((u) => u.id))
  })

  it('gives most public products of approved stores between one and twelve reviewed orders', () => {
    const approved = new Set(plan.stores.filter((s) => s.status === 'approved').map((s) => s.id))
    const publicIds = plan.products.filter((p) => p.row.visibility === 'public' && approved.has(p.row.storeId)).map((p) => p.row.id)
    const perProduct = new Map<string, number>()
    for (const review of history.reviews) perProduct.set(review.productId, (perProduct.get(review.productId) ?? 0) + 1)
    expect([...perProduct.keys()].every((id) => publicIds.includes(id))).toBe(true)
    expect(perProduct.size / publicIds.length).toBeGreaterThan(0.7)
    // The demo buyer's review can add one to a product the crowd bought twelve times.
    expect(Math.max(...perProduct.values())).toBeLessThanOrEqual(MAX_ORDERS_PER_PRODUCT + 1)
  })

  it('rates products mostly well, with every star rating represented', () => {
    const ratings = history.reviews.map((r) => r.rating)
    const mean = ratings.reduce((sum, r) => sum + r, 0) / ratings.length
    expect(mean).toBeGreaterThan(4)
    expect(mean).toBeLessThan(4.6)
    for (const stars of [1, 2, 3, 4, 5]) expect(ratings.filter((r) => r === stars).length, `${stars} stars`).toBeGreaterThan(0)
    expect(history.reviews.filter((r) => r.sellerReply).length).toBeGreaterThan(history.reviews.length / 10)
  })

  it('writes reviews with every placeholder filled', () => {
    for (const review of history.reviews) {
      expect(`${review.title ?? ''} ${review.body} ${review.sellerReply ?? ''}`).not.toMatch(/[{}]|undefined/)
    }
  })

  it('numbers orders HT-YYMMDD-XXXXX by the day they were placed, each once', () => {
    const numbers = history.orders.map((o) => o.number)
    expect(new Set(numbers).size).toBe(numbers.length)
    for (const order of history.orders) {
      expect(order.number).toMatch(/^HT-\d{6}-[0-9A-HJKMNP-TV-Z]{5}$/)
      expect(order.number.slice(3, 9)).toBe(order.placedAt?.toISOString().slice(2, 10).replaceAll('-', ''))
    }
  })

  it('keeps every step, review and reply in the past, in order', () => {
    for (const event of history.events) expect(event.createdAt!.getTime()).toBeLessThan(NOW.getTime())
    for (const review of history.reviews) {
      expect(review.createdAt!.getTime()).toBeLessThan(NOW.getTime())
      if (review.repliedAt) expect(review.repliedAt.getTime()).toBeGreaterThanOrEqual(review.createdAt!.getTime())
    }
  })
})

describe('sampleRating', () => {
  it('moves with the target rating', () => {
    const mean = (target: number) => {
      const rng = createRng(7)
      const draws = Array.from({ length: 4000 }, () => sampleRating(rng, target))
      return draws.reduce((sum, r) => sum + r, 0) / draws.length
    }
    expect(mean(3.6)).toBeLessThan(mean(4.3))
    expect(mean(4.3)).toBeLessThan(mean(4.95))
    expect(mean(4.3)).toBeGreaterThan(4)
  })
})

describe('writeReview', () => {
  it('uses the product’s own words and the rating’s tone', () => {
    const rng = createRng(11)
    const bodies = Array.from({ length: 40 }, () =>
      writeReview(rng, { rating: 1, productTitle: 'Hand-painted Blue Pottery Vase', categoryPath: 'handicrafts/pottery', storeName: 'Jaipur Blue Pottery Co.' }),
    )
    expect(bodies.every((r) => r.body.length > 0)).toBe(true)
    expect(bodies.some((r) => /chip|glaze|smaller/.test(r.body))).toBe(true)
    expect(bodies.some((r) => /excellent|loved/i.test(`${r.title} ${r.body}`))).toBe(false)
  })
})
