import { describe, expect, it } from 'vitest'
import { COD_LIMIT_PAISE, codVerdict, withinCodLimit } from './cod'

describe('cash on delivery', () => {
  const ok = { laneAllowsCod: true, storeCodEnabled: true, orderPaise: 1_999_00 }

  it('is available only when the lane, the store and the order value all allow it', () => {
    expect(codVerdict(ok)).toEqual({ available: true })
    expect(codVerdict({ ...ok, laneAllowsCod: false })).toMatchObject({ available: false, reason: expect.stringContaining('PIN code') })
    expect(codVerdict({ ...ok, storeCodEnabled: false })).toMatchObject({ available: false, reason: expect.stringContaining('seller') })
    expect(codVerdict({ ...ok, orderPaise: COD_LIMIT_PAISE + 1 })).toMatchObject({ available: false, reason: expect.stringContaining('₹50,000') })
  })

  it('allows orders up to and including ₹50,000', () => {
    expect(COD_LIMIT_PAISE).toBe(5_000_000)
    expect(withinCodLimit(COD_LIMIT_PAISE)).toBe(true)
    expect(withinCodLimit(COD_LIMIT_PAISE + 1)).toBe(false)
    expect(withinCodLimit(-1)).toBe(false)
    expect(withinCodLimit(10.5)).toBe(false)
  })
})
