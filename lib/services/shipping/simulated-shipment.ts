import { ShippingError } from './errors'
import { checkPin, ZONES, zoneOf, type Zone } from './pin-zones'
import { formatShiprocketTime, formatShiprocketTimestamp, parseShiprocketTime, type ShiprocketScan } from './shiprocket-tracking'
import { LEGS, LOST_SCAN, pathTo, placeName, toShiprocketScan, type Leg, type ScanTemplate } from './simulated-timeline'
import type { DeliveryAddress, PickupAddress, ReturnInput, ShipmentInput, ShipmentItem, ShipmentStatus } from './types'
import { assertShipmentInput, pickupReason } from './validate'

/** One simulated shipment, as the embedded courier stores it (dates as ISO strings: it is a JSON document). */
export type SimulatedShipment = {
  providerOrderId: string
  providerShipmentId: string
  orderNumber: string
  originalOrderNumber: string | null
  isReturn: boolean
  orderDate: string
  pickup: PickupAddress
  delivery: DeliveryAddress
  items: ShipmentItem[]
  paymentMode: 'prepaid' | 'cod'
  subtotalPaise: number
  weightGrams: number
  dimensionsCm: { length: number; breadth: number; height: number }
  zone: Zone
  courier: string
  /** Expected delivery, from the zone's slowest promise. */
  etd: string
  /** Secret part of the label URL. */
  labelKey: string
  awb: string | null
  awbAssignedAt: string | null
  status: ShipmentStatus
  leg: Leg
  /** Index of the last step taken on `leg`; -1 before the first. */
  step: number
  pickupScheduledAt: string | null
  nextStepAt: string | null
  /** 'running' while the clock should move it; a plain field so the tick can filter on it. */
  clock: 'running' | 'stopped'
  /** Oldest first, in Shiprocket's shape. */
  scans: ShiprocketScan[]
  /** How many scans the last webhook carried. */
  notifiedScans: number
  lastDeliveryId: string | null
  createdAt: string
  updatedAt: string
}

export const SIMULATED_COURIER = 'Simulated Courier'
const DAY_MS = 24 * 60 * 60 * 1000

/** A new shipment (or return) for `input`; the lane must be one the zone model serves. */
export function shipmentFrom(
  input: ShipmentInput | ReturnInput,
  ids: { providerOrderId: string; providerShipmentId: string; now: Date; labelKey: string },
): SimulatedShipment {
  assertShipmentInput(input)
  const pickup = checkPin(input.pickup.pin)
  const delivery = checkPin(input.delivery.pin)
  if (!pickup.ok) throw new ShippingError(pickupReason(pickup.reason), 422)
  if (!delivery.ok) throw new ShippingError(delivery.reason, 422)
  const zone = zoneOf(pickup.info, delivery.info)
  const isReturn = 'originalOrderNumber' in input
  const now = ids.now.toISOString()
  return {
    providerOrderId: ids.providerOrderId,
    providerShipmentId: ids.providerShipmentId,
    orderNumber: input.orderNumber,
    originalOrderNumber: isReturn ? input.originalOrderNumber : null,
    isReturn,
    orderDate: input.orderDate.toISOString(),
    pickup: { ...input.pickup, pin: pickup.info.pin },
    delivery: { ...input.delivery, pin: delivery.info.pin },
    items: input.items.map((i) => ({ ...i })),
    paymentMode: 'paymentMode' in input ? input.paymentMode : 'prepaid',
    subtotalPaise: input.subtotalPaise,
    weightGrams: input.weightGrams,
    dimensionsCm: { ...input.dimensionsCm },
    zone,
    courier: SIMULATED_COURIER,
    etd: new Date(ids.now.getTime() + ZONES[zone].eta.max * DAY_MS).toISOString(),
    labelKey: ids.labelKey,
    awb: null,
    awbAssignedAt: null,
    status: 'created',
    leg: isReturn ? 'return' : 'forward',
    step: -1,
    pickupScheduledAt: null,
    nextStepAt: null,
    clock: 'stopped',
    scans: [],
    notifiedScans: 0,
    lastDeliveryId: null,
    createdAt: now,
    updatedAt: now,
  }
}

/** Appends scans at `now`, each at least a second after the one before so the order survives second precision. */
export function applyStepsTo(shipment: SimulatedShipment, templates: readonly ScanTemplate[], now: Date): SimulatedShipment {
  const ends = { origin: shipment.pickup, destination: shipment.delivery }
  const scans = [...shipment.scans]
  let last = parseShiprocketTime(scans.at(-1)?.date)?.getTime() ?? 0
  for (const template of templates) {
    const at = Math.max(Math.floor(now.getTime() / 1000) * 1000, last + 1000)
    scans.push(toShiprocketScan(template, formatShiprocketTime(new Date(at)), placeName(template.place, ends)))
    last = at
  }
  return { ...shipment, scans }
}

const FINAL: readonly ShipmentStatus[] = ['delivered', 'cancelled', 'rto_delivered', 'lost']

/** The shipment after its next step, or after every step up to `to`; an error sentence when that is not possible. */
export function nextStepOf(
  s: SimulatedShipment,
  to: ShipmentStatus | undefined,
  now: Date,
  stepMs: number,
): { shipment: SimulatedShipment } | { error: string } {
  const words = (status: ShipmentStatus) => status.replace(/_/g, ' ')
  if (FINAL.includes(s.status)) return { error: `AWB ${s.awb} is ${words(s.status)}; its journey is over.` }
  if (s.status === 'created') return { error: `AWB ${s.awb} has no pickup scheduled yet; schedule one first.` }
  if (to === s.status) return { error: `AWB ${s.awb} is already ${words(to)}.` }

  let leg = s.leg
  let from = s.step
  let target: number
  if (to === undefined) {
    target = s.step + 1
    if (target >= LEGS[leg].length) return { error: `AWB ${s.awb} has no further step.` }
  } else {
    const path = pathTo(s, to)
    if (path === null) return { error: `AWB ${s.awb} cannot go from ${words(s.status)} to ${words(to)}.` }
    if (path === 'lost') {
      return { shipment: { ...applyStepsTo(s, [LOST_SCAN], now), status: 'lost', nextStepAt: null, clock: 'stopped' } }
    }
    if (path.leg !== leg) from = -1
    leg = path.leg
    target = path.step
  }
  const steps = LEGS[leg].slice(from + 1, target + 1)
  const moved = applyStepsTo(s, steps.flatMap((step) => step.scans), now)
  const more = target < LEGS[leg].length - 1
  return {
    shipment: {
      ...moved,
      leg,
      step: target,
      status: steps.at(-1)?.status ?? s.status,
      nextStepAt: more ? new Date(now.getTime() + stepMs).toISOString() : null,
      clock: more ? 'running' : 'stopped',
    },
  }
}

// The webhook's `current_status_id` counts from Shiprocket's order-status table, not the shipment
// one; kept for fidelity (receivers read shipment_status_id and the labels).
const ORDER_STATUS_ID: Readonly<Record<ShipmentStatus, number>> = {
  created: 3, pickup_scheduled: 4, picked_up: 51, in_transit: 20, out_for_delivery: 19, delivered: 7,
  cancelled: 5, rto_initiated: 15, rto_delivered: 16, lost: 33,
}

/** The body Shiprocket posts to a tracking webhook, for this shipment as it stands. */
export function webhookPayload(s: SimulatedShipment, now: Date) {
  const latest = s.scans.at(-1)
  const label = latest?.['sr-status-label'] ?? 'AWB ASSIGNED'
  const at = (iso: string | null) => (iso ? formatShiprocketTime(new Date(iso)) : null)
  return {
    awb: s.awb,
    courier_name: s.courier,
    current_status: label,
    current_status_id: ORDER_STATUS_ID[s.status],
    shipment_status: label,
    shipment_status_id: Number(latest?.['sr-status'] ?? 1),
    current_timestamp: formatShiprocketTimestamp(now),
    order_id: s.orderNumber,
    sr_order_id: Number(s.providerOrderId),
    awb_assigned_date: at(s.awbAssignedAt),
    pickup_scheduled_date: at(s.pickupScheduledAt),
    etd: at(s.etd),
    scans: s.scans,
    is_return: s.isReturn ? 1 : 0,
    channel_id: 0,
    pod_status: s.status === 'delivered' ? 'OTP Based Delivery' : '',
    pod: 'Not Available',
  }
}
