import { describe, expect, it } from 'vitest'
import { showStart } from './schedule'

const ist = (date: Date) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Kolkata', dateStyle: 'short', timeStyle: 'short' }).format(date)

describe('showStart', () => {
  it('starts "soon" shows two hours ahead, rounded up to a quarter hour', () => {
    const now = new Date('2025-10-20T09:37:12Z') // 15:07 IST
    const start = showStart(now, { soon: true })
    expect(start.toISOString()).toBe('2025-10-20T11:45:00.000Z')
    expect(ist(start)).toBe('20/10/2025, 17:15')
    expect(showStart(new Date('2025-10-20T09:30:00Z'), { soon: true }).toISOString()).toBe('2025-10-20T11:30:00.000Z')
  })

  it('places slots at India wall-clock times on India calendar days', () => {
    const now = new Date('2025-10-20T09:37:12Z') // Mon 20 Oct, 15:07 IST
    expect(ist(showStart(now, { day: 1, ist: '19:00' }))).toBe('21/10/2025, 19:00')
    expect(ist(showStart(now, { day: 2, ist: '11:00' }))).toBe('22/10/2025, 11:00')
    expect(ist(showStart(now, { day: -3, ist: '20:30' }))).toBe('17/10/2025, 20:30')
  })

  it('counts days from the India date even when the UTC date differs', () => {
    const now = new Date('2025-10-20T20:00:00Z') // already 21 Oct, 01:30 IST
    expect(ist(showStart(now, { day: 1, ist: '19:00' }))).toBe('22/10/2025, 19:00')
    expect(ist(showStart(now, { day: 0, ist: '11:00' }))).toBe('21/10/2025, 11:00')
  })
})
