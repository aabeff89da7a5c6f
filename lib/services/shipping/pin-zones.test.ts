import { describe, expect, it } from 'vitest'
import { checkPin, freightPaise, zoneOf, type PinInfo } from './pin-zones'
import { codChargePaise, quoteServiceability, SIMULATED_COURIER } from './simulated'

function info(pin: string): PinInfo {
  const check = checkPin(pin)
  if (!check.ok) throw new Error(check.reason)
  return check.info
}

describe('PIN codes', () => {
  it('reads region, circle and sorting district from the digits', () => {
    expect(info('411 038')).toMatchObject({ pin: '411038', region: 4, circle: '41', district: '411', area: 'Maharashtra and Goa', metro: true, special: false, codBlocked: false })
    expect(info('226001')).toMatchObject({ region: 2, area: 'Uttar Pradesh and Uttarakhand', metro: false })
  })

  it('refuses malformed, Army Postal Service and unallocated PIN codes with a reason', () => {
    expect(checkPin('41100')).toEqual({ ok: false, reason: '“41100” is not a PIN code: PIN codes have 6 digits.' })
    expect(checkPin('011001')).toMatchObject({ ok: false, reason: expect.stringContaining('never start with 0') })
    expect(checkPin('999001')).toEqual({ ok: false, reason: "999001 is an Army Postal Service PIN code; couriers can't deliver there." })
    for (const pin of ['100001', '290001', '350001', '540001', '650001', '880001'])
      expect(checkPin(pin)).toEqual({ ok: false, reason: `There is no PIN code ${pin}.` })
  })

  it('marks the special zones and the places without COD', () => {
    for (const pin of ['190001', '194101', '781001', '799001', '744101', '682555']) expect(info(pin).special).toBe(true)
    for (const pin of ['744101', '194101', '791111', '682555']) expect(info(pin).codBlocked).toBe(true)
    for (const pin of ['781001', '190001', '110001']) expect(info(pin).codBlocked).toBe(false)
  })
})

describe('zones', () => {
  const zone = (from: string, to: string) => zoneOf(info(from), info(to))

  it('puts a lane in A–E by district, special areas, region and metros, in that order', () => {
    expect(zone('411001', '411038')).toBe('A')
    expect(zone('781001', '781005')).toBe('A')
    expect(zone('411001', '440001')).toBe('B')
    expect(zone('110001', '180001')).toBe('E')
    expect(zone('700001', '744101')).toBe('E')
    expect(zone('400001', '560001')).toBe('C')
    expect(zone('400001', '226001')).toBe('D')
    expect(zone('226001', '411001')).toBe(zone('411001', '226001'))
  })

  it('prices by 500 g slab, part slabs rounded up', () => {
    expect(freightPaise('A', 1)).toBe(32_00)
    expect(freightPaise('A', 500)).toBe(32_00)
    expect(freightPaise('A', 501)).toBe(60_00)
    expect(freightPaise('D', 2000)).toBe(56_00 + 3 * 52_00)
  })
})

describe('simulated courier', () => {
  const request = { pickupPin: '411001', deliveryPin: '226001', weightGrams: 900, cod: false, declaredValuePaise: 2_000_00 }

  it('quotes zone D from Pune to Lucknow', () => {
    expect(quoteServiceability(request)).toEqual({ serviceable: true, codAvailable: true, etaDays: { min: 4, max: 7 }, courier: SIMULATED_COURIER, ratePaise: 108_00 })
  })

  it('adds ₹35 or 1.75% for COD, in whole rupees', () => {
    expect(codChargePaise(0)).toBe(35_00)
    expect(codChargePaise(2_000_00)).toBe(35_00)
    expect(codChargePaise(10_000_00)).toBe(175_00)
    expect(codChargePaise(10_001_00)).toBe(176_00)
    expect(quoteServiceability({ ...request, cod: true })).toMatchObject({ codAvailable: true, ratePaise: 108_00 + 35_00 })
  })

  it('allows COD up to ₹50,000 inclusive', () => {
    expect(quoteServiceability({ ...request, cod: true, declaredValuePaise: 50_000_00 })).toMatchObject({ codAvailable: true })
    expect(quoteServiceability({ ...request, cod: true, declaredValuePaise: 50_000_01 })).toMatchObject({ codAvailable: false, ratePaise: 108_00 })
  })

  it('takes parcels up to 50 kg', () => {
    expect(quoteServiceability({ ...request, weightGrams: 50_000 }).serviceable).toBe(true)
    expect(quoteServiceability({ ...request, weightGrams: 50_001 })).toEqual({ serviceable: false, reason: 'Parcels over 50 kg are too heavy for courier delivery.' })
  })

  it('names the seller when the pickup PIN is the problem', () => {
    expect(quoteServiceability({ ...request, pickupPin: '999001' })).toEqual({
      serviceable: false,
      reason: "The seller's pickup PIN code is not usable: 999001 is an Army Postal Service PIN code; couriers can't deliver there.",
    })
  })
})
