import { describe, expect, it } from 'vitest'
import { planSeed } from './plan'

describe('seeded show replays', () => {
  const plan = planSeed(new Date('2026-03-01T06:00:00Z'))
  const ended = plan.shows.filter((s) => s.status === 'ended')

  it('gives every ended show spotlight chapters for its run list, a flash sale and a poll', () => {
    expect(ended.length).toBeGreaterThan(0)
    for (const show of ended) {
      const events = plan.showReplays.showEvents.filter((e) => e.showId === show.id)
      const runList = plan.showProducts.filter((r) => r.showId === show.id).sort((a, b) => a.position - b.position)
      const spotlights = events.filter((e) => e.type === 'spotlight').sort((a, b) => a.mediaOffsetMs - b.mediaOffsetMs)
      expect(spotlights.map((e) => e.productId)).toEqual(runList.map((r) => r.productId))
      expect(events.map((e) => e.type)).toEqual(expect.arrayContaining(['flash_sale', 'poll']))
    }
    expect(plan.showReplays.showEvents.every((e) => ended.some((s) => s.id === e.showId))).toBe(true)
  })

  it('times every chat message inside its show, written by shoppers or the host', () => {
    const authors = new Set([...plan.history.users.map((u) => u.id), ...ended.map((s) => s.hostId)])
    for (const show of ended) {
      const chat = plan.showReplays.chatMessages.filter((m) => m.showId === show.id)
      const duration = show.endedAt!.getTime() - show.startedAt!.getTime()
      expect(chat.length).toBeGreaterThan(30)
      for (const m of chat) {
        expect(m.mediaOffsetMs).toBeGreaterThanOrEqual(0)
        expect(m.mediaOffsetMs!).toBeLessThanOrEqual(duration)
        expect(m.createdAt!.getTime()).toBe(show.startedAt!.getTime() + m.mediaOffsetMs!)
        if (m.userId) expect(authors.has(m.userId)).toBe(true)
      }
    }
  })
})
