import { describe, expect, it } from 'vitest'
import type { ChatMessage, PollState } from '@/lib/live/events'
import { consoleReducer, elapsedSince, maskSecret, MAX_ORDERS, pollIsOpen, pollShares, splitQuestions, type ConsoleOrder, type ConsoleState } from './console-state'

const base: ConsoleState = {
  status: 'scheduled',
  startedAt: null,
  stats: { orders: 0, revenuePaise: 0, viewers: { concurrent: 0, peak: 0, unique: 0 } },
  stock: {},
  spotlightId: null,
  poll: null,
  questions: [],
  orders: [],
  reports: [],
}

const question = (id: string, createdAt: string, answeredAt: string | null = null): ChatMessage => ({
  id,
  userId: 'u',
  name: 'Asha',
  role: 'viewer',
  body: `Question ${id}?`,
  kind: 'question',
  createdAt,
  mediaOffsetMs: 0,
  answeredAt,
})

const order = (orderId: string, at: string): ConsoleOrder => ({ orderId, productTitle: 'Silk saree', buyerFirstName: 'Asha', city: 'Pune', totalPaise: 150000, at })

const poll = (id: string, endsAt: string, closed = false): PollState => ({ id, question: 'Colour?', options: ['Red', 'Blue'], counts: [1, 3], total: 4, endsAt, closed })

describe('consoleReducer', () => {
  it('goes live with the server’s start time and never leaves ended', () => {
    let s = consoleReducer(base, { type: 'status', status: 'live', startedAt: '2026-11-22T10:00:00.000Z' })
    expect(s).toMatchObject({ status: 'live', startedAt: '2026-11-22T10:00:00.000Z' })
    // The public `status` event carries no time; the one we have stays.
    s = consoleReducer(s, { type: 'status', status: 'live' })
    expect(s.startedAt).toBe('2026-11-22T10:00:00.000Z')
    s = consoleReducer(s, { type: 'status', status: 'ended' })
    expect(consoleReducer(s, { type: 'status', status: 'live' }).status).toBe('ended')
  })

  it('lists each order once, newest first, however often its event arrives', () => {
    let s = consoleReducer(base, { type: 'order', order: order('a', '2026-11-22T10:01:00Z') })
    s = consoleReducer(s, { type: 'order', order: order('b', '2026-11-22T10:03:00Z') })
    s = consoleReducer(s, { type: 'order', order: order('a', '2026-11-22T10:01:00Z') })
    s = consoleReducer(s, { type: 'order', order: order('c', '2026-11-22T10:02:00Z') })
    expect(s.orders.map((o) => o.orderId)).toEqual(['b', 'c', 'a'])
  })

  it('keeps the feed bounded', () => {
    let s = base
    for (let i = 0; i < MAX_ORDERS + 5; i++) s = consoleReducer(s, { type: 'order', order: order(`o${i}`, new Date(Date.UTC(2026, 10, 22, 10, i)).toISOString()) })
    expect(s.orders).toHaveLength(MAX_ORDERS)
    expect(s.orders[0]!.orderId).toBe(`o${MAX_ORDERS + 4}`)
  })

  it('does not let a late stats event lower the sales figures, but follows the viewers now', () => {
    let s = consoleReducer(base, { type: 'stats', stats: { orders: 3, revenuePaise: 450000, viewers: { concurrent: 40, peak: 40, unique: 55 } } })
    s = consoleReducer(s, { type: 'stats', stats: { orders: 2, revenuePaise: 300000, viewers: { concurrent: 38, peak: 39, unique: 50 } } })
    expect(s.stats).toEqual({ orders: 3, revenuePaise: 450000, viewers: { concurrent: 38, peak: 40, unique: 55 } })
    s = consoleReducer(s, { type: 'viewers', viewers: { concurrent: 61, peak: 58, unique: 70 } })
    expect(s.stats.viewers).toEqual({ concurrent: 61, peak: 61, unique: 70 })
  })

  it('counts stock down from stock and spotlight events', () => {
    let s = consoleReducer(base, { type: 'stock', productId: 'p', stock: 4 })
    s = consoleReducer(s, { type: 'spotlight', productId: 'q', stock: 9 })
    expect(s).toMatchObject({ spotlightId: 'q', stock: { p: 4, q: 9 } })
    s = consoleReducer(s, { type: 'spotlight', productId: null })
    expect(s).toMatchObject({ spotlightId: null, stock: { p: 4, q: 9 } })
  })

  it('takes a newer poll but not a late result of an older one', () => {
    const older = poll('a', '2026-11-22T10:01:00Z', true)
    const newer = poll('b', '2026-11-22T10:05:00Z')
    let s = consoleReducer(base, { type: 'poll', poll: older })
    s = consoleReducer(s, { type: 'poll', poll: newer })
    expect(consoleReducer(s, { type: 'poll', poll: older }).poll?.id).toBe('b')
    expect(consoleReducer(s, { type: 'poll', poll: { ...newer, counts: [2, 3], total: 5 } }).poll?.total).toBe(5)
  })

  it('queues questions once, marks them answered, and drops deleted ones with their reports', () => {
    let s = consoleReducer(base, { type: 'question', question: question('q1', '2026-11-22T10:00:00Z') })
    s = consoleReducer(s, { type: 'answered', id: 'q1', at: '2026-11-22T10:02:00Z' })
    // A repeated question event must not reopen an answered question.
    s = consoleReducer(s, { type: 'question', question: question('q1', '2026-11-22T10:00:00Z') })
    expect(s.questions).toHaveLength(1)
    expect(s.questions[0]!.answeredAt).toBe('2026-11-22T10:02:00Z')

    s = consoleReducer(s, { type: 'report', report: { messageId: 'q1', body: 'x', author: 'Asha', reporter: 'Ravi', reason: 'Spam', at: '2026-11-22T10:03:00Z' } })
    s = consoleReducer(s, { type: 'report', report: { messageId: 'q1', body: 'x', author: 'Asha', reporter: 'Ravi', reason: 'Spam', at: '2026-11-22T10:03:00Z' } })
    expect(s.reports).toHaveLength(1)
    s = consoleReducer(s, { type: 'chat-deleted', id: 'q1' })
    expect(s).toMatchObject({ questions: [], reports: [] })
  })
})

describe('splitQuestions', () => {
  it('puts open questions newest first and answered ones after, most recently answered first', () => {
    const { open, answered } = splitQuestions([
      question('old', '2026-11-22T10:00:00Z'),
      question('done-early', '2026-11-22T10:01:00Z', '2026-11-22T10:02:00Z'),
      question('new', '2026-11-22T10:04:00Z'),
      question('done-late', '2026-11-22T09:59:00Z', '2026-11-22T10:05:00Z'),
    ])
    expect(open.map((q) => q.id)).toEqual(['new', 'old'])
    expect(answered.map((q) => q.id)).toEqual(['done-late', 'done-early'])
  })
})

describe('helpers', () => {
  it('treats a poll past its end as closed even without a close event', () => {
    const p = poll('a', '2026-11-22T10:01:00Z')
    expect(pollIsOpen(p, Date.parse('2026-11-22T10:00:59Z'))).toBe(true)
    expect(pollIsOpen(p, Date.parse('2026-11-22T10:01:00Z'))).toBe(false)
    expect(pollIsOpen({ ...p, closed: true }, Date.parse('2026-11-22T10:00:00Z'))).toBe(false)
    expect(pollIsOpen(null, 0)).toBe(false)
  })

  it('shares votes in whole percent, and zero when nobody voted', () => {
    expect(pollShares({ counts: [1, 2], total: 3 })).toEqual([33, 67])
    expect(pollShares({ counts: [0, 0, 0], total: 0 })).toEqual([0, 0, 0])
  })

  it('shows the time on air and hides most of the stream key', () => {
    expect(elapsedSince(null, 0)).toBeNull()
    expect(elapsedSince('2026-11-22T10:00:00Z', Date.parse('2026-11-22T11:02:03Z'))).toBe('1:02:03')
    expect(maskSecret('sk_abcdefgh1234')).toBe('••••••••1234')
    expect(maskSecret('abc')).toBe('••••••••')
  })
})
