import { describe, expect, it } from 'vitest'
import { firstName, toChatMessage, toPollState, toSpotlightProduct } from './shape'

const show = { hostId: 'host', coHostId: null, storeName: 'Banarasi Weaves' }
const row = { id: 'm1', userId: 'u1', userName: 'Priya Sharma', memberRole: null, body: 'Hi', kind: 'message' as const, createdAt: new Date('2026-01-01T10:00:00Z'), mediaOffsetMs: 5000, answeredAt: null }

describe('live shapes', () => {
  it('names viewers by first name and the host by the store', () => {
    expect(toChatMessage(row, show)).toMatchObject({ name: 'Priya', role: 'viewer', createdAt: '2026-01-01T10:00:00.000Z', mediaOffsetMs: 5000 })
    expect(toChatMessage({ ...row, userId: 'host' }, show)).toMatchObject({ name: 'Banarasi Weaves', role: 'host' })
    expect(toChatMessage({ ...row, memberRole: 'moderator' }, show)).toMatchObject({ name: 'Priya', role: 'moderator' })
    expect(firstName(null)).toBe('Guest')
    expect(firstName('  ')).toBe('Guest')
  })

  it('prices a spotlight at the live price, striking through the usual price', () => {
    const p = { productId: 'p', slug: 's', title: 't', imageUrl: null, pricePaise: 100000, compareAtPaise: null, livePricePaise: 85000, stock: 3, hasVariants: false }
    expect(toSpotlightProduct(p)).toMatchObject({ pricePaise: 85000, mrpPaise: 100000 })
    expect(toSpotlightProduct({ ...p, livePricePaise: null, compareAtPaise: 120000 })).toMatchObject({ pricePaise: 100000, mrpPaise: 120000 })
    // A live price left above a lowered list price is no offer: the list price wins.
    expect(toSpotlightProduct({ ...p, livePricePaise: 110000 })).toMatchObject({ pricePaise: 100000, mrpPaise: null })
  })

  it('counts poll votes per option and closes at the end time', () => {
    const poll = { id: 'p', question: 'Which colour?', options: ['Red', 'Blue', 'Green'], endsAt: new Date('2026-01-01T10:01:00Z'), closedAt: null, votes: [{ optionIndex: 2, n: 4 }, { optionIndex: 0, n: 1 }] }
    expect(toPollState(poll, new Date('2026-01-01T10:00:00Z'))).toMatchObject({ counts: [1, 0, 4], total: 5, closed: false })
    expect(toPollState(poll, new Date('2026-01-01T10:01:00Z')).closed).toBe(true)
  })
})
