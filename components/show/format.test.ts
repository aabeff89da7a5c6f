import { describe, expect, it } from 'vitest'
import { formatDuration, formatOffset, formatShowTime } from './format'

describe('show formats', () => {
  it('shows start times in IST whatever the server zone', () => {
    expect(formatShowTime('2026-01-15T13:30:00.000Z')).toMatch(/7:00\s?pm IST$/i)
  })
  it('formats media offsets like a video player', () => {
    expect(formatOffset(0)).toBe('0:00')
    expect(formatOffset(754_000)).toBe('12:34')
    expect(formatOffset(3_723_000)).toBe('1:02:03')
  })
  it('formats durations for reports', () => {
    expect(formatDuration(5_400_000)).toBe('1 h 30 min')
    expect(formatDuration(95_000)).toBe('1 min 35 s')
    expect(formatDuration(42_000)).toBe('42 s')
  })
})
