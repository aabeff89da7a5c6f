import { describe, expect, it } from 'vitest'
import type { SpotlightProduct } from '@/lib/live/events'
import { MAX_FLOATING, roomReducer, type RoomState } from './room-state'

const base: RoomState = { status: 'live', spotlight: null, stock: {}, poll: null, viewers: null, ticker: [], floating: [] }
const product: SpotlightProduct = { productId: 'p', slug: 'p', title: 'Saree', imageUrl: null, pricePaise: 100, mrpPaise: null, stock: 5, hasVariants: false }

describe('roomReducer', () => {
  it('counts stock down on the spotlight card and the rail together', () => {
    let s = roomReducer(base, { type: 'spotlight', product })
    s = roomReducer(s, { type: 'stock', productId: 'p', stock: 3 })
    expect(s.spotlight?.stock).toBe(3)
    expect(s.stock.p).toBe(3)
    s = roomReducer(s, { type: 'stock', productId: 'other', stock: 1 })
    expect(s.spotlight?.stock).toBe(3)
  })

  it('keeps the last three purchases in the ticker', () => {
    let s = base
    for (let id = 1; id <= 5; id++) s = roomReducer(s, { type: 'bought', item: { id, firstName: 'A', city: 'Pune', productTitle: 'x', productId: 'p' } })
    expect(s.ticker.map((t) => t.id)).toEqual([3, 4, 5])
    expect(roomReducer(s, { type: 'ticker-expire', id: 4 }).ticker.map((t) => t.id)).toEqual([3, 5])
  })

  it('floats a bounded number of reactions and removes each when its animation ends', () => {
    let s = roomReducer(base, { type: 'reactions', counts: { heart: 100, fire: 2 }, firstId: 1 })
    expect(s.floating.length).toBeLessThanOrEqual(MAX_FLOATING)
    expect(s.floating.filter((f) => f.kind === 'fire')).toHaveLength(2)
    s = roomReducer(s, { type: 'reaction-done', id: s.floating[0]!.id })
    expect(s.floating).toHaveLength(7)
  })

  it('does not let a stale result replace a newer open poll', () => {
    const newer = { id: 'b', question: '?', options: ['x', 'y'], counts: [0, 0], total: 0, endsAt: '2026-11-22T10:05:00Z', closed: false }
    const older = { ...newer, id: 'a', endsAt: '2026-11-22T10:01:00Z', closed: true }
    const s = roomReducer(roomReducer(base, { type: 'poll', poll: newer }), { type: 'poll', poll: older })
    expect(s.poll?.id).toBe('b')
  })
})
