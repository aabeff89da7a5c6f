import { describe, expect, it } from 'vitest'
import { bpsToPercentInput, coHostInviteSchema, parseSharePercent } from './cohost'

describe('co-host share', () => {
  it('reads percent as typed into basis points, up to half the earnings', () => {
    expect(parseSharePercent('12.5')).toBe(1250)
    expect(parseSharePercent(' 50 ')).toBe(5000)
    expect(parseSharePercent('')).toBe(0)
    expect(parseSharePercent(undefined)).toBe(0)
    expect(parseSharePercent(0.25)).toBe(25)
    for (const bad of ['50.01', '-1', '1.234', 'ten', '1e1']) expect(parseSharePercent(bad)).toBeNull()
  })

  it('shows basis points back as the percent typed', () => {
    expect(bpsToPercentInput(1250)).toBe('12.5')
    expect(bpsToPercentInput(0)).toBe('')
    expect(bpsToPercentInput(null)).toBe('')
  })

  it('puts a bad share and a bad email on their fields', () => {
    const ids = { storeId: crypto.randomUUID(), showId: crypto.randomUUID() }
    const result = coHostInviteSchema.safeParse({ ...ids, email: 'priya', sharePercent: '60' })
    expect(result.success).toBe(false)
    expect(result.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(['email', 'sharePercent'])
    expect(coHostInviteSchema.parse({ ...ids, email: ' Priya@Example.IN ', sharePercent: '7' })).toMatchObject({ email: 'priya@example.in', sharePercent: 700 })
  })
})
