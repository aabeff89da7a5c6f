import type { EtaDays } from './types'

/**
 * The parts of Shiprocket's `GET /courier/serviceability/` answer this driver reads. Shiprocket
 * sends numbers as strings in places and adds fields freely, so every field is checked here
 * rather than trusted.
 */
export type ShiprocketCourier = {
  courier_company_id: number
  courier_name: string
  /** Rupees: freight, plus the COD charge when the query said cod=1. */
  rate: number | string
  /** 1 when this courier collects cash on delivery on this lane. */
  cod: number
  /** Whole days as a string: "4", or a range "3 - 4". */
  estimated_delivery_days?: string | number | null
  etd_hours?: number | null
  /** 1 when the seller has blocked this courier in their Shiprocket settings. */
  blocked?: number
}

export type ShiprocketServiceabilityBody = {
  /** Shiprocket repeats the HTTP status here, and sends 404 when no courier serves the lane. */
  status?: number
  message?: string
  data?: {
    available_courier_companies?: unknown[]
    recommended_courier_company_id?: number | null
  }
}

export type CourierOption = { id: number; courier: string; ratePaise: number; cod: boolean; etaDays: EtaDays }

export function rupeesToPaise(value: unknown): number | null {
  const rupees = typeof value === 'string' ? Number(value.trim()) : value
  if (typeof rupees !== 'number' || !Number.isFinite(rupees) || rupees <= 0) return null
  return Math.round(rupees * 100)
}

/** "4" → 4–4, "3 - 4" → 3–4; otherwise whole days from `etd_hours`; null when neither is usable. */
export function parseEtaDays(days: unknown, etdHours: unknown): EtaDays | null {
  const match = /^\s*(\d+)\s*(?:-\s*(\d+)\s*)?$/.exec(typeof days === 'number' ? String(days) : typeof days === 'string' ? days : '')
  if (match) {
    // Same-day lanes say 0; the product page promises whole days, so a day it is.
    const min = Math.max(1, Number(match[1]))
    const max = Math.max(min, Number(match[2] ?? match[1]))
    return { min, max }
  }
  if (typeof etdHours === 'number' && Number.isFinite(etdHours) && etdHours > 0) {
    const day = Math.ceil(etdHours / 24)
    return { min: day, max: day }
  }
  return null
}

export function toCourierOption(raw: unknown): CourierOption | null {
  if (typeof raw !== 'object' || raw === null) return null
  const c = raw as Partial<Record<keyof ShiprocketCourier, unknown>>
  if (Number(c.blocked) === 1) return null
  const id = Number(c.courier_company_id)
  const ratePaise = rupeesToPaise(c.rate)
  const etaDays = parseEtaDays(c.estimated_delivery_days, c.etd_hours)
  if (!Number.isInteger(id) || typeof c.courier_name !== 'string' || !c.courier_name || ratePaise === null || !etaDays)
    return null
  return { id, courier: c.courier_name.trim(), ratePaise, cod: Number(c.cod) === 1, etaDays }
}

/**
 * Shiprocket's recommendation when it is usable (not blocked; takes COD when COD is wanted),
 * otherwise the cheapest, then the fastest. `codAvailable` is whether any usable courier takes COD.
 */
export function chooseCourier(
  body: ShiprocketServiceabilityBody,
  options: { codRequired: boolean },
): { chosen: CourierOption | null; codAvailable: boolean } {
  const list = body.data?.available_courier_companies
  const usable = (Array.isArray(list) ? list : []).map(toCourierOption).filter((c): c is CourierOption => c !== null)
  const eligible = options.codRequired ? usable.filter((c) => c.cod) : usable
  const recommendedId = Number(body.data?.recommended_courier_company_id)
  const recommended = eligible.find((c) => c.id === recommendedId)
  const best = [...eligible].sort(
    (a, b) => a.ratePaise - b.ratePaise || a.etaDays.max - b.etaDays.max || a.etaDays.min - b.etaDays.min,
  )[0]
  return { chosen: recommended ?? best ?? null, codAvailable: usable.some((c) => c.cod) }
}

/** A 422 that only complains about postcodes means Shiprocket does not know the PIN: not serviceable. */
export function isPostcodeRejection(body: unknown): boolean {
  const errors = typeof body === 'object' && body !== null ? (body as { errors?: unknown }).errors : undefined
  if (typeof errors !== 'object' || errors === null) return false
  const fields = Object.keys(errors)
  return fields.length > 0 && fields.every((field) => field.endsWith('postcode'))
}
