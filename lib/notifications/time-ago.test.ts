import { describe, expect, it } from 'vitest'
import { timeAgo } from './time-ago'

const now = new Date('2025-03-15T12:00:00+05:30')
const ago = (ms: number) => new Date(now.getTime() - ms)

describe('timeAgo', () => {
  it('counts minutes, hours and days for the last week', () => {
    expect(timeAgo(ago(20_000), now)).toBe('just now')
    expect(timeAgo(ago(5 * 60_000), now)).toBe('5 minutes ago')
    expect(timeAgo(ago(3 * 3_600_000 + 59 * 60_000), now)).toBe('3 hours ago')
    expect(timeAgo(ago(30 * 3_600_000), now)).toBe('yesterday')
    expect(timeAgo(ago(4 * 86_400_000), now)).toBe('4 days ago')
  })

  it('shows the date in IST after a week, with the year only when it differs', () => {
    expect(timeAgo(new Date('2025-03-01T20:00:00Z'), now)).toBe('2 Mar')
    expect(timeAgo(new Date('2024-12-31T10:00:00+05:30'), now)).toBe('31 Dec 2024')
  })

  it('treats a clock running slightly ahead as now', () => {
    expect(timeAgo(new Date(now.getTime() + 5_000), now)).toBe('just now')
  })
})
