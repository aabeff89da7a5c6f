import type { EtaDays, ShipmentStatus } from './types'

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

/**
 * Shiprocket's shipment statuses, by label, folded to upper case with `_`/`-` as spaces. Labels
 * come from the tracking API's `sr-status-label`, the webhook's `shipment_status`/`current_status`
 * and courier activity; Shiprocket documents more than a parcel's journey needs, so several map
 * to one of ours. A label not listed here is not guessed at.
 */
const STATUS_BY_LABEL: Readonly<Record<ShipmentStatus, readonly string[]>> = {
  created: ['NEW', 'AWB ASSIGNED', 'LABEL GENERATED', 'SHIPMENT BOOKED', 'READY TO SHIP', 'INVOICED', 'RETURN PENDING'],
  pickup_scheduled: [
    'PICKUP SCHEDULED', 'PICKUP GENERATED', 'PICKUP QUEUED', 'PICKUP QUEUE', 'PICKUP BOOKED', 'PICKUP RESCHEDULED',
    'OUT FOR PICKUP', 'PICKUP EXCEPTION', 'PICKUP ERROR', 'MANIFEST GENERATED', 'RETURN INITIATED',
    'RETURN PICKUP QUEUED', 'RETURN PICKUP GENERATED', 'RETURN PICKUP SCHEDULED', 'RETURN PICKUP RESCHEDULED',
    'RETURN OUT FOR PICKUP', 'RETURN PICKUP EXCEPTION', 'RETURN PICKUP ERROR',
  ],
  picked_up: ['PICKED UP', 'SHIPPED', 'HANDOVER TO COURIER', 'PICKUP DONE', 'PICKUP COMPLETE', 'RETURN PICKED UP'],
  in_transit: [
    'IN TRANSIT', 'REACHED AT DESTINATION HUB', 'REACHED DESTINATION HUB', 'REACHED AT DESTINATION', 'MISROUTED',
    'DELAYED', 'DELIVERY DELAYED', 'UNDELIVERED', 'IN FLIGHT', 'REACHED WAREHOUSE', 'CUSTOM CLEARED',
    'IN TRANSIT OVERSEAS', 'CONNECTION ALIGNED', 'REACHED OVERSEAS WAREHOUSE', 'CUSTOM CLEARED OVERSEAS',
    'UNTRACEABLE', 'ISSUE RELATED TO THE RECIPIENT', 'RETURN IN TRANSIT', 'RETURN UNDELIVERED',
  ],
  out_for_delivery: ['OUT FOR DELIVERY', 'RETURN OUT FOR DELIVERY'],
  delivered: ['DELIVERED', 'PARTIAL DELIVERED', 'PARTIALLY DELIVERED', 'FULFILLED', 'SELF FULFILLED', 'RETURN DELIVERED'],
  cancelled: [
    'CANCELED', 'CANCELLED', 'CANCELED BEFORE DISPATCHED', 'CANCELLED BEFORE DISPATCHED', 'RETURN CANCELLED',
    'RETURN CANCELED', 'RETURN PICKUP CANCELLED',
  ],
  rto_initiated: [
    'RTO INITIATED', 'RTO ACKNOWLEDGED', 'RTO IN TRANSIT', 'RTO IN INTRANSIT', 'RTO OFD', 'RTO OUT FOR DELIVERY',
    'RTO NDR', 'RTO UNDELIVERED', 'RTO LOCK', 'REACHED BACK AT SELLER CITY',
  ],
  rto_delivered: ['RTO DELIVERED'],
  lost: ['LOST', 'DAMAGED', 'DESTROYED', 'DISPOSED OFF', 'DISPOSED OF'],
}

const LABEL_INDEX = new Map<string, ShipmentStatus>(
  Object.entries(STATUS_BY_LABEL).flatMap(([status, labels]) => labels.map((l) => [l, status as ShipmentStatus] as const)),
)

/**
 * Shiprocket's numeric shipment status codes (the tracking API's `shipment_status` and
 * `sr-status`, the webhook's `shipment_status_id`). The webhook's `current_status_id` counts from
 * a different table (20 is "In Transit" there, "Pickup Exception" here), so it is never read.
 */
const STATUS_BY_ID: Readonly<Record<number, ShipmentStatus>> = {
  1: 'created', 2: 'created', 3: 'pickup_scheduled', 4: 'pickup_scheduled', 5: 'pickup_scheduled',
  6: 'picked_up', 7: 'delivered', 8: 'cancelled', 9: 'rto_initiated', 10: 'rto_delivered', 12: 'lost',
  13: 'pickup_scheduled', 14: 'rto_initiated', 15: 'pickup_scheduled', 17: 'out_for_delivery', 18: 'in_transit',
  19: 'pickup_scheduled', 20: 'pickup_scheduled', 21: 'in_transit', 22: 'in_transit', 23: 'delivered', 24: 'lost',
  25: 'lost', 26: 'delivered', 27: 'pickup_scheduled', 38: 'in_transit', 39: 'in_transit', 40: 'rto_initiated',
  41: 'rto_initiated', 42: 'picked_up', 43: 'delivered', 44: 'lost', 45: 'cancelled', 46: 'rto_initiated',
  48: 'in_transit', 50: 'in_transit', 51: 'picked_up', 52: 'created', 54: 'in_transit', 75: 'rto_initiated',
  76: 'in_transit', 77: 'in_transit', 78: 'rto_initiated',
}

export function foldStatusLabel(label: string): string {
  return label.toUpperCase().replace(/[_-]+/g, ' ').replace(/\s+/g, ' ').trim()
}

/** Our status for a Shiprocket label or code; the label wins when both are known; null when neither is. */
export function shipmentStatusOf(source: { label?: unknown; id?: unknown }): ShipmentStatus | null {
  if (typeof source.label === 'string') {
    const byLabel = LABEL_INDEX.get(foldStatusLabel(source.label))
    if (byLabel) return byLabel
  }
  const id = typeof source.id === 'string' && /^\d+$/.test(source.id.trim()) ? Number(source.id) : source.id
  return typeof id === 'number' && Number.isInteger(id) ? (STATUS_BY_ID[id] ?? null) : null
}

/** The label and code Shiprocket uses for each of our statuses, for the simulated courier's payloads. */
export const SHIPROCKET_STATUS: Readonly<Record<ShipmentStatus, { id: number; label: string }>> = {
  created: { id: 52, label: 'SHIPMENT BOOKED' },
  pickup_scheduled: { id: 27, label: 'PICKUP BOOKED' },
  picked_up: { id: 42, label: 'PICKED UP' },
  in_transit: { id: 18, label: 'IN TRANSIT' },
  out_for_delivery: { id: 17, label: 'OUT FOR DELIVERY' },
  delivered: { id: 7, label: 'DELIVERED' },
  cancelled: { id: 8, label: 'CANCELED' },
  rto_initiated: { id: 9, label: 'RTO INITIATED' },
  rto_delivered: { id: 10, label: 'RTO DELIVERED' },
  lost: { id: 12, label: 'LOST' },
}
