import { describe, expect, it } from 'vitest'
import { deliveryByLabel } from './delivery'
import { showClock, showStartLabel } from './show-times'

// Thursday 20 Nov 2025, 23:30 IST (18:00 UTC).
const lateThursday = new Date('2025-11-20T18:00:00Z')

describe('deliveryByLabel', () => {
  it('counts calendar days in India, not UTC', () => {
    expect(deliveryByLabel(lateThursday, 5)).toBe('Tue, 25 Nov')
    expect(deliveryByLabel(new Date('2025-11-20T19:00:00Z'), 5)).toBe('Wed, 26 Nov')
  })

  it('promises at least the next day', () => {
    expect(deliveryByLabel(lateThursday, 0)).toBe('Fri, 21 Nov')
  })
})

describe('showStartLabel', () => {
  it('says today, tomorrow, a weekday, or a date', () => {
    expect(showStartLabel(new Date('2025-11-20T18:15:00Z'), new Date('2025-11-20T10:00:00Z'))).toBe('Starts today 11:45 pm')
    expect(showStartLabel(new Date('2025-11-21T13:30:00Z'), lateThursday)).toBe('Starts tomorrow 7 pm')
    expect(showStartLabel(new Date('2025-11-25T05:30:00Z'), lateThursday)).toBe('Starts Tue 11 am')
    expect(showStartLabel(new Date('2025-11-28T13:30:00Z'), lateThursday)).toBe('Starts 28 Nov, 7 pm')
  })

  it('writes the clock without ":00"', () => {
    expect(showClock(new Date('2025-11-21T13:30:00Z'))).toBe('7 pm')
    expect(showClock(new Date('2025-11-21T14:00:00Z'))).toBe('7:30 pm')
  })
})
