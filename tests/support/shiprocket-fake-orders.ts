import { randomInt } from 'node:crypto'
import { formatShiprocketTime, formatShiprocketTimestamp, type ShiprocketScan } from '@/lib/services/shipping/shiprocket-tracking'
import type { ShipmentStatus } from '@/lib/services/shipping/types'

/**
 * The Shiprocket fake's orders, shipments and scans, answering as Shiprocket's external API does
 * (shapes from apidocs.shiprocket.in): adhoc and return orders, pickup locations, AWB assignment,
 * pickup requests, labels, tracking by AWB, cancellation and the tracking webhook. The fake's own
 * rules (which its tests rely on): cancellation is refused once the parcel is picked up, and a
 * pickup needs an AWB.
 */

export type Answer = { status: number; body: unknown }
type Json = Record<string, unknown>

export type FakeShipment = {
  orderId: number
  shipmentId: number
  channelOrderId: string
  isReturn: boolean
  request: Json
  awb: string | null
  courier: string | null
  /** Shiprocket's current status label and shipment status code. */
  currentStatus: string
  statusCode: number
  pickupScheduledAt: Date | null
  scans: ShiprocketScan[]
}

const REQUIRED_ADHOC = [
  'order_id', 'order_date', 'pickup_location', 'billing_customer_name', 'billing_address', 'billing_city', 'billing_pincode',
  'billing_state', 'billing_country', 'billing_email', 'billing_phone', 'shipping_is_billing', 'order_items', 'payment_method',
  'sub_total', 'length', 'breadth', 'height', 'weight',
]
const REQUIRED_RETURN = [
  'order_id', 'order_date', 'pickup_customer_name', 'pickup_address', 'pickup_city', 'pickup_state', 'pickup_country',
  'pickup_pincode', 'pickup_email', 'pickup_phone', 'shipping_customer_name', 'shipping_address', 'shipping_city',
  'shipping_country', 'shipping_pincode', 'shipping_state', 'shipping_phone', 'order_items', 'payment_method', 'sub_total',
  'length', 'breadth', 'height', 'weight',
]

/** Scans a Delhivery parcel collects on the way, with Shiprocket's codes and labels. */
const JOURNEY: readonly { status: ShipmentStatus; code: string; id: number; label: string; returnLabel: string; activity: string; at: 'origin' | 'destination' }[] = [
  { status: 'picked_up', code: 'X-PPOM', id: 42, label: 'PICKED UP', returnLabel: 'RETURN PICKED UP', activity: 'In Transit - Shipment picked up', at: 'origin' },
  { status: 'in_transit', code: 'X-DLL2F', id: 18, label: 'IN TRANSIT', returnLabel: 'RETURN IN TRANSIT', activity: 'In Transit - Bag added to trip', at: 'origin' },
  { status: 'out_for_delivery', code: 'X-DDD3FD', id: 17, label: 'OUT FOR DELIVERY', returnLabel: 'RETURN OUT FOR DELIVERY', activity: 'Dispatched - Out for delivery', at: 'destination' },
  { status: 'delivered', code: 'EOD-38', id: 7, label: 'DELIVERED', returnLabel: 'RETURN DELIVERED', activity: 'Delivered - Delivered to consignee', at: 'destination' },
]

export class FakeOrders {
  readonly shipments: FakeShipment[] = []
  readonly pickupLocations = new Set<string>()
  private nextOrderId = 348_456_385
  private nextShipmentId = 344_772_110
  private lastScanAt = 0

  constructor(private readonly hooks: { labelBase: () => string; onScan: (shipment: FakeShipment) => void }) {}

  addPickup(body: Json): Answer {
    const missing = ['pickup_location', 'name', 'email', 'phone', 'address', 'city', 'state', 'country', 'pin_code'].filter((f) => !body[f])
    if (missing.length > 0) return invalid(missing)
    if (!/^[6-9]\d{9}$/.test(String(body.phone))) return { status: 422, body: { message: 'Not a valid mobile number', errors: { phone: ['The phone must be 10 digits.'] }, status_code: 422 } }
    const nickname = String(body.pickup_location)
    if (nickname.length > 36) return invalid(['pickup_location'], 'may not be greater than 36 characters')
    this.pickupLocations.add(nickname)
    return { status: 200, body: { success: true, address: { pickup_code: nickname, ...body, id: randomInt(1_000_000, 9_999_999) }, pickup_id: 1_856_901, company_name: 'Haat Test', full_name: 'API' } }
  }

  listPickups(): Answer {
    const shipping_address = [...this.pickupLocations].map((pickup_location, i) => ({ id: 4_984_500 + i, pickup_location }))
    return { status: 200, body: { data: { shipping_address, allow_more: 'true', company_name: 'Haat Test' } } }
  }

  createOrder(body: Json, isReturn: boolean): Answer {
    const missing = (isReturn ? REQUIRED_RETURN : REQUIRED_ADHOC).filter((f) => body[f] === undefined || body[f] === '' || body[f] === null)
    if (missing.length > 0) return invalid(missing)
    if (!isReturn && !this.pickupLocations.has(String(body.pickup_location)))
      return { status: 422, body: { message: 'Wrong Pickup location entered. Please choose one location from data array', status_code: 422 } }
    const problems = orderProblems(body, isReturn)
    if (problems) return { status: 422, body: { message: 'Oops! Invalid Data.', errors: problems, status_code: 422 } }
    if (this.shipments.some((s) => s.channelOrderId === body.order_id)) return invalid(['order_id'], 'has already been taken')
    const shipment: FakeShipment = {
      orderId: this.nextOrderId++,
      shipmentId: this.nextShipmentId++,
      channelOrderId: String(body.order_id),
      isReturn,
      request: body,
      awb: null,
      courier: null,
      currentStatus: isReturn ? 'RETURN PENDING' : 'NEW',
      statusCode: 1,
      pickupScheduledAt: null,
      scans: [],
    }
    this.shipments.push(shipment)
    return { status: 200, body: { order_id: shipment.orderId, shipment_id: shipment.shipmentId, status: shipment.currentStatus, status_code: isReturn ? 21 : 1, onboarding_completed_now: 0, awb_code: null, courier_company_id: null, courier_name: null } }
  }

  assignAwb(body: Json): Answer {
    const shipment = this.byShipmentId(body.shipment_id)
    if (!shipment) return { status: 400, body: { message: 'Invalid shipment id', status_code: 400 } }
    if (shipment.currentStatus === 'CANCELED') return { status: 200, body: { awb_assign_status: 0, response: { data: { awb_assign_error: 'Order is cancelled' } } } }
    shipment.awb ??= `1904${String(randomInt(0, 10_000_000_000)).padStart(10, '0')}`
    shipment.courier = 'Delhivery Surface'
    shipment.currentStatus = 'AWB ASSIGNED'
    return {
      status: 200,
      body: {
        awb_assign_status: 1,
        response: { data: { courier_company_id: 10, awb_code: shipment.awb, cod: 0, order_id: shipment.orderId, shipment_id: shipment.shipmentId, awb_code_status: 1, courier_name: shipment.courier, pickup_scheduled_date: null } },
      },
    }
  }

  generatePickup(body: Json): Answer {
    const ids = body.shipment_id
    if (!Array.isArray(ids) || ids.length !== 1) return invalid(['shipment_id'], 'must be an array of one id')
    const shipment = this.byShipmentId(ids[0])
    if (!shipment?.awb || shipment.currentStatus === 'CANCELED') return { status: 400, body: { message: 'Invalid shipment id', status_code: 400 } }
    shipment.pickupScheduledAt ??= new Date(Math.ceil((Date.now() + 3_600_000) / 1000) * 1000)
    shipment.currentStatus = 'PICKUP GENERATED'
    shipment.statusCode = 3
    this.addScan(shipment, { date: this.scanTime(), activity: 'Shipment information sent to courier', location: 'NA' })
    return {
      status: 200,
      body: {
        pickup_status: 1,
        response: { pickup_scheduled_date: formatShiprocketTime(shipment.pickupScheduledAt), pickup_token_number: `Reference No: ${shipment.shipmentId}`, status: 3, data: `Pickup is confirmed by ${shipment.courier} For AWB :- ${shipment.awb}` },
      },
    }
  }

  generateLabel(body: Json): Answer {
    const ids = body.shipment_id
    if (!Array.isArray(ids)) return invalid(['shipment_id'], 'must be an array')
    const shipment = this.byShipmentId(ids[0])
    if (!shipment?.awb) return { status: 200, body: { label_created: 0, not_created: [], response: 'No valid shipment ids to print label' } }
    return { status: 200, body: { label_created: 1, label_url: `${this.hooks.labelBase()}/shipping-label-${shipment.shipmentId}-${shipment.awb}.pdf`, response: 'Label has been created and uploaded successfully!', not_created: [] } }
  }

  cancel(body: Json): Answer {
    if (!Array.isArray(body.ids) || body.ids.length === 0) return invalid(['ids'])
    const found = body.ids.map((id) => this.shipments.find((s) => s.orderId === Number(id)))
    if (found.some((s) => !s)) return { status: 500, body: { message: 'Trying to get property of non-object', status_code: 500 } }
    if (found.some((s) => s!.scans.some((scan) => Number(scan['sr-status']) === 42)))
      return { status: 400, body: { message: 'Order cannot be cancelled after pickup', status_code: 400 } }
    for (const shipment of found as FakeShipment[]) {
      shipment.currentStatus = 'CANCELED'
      shipment.statusCode = 8
      if (shipment.awb) this.addScan(shipment, { date: this.scanTime(), status: 'CAN', activity: 'Shipment cancelled', location: 'NA', 'sr-status': '8', 'sr-status-label': 'CANCELED' })
    }
    return { status: 204, body: null }
  }

  track(awb: string): Answer {
    const shipment = this.shipments.find((s) => s.awb === awb)
    if (!shipment) return { status: 404, body: { message: '404 Not Found', status_code: 404 } }
    if (shipment.scans.length === 0)
      return { status: 200, body: { tracking_data: { track_status: 0, error: 'Aahh! There is no activities found in our DB. Please have some patience it will be updated soon.' } } }
    return {
      status: 200,
      body: {
        tracking_data: {
          track_status: 1,
          shipment_status: shipment.statusCode,
          shipment_track: [{ id: shipment.shipmentId, awb_code: awb, courier_company_id: 10, shipment_id: shipment.shipmentId, order_id: shipment.orderId, current_status: titleCase(shipment.currentStatus), courier_name: shipment.courier }],
          shipment_track_activities: [...shipment.scans].reverse(),
          track_url: `https://shiprocket.co//tracking/${awb}`,
        },
      },
    }
  }

  /** Moves a parcel on to `to`, recording each scan on the way (the courier's side of the journey). */
  advance(awb: string, to: ShipmentStatus): void {
    const shipment = this.shipments.find((s) => s.awb === awb)
    if (!shipment) throw new Error(`No fake shipment with AWB ${awb}`)
    const target = JOURNEY.findIndex((j) => j.status === to)
    if (target === -1) throw new Error(`The fake cannot move a parcel to ${to}`)
    const done = new Set(shipment.scans.map((s) => Number(s['sr-status'])))
    for (const step of JOURNEY.slice(0, target + 1)) {
      if (done.has(step.id)) continue
      const label = shipment.isReturn ? step.returnLabel : step.label
      const city = String(step.at === 'origin' ? (shipment.request.pickup_city ?? 'Pune') : (shipment.request.billing_city ?? shipment.request.shipping_city))
      shipment.currentStatus = label
      shipment.statusCode = step.id
      this.addScan(shipment, { date: this.scanTime(), status: step.code, activity: step.activity, location: `${city}_Hub (India)`, 'sr-status': String(step.id), 'sr-status-label': label })
    }
  }

  /** The tracking webhook body for a shipment, as Shiprocket posts it. */
  webhookBody(shipment: FakeShipment): Json {
    return {
      awb: shipment.awb,
      courier_name: shipment.courier,
      current_status: shipment.currentStatus,
      current_status_id: 20,
      shipment_status: shipment.currentStatus,
      shipment_status_id: shipment.statusCode,
      current_timestamp: formatShiprocketTimestamp(new Date()),
      order_id: shipment.channelOrderId,
      sr_order_id: shipment.orderId,
      awb_assigned_date: null,
      pickup_scheduled_date: shipment.pickupScheduledAt ? formatShiprocketTime(shipment.pickupScheduledAt) : null,
      etd: null,
      scans: shipment.scans,
      is_return: shipment.isReturn ? 1 : 0,
      channel_id: 3_422_553,
      pod_status: '',
      pod: 'Not Available',
    }
  }

  private addScan(shipment: FakeShipment, scan: ShiprocketScan): void {
    shipment.scans.push(scan)
    this.hooks.onScan(shipment)
  }

  /** IST scan times, a second apart at least, so a quick test keeps its scans in order. */
  private scanTime(): string {
    this.lastScanAt = Math.max(Math.floor(Date.now() / 1000) * 1000, this.lastScanAt + 1000)
    return formatShiprocketTime(new Date(this.lastScanAt))
  }

  private byShipmentId(id: unknown): FakeShipment | undefined {
    return this.shipments.find((s) => s.shipmentId === Number(id))
  }
}

function orderProblems(body: Json, isReturn: boolean): Record<string, string[]> | null {
  const errors: Record<string, string[]> = {}
  for (const side of ['length', 'breadth', 'height'] as const) if (!(Number(body[side]) > 0.5)) errors[side] = [`The ${side} must be more than 0.5.`]
  if (!(Number(body.weight) > 0)) errors.weight = ['The weight must be more than 0.']
  const phones = isReturn ? ['pickup_phone', 'shipping_phone'] : ['billing_phone']
  for (const field of phones) if (!/^[6-9]\d{9}$/.test(String(body[field]))) errors[field] = [`The ${field.replace('_', ' ')} must be 10 digits.`]
  const pins = isReturn ? ['pickup_pincode', 'shipping_pincode'] : ['billing_pincode']
  for (const field of pins) if (!/^[1-9]\d{5}$/.test(String(body[field]))) errors[field] = [`The ${field.replace('_', ' ')} must be 6 digits.`]
  if (!isReturn && !['COD', 'Prepaid'].includes(String(body.payment_method))) errors.payment_method = ['The payment method must be COD or Prepaid.']
  const items = body.order_items
  if (!Array.isArray(items) || items.length === 0 || items.some((i: Json) => !i.name || !i.sku || !(Number(i.units) > 0) || !(Number(i.selling_price) >= 0)))
    errors.order_items = ['Each item needs a name, sku, units and selling price.']
  return Object.keys(errors).length > 0 ? errors : null
}

function invalid(fields: string[], problem = 'field is required'): Answer {
  const errors = Object.fromEntries(fields.map((f) => [f, [`The ${f.replace(/_/g, ' ')} ${problem}.`]]))
  return { status: 422, body: { message: 'Oops! Invalid Data.', errors, status_code: 422 } }
}

function titleCase(label: string): string {
  return label.toLowerCase().replace(/\b\w/g, (c) => c.toUpperCase())
}
