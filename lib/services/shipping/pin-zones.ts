import type { EtaDays } from './types'

/**
 * India's PIN codes, as far as a courier cares. A PIN is six digits: the first is the postal
 * region (1–8 for civilian mail; 9 is the Army Postal Service), the first two the postal circle
 * (roughly a state), the first three the sorting district (a city and its hinterland).
 *
 * Indian couriers price and promise by zone, worked out from the two ends of the lane. This model
 * follows their usual A–E scheme, in the order the rules are applied:
 *   A  same sorting district (within a city)                                       1–2 days
 *   E  special: either end in the north-east (78, 79), Jammu & Kashmir and Ladakh
 *      (18, 19), Andaman & Nicobar (744) or Lakshadweep (68255x)                    6–10 days
 *   B  same postal region                                                           2–4 days
 *   C  metro to metro across regions (the eight metros' main districts)             3–5 days
 *   D  rest of India                                                                4–7 days
 * The prices are a plausible surface rate card (₹, GST included, per 500 g slab), not any real
 * courier's. The simulated courier and the Shiprocket fake in tests both answer from this table.
 */

export type Zone = 'A' | 'B' | 'C' | 'D' | 'E'

export type ZoneTerms = {
  label: string
  eta: EtaDays
  /** Rupees for the first 500 g slab and for each further 500 g (or part of it). */
  firstSlabRupees: number
  extraSlabRupees: number
}

export const ZONES: Readonly<Record<Zone, ZoneTerms>> = {
  A: { label: 'within the city', eta: { min: 1, max: 2 }, firstSlabRupees: 32, extraSlabRupees: 28 },
  B: { label: 'within the region', eta: { min: 2, max: 4 }, firstSlabRupees: 40, extraSlabRupees: 36 },
  C: { label: 'metro to metro', eta: { min: 3, max: 5 }, firstSlabRupees: 48, extraSlabRupees: 44 },
  D: { label: 'rest of India', eta: { min: 4, max: 7 }, firstSlabRupees: 56, extraSlabRupees: 52 },
  E: { label: 'special zone', eta: { min: 6, max: 10 }, firstSlabRupees: 78, extraSlabRupees: 72 },
}

export type PinInfo = {
  pin: string
  /** Postal region, 1–8. */
  region: number
  /** First two digits: the postal circle. */
  circle: string
  /** First three digits: the sorting district. */
  district: string
  /** The states or territories the circle covers, for messages. */
  area: string
  metro: boolean
  special: boolean
  /** Couriers take no cash on delivery here (a made-up list in the spirit of real restrictions). */
  codBlocked: boolean
}

export type PinCheck = { ok: true; info: PinInfo } | { ok: false; reason: string }

// Two-digit circles India Post has allocated; 10, 29, 35, 54–55, 65–66 and 86–89 are unused.
const CIRCLES: ReadonlyArray<readonly [from: number, to: number, area: string]> = [
  [11, 11, 'Delhi'],
  [12, 13, 'Haryana'],
  [14, 16, 'Punjab and Chandigarh'],
  [17, 17, 'Himachal Pradesh'],
  [18, 19, 'Jammu & Kashmir and Ladakh'],
  [20, 28, 'Uttar Pradesh and Uttarakhand'],
  [30, 34, 'Rajasthan'],
  [36, 39, 'Gujarat'],
  [40, 44, 'Maharashtra and Goa'],
  [45, 48, 'Madhya Pradesh'],
  [49, 49, 'Chhattisgarh'],
  [50, 53, 'Telangana and Andhra Pradesh'],
  [56, 59, 'Karnataka'],
  [60, 64, 'Tamil Nadu and Puducherry'],
  [67, 69, 'Kerala and Lakshadweep'],
  [70, 74, 'West Bengal, Sikkim and Andaman & Nicobar'],
  [75, 77, 'Odisha'],
  [78, 78, 'Assam'],
  [79, 79, 'the north-eastern states'],
  [80, 85, 'Bihar and Jharkhand'],
]

// Delhi, Mumbai, Bengaluru, Chennai, Kolkata, Hyderabad, Pune, Ahmedabad.
const METRO_DISTRICTS = new Set(['110', '400', '560', '600', '700', '500', '411', '380'])
const SPECIAL_CIRCLES = new Set(['18', '19', '78', '79'])
const SPECIAL_PREFIXES = ['744', '68255']
// Andaman & Nicobar, Ladakh, Arunachal Pradesh, Lakshadweep.
const COD_BLOCKED_PREFIXES = ['744', '194', '790', '791', '792', '68255']

/** Spaces are dropped ("411 001" is how many people write it); anything else must be six digits. */
export function normalisePin(raw: string): string {
  return raw.replace(/\s+/g, '')
}

/** The shape alone: six digits, not starting with 0. Says nothing of whether the PIN exists. */
export function checkPinFormat(raw: string): { ok: true; pin: string } | { ok: false; reason: string } {
  const pin = normalisePin(raw)
  if (!/^\d{6}$/.test(pin)) return { ok: false, reason: `“${raw.trim()}” is not a PIN code: PIN codes have 6 digits.` }
  if (pin.startsWith('0')) return { ok: false, reason: `“${pin}” is not a PIN code: PIN codes never start with 0.` }
  return { ok: true, pin }
}

/** Format, then the model: the Army Postal Service and unallocated circles are not deliverable. */
export function checkPin(raw: string): PinCheck {
  const format = checkPinFormat(raw)
  if (!format.ok) return format
  const pin = format.pin
  if (pin.startsWith('9'))
    return { ok: false, reason: `${pin} is an Army Postal Service PIN code; couriers can't deliver there.` }
  const circleNumber = Number(pin.slice(0, 2))
  const circle = CIRCLES.find(([from, to]) => circleNumber >= from && circleNumber <= to)
  if (!circle) return { ok: false, reason: `There is no PIN code ${pin}.` }
  const district = pin.slice(0, 3)
  return {
    ok: true,
    info: {
      pin,
      region: Number(pin[0]),
      circle: pin.slice(0, 2),
      district,
      area: circle[2],
      metro: METRO_DISTRICTS.has(district),
      special: SPECIAL_CIRCLES.has(pin.slice(0, 2)) || SPECIAL_PREFIXES.some((p) => pin.startsWith(p)),
      codBlocked: COD_BLOCKED_PREFIXES.some((p) => pin.startsWith(p)),
    },
  }
}

export function zoneOf(from: PinInfo, to: PinInfo): Zone {
  if (from.district === to.district) return 'A'
  if (from.special || to.special) return 'E'
  if (from.region === to.region) return 'B'
  if (from.metro && to.metro) return 'C'
  return 'D'
}

export const SLAB_GRAMS = 500

export function freightPaise(zone: Zone, weightGrams: number): number {
  const terms = ZONES[zone]
  const slabs = Math.max(1, Math.ceil(weightGrams / SLAB_GRAMS))
  return (terms.firstSlabRupees + (slabs - 1) * terms.extraSlabRupees) * 100
}
