import { randomInt } from 'node:crypto'
import { SHIPROCKET_STATUS } from './shiprocket-map'
import type { ShiprocketScan } from './shiprocket-tracking'
import type { ShipmentStatus } from './types'

/**
 * The simulated courier's journeys, as the scans a real courier would record. After pickup is
 * scheduled a parcel walks one leg a step at a time: forward (seller → buyer), return (buyer →
 * seller) or, when a forward parcel is turned back, RTO (back to the seller). Scan labels and
 * codes are Shiprocket's, so the webhook and tracking payloads read like the real thing.
 */

export type Leg = 'forward' | 'return' | 'rto'

/** Where a scan happens: the pickup city, its hub, the delivery city's hub, or the delivery city. */
export type Place = 'origin' | 'origin-hub' | 'destination-hub' | 'destination'

export type ScanTemplate = { code: string; srLabel: string; activity: string; place: Place }
export type Step = { status: ShipmentStatus; scans: readonly ScanTemplate[] }

const scan = (code: string, srLabel: string, activity: string, place: Place): ScanTemplate => ({ code, srLabel, activity, place })

export const LEGS: Readonly<Record<Leg, readonly Step[]>> = {
  forward: [
    { status: 'picked_up', scans: [scan('PUD', 'PICKED UP', 'Shipment picked up from seller', 'origin')] },
    { status: 'in_transit', scans: [scan('IT', 'IN TRANSIT', 'Shipment bagged and departed origin hub', 'origin-hub')] },
    {
      status: 'out_for_delivery',
      scans: [
        scan('RAD', 'REACHED AT DESTINATION HUB', 'Reached destination hub', 'destination-hub'),
        scan('OFD', 'OUT FOR DELIVERY', 'Out for delivery with the delivery agent', 'destination'),
      ],
    },
    { status: 'delivered', scans: [scan('DLVD', 'DELIVERED', 'Delivered to the buyer', 'destination')] },
  ],
  return: [
    { status: 'picked_up', scans: [scan('RPUD', 'RETURN PICKED UP', 'Return picked up from buyer', 'origin')] },
    { status: 'in_transit', scans: [scan('RIT', 'RETURN IN TRANSIT', 'Return departed origin hub', 'origin-hub')] },
    {
      status: 'out_for_delivery',
      scans: [
        scan('RRAD', 'RETURN IN TRANSIT', 'Return reached destination hub', 'destination-hub'),
        scan('ROFD', 'RETURN OUT FOR DELIVERY', 'Return out for delivery to seller', 'destination'),
      ],
    },
    { status: 'delivered', scans: [scan('RDLVD', 'RETURN DELIVERED', 'Return delivered to seller', 'destination')] },
  ],
  // Origin and destination stay those of the forward journey: the parcel goes back to `origin`.
  rto: [
    { status: 'rto_initiated', scans: [scan('RTO', 'RTO INITIATED', 'Return to origin initiated: buyer not reachable', 'destination-hub')] },
    { status: 'rto_initiated', scans: [scan('RTO-IT', 'RTO IN TRANSIT', 'RTO shipment departed destination hub', 'origin-hub')] },
    { status: 'rto_delivered', scans: [scan('RTO-DLVD', 'RTO DELIVERED', 'Returned to seller', 'origin')] },
  ],
}

export const PICKUP_SCHEDULED_SCAN = scan('PKS', 'PICKUP BOOKED', 'Pickup scheduled with the courier', 'origin')
export const CANCELLED_SCAN = scan('CAN', 'CANCELED', 'Shipment cancelled by the seller', 'origin')
export const LOST_SCAN = scan('LST', 'LOST', 'Shipment reported lost in transit', 'origin-hub')

/** The scans of `template`, in Shiprocket's shape, at `at` (IST text) and `location`. */
export function toShiprocketScan(template: ScanTemplate, date: string, location: string): ShiprocketScan {
  const status = SHIPROCKET_STATUS_BY_LABEL.get(template.srLabel)
  return {
    date,
    status: template.code,
    activity: template.activity,
    location,
    'sr-status': String(status ?? ''),
    'sr-status-label': template.srLabel,
  }
}

// sr-status codes for the labels above; return wording has no code of its own in Shiprocket's table.
const SHIPROCKET_STATUS_BY_LABEL = new Map<string, number>([
  ...Object.values(SHIPROCKET_STATUS).map((s) => [s.label, s.id] as const),
  ['REACHED AT DESTINATION HUB', 38],
  ['RTO IN TRANSIT', 46],
])

/** A Shiprocket-style place name: "Pune_Hub (Maharashtra)". */
export function placeName(place: Place, ends: { origin: { city: string; state: string }; destination: { city: string; state: string } }): string {
  const end = place.startsWith('origin') ? ends.origin : ends.destination
  const city = end.city.trim().replace(/\s+/g, '_')
  return place.endsWith('hub') ? `${city}_Hub (${end.state.trim()})` : `${city} (${end.state.trim()})`
}

/**
 * Which leg and step reach `to` from where a parcel is: a later step on its own leg, or — for a
 * forward parcel already with the courier — RTO or loss. null when `to` cannot be reached.
 */
export function pathTo(from: { leg: Leg; step: number; status: ShipmentStatus }, to: ShipmentStatus): { leg: Leg; step: number } | 'lost' | null {
  const inTransit = ['picked_up', 'in_transit', 'out_for_delivery', 'rto_initiated'].includes(from.status)
  if (to === 'lost') return inTransit ? 'lost' : null
  const sameLeg = LEGS[from.leg].findIndex((s, i) => i > from.step && s.status === to)
  if (sameLeg !== -1) return { leg: from.leg, step: sameLeg }
  if (from.leg === 'forward' && (to === 'rto_initiated' || to === 'rto_delivered') && inTransit) {
    return { leg: 'rto', step: LEGS.rto.findIndex((s) => s.status === to) }
  }
  return null
}

/** Shiprocket-like ids: 9-digit integers. */
export function numericId(): string {
  return String(randomInt(100_000_000, 1_000_000_000))
}

/** A 14-digit AWB whose last digit is the first thirteen mod 7, as several Indian couriers check theirs. */
export function simulatedAwb(): string {
  const body = `7${String(randomInt(0, 1_000_000)).padStart(6, '0')}${String(randomInt(0, 1_000_000)).padStart(6, '0')}`
  return body + awbCheckDigit(body)
}

export function awbCheckDigit(body: string): string {
  return String(BigInt(body) % 7n)
}

export function isSimulatedAwb(awb: string): boolean {
  return /^\d{14}$/.test(awb) && awbCheckDigit(awb.slice(0, 13)) === awb[13]
}
