/**
 * The shipping service: serviceability (the product page's delivery estimate), then the life of a
 * parcel — order, AWB, pickup, label, tracking, cancellation, returns and the courier's tracking
 * webhook. Money is in paise, weights in grams and sizes in centimetres on this side; drivers
 * convert at the vendor's edge.
 */

export type ServiceabilityRequest = {
  /** The seller's 6-digit pickup PIN code. */
  pickupPin: string
  /** The buyer's 6-digit delivery PIN code, as typed. */
  deliveryPin: string
  /** Dead weight of the packed parcel, a positive integer. */
  weightGrams: number
  /** The buyer wants to pay on delivery: the rate then includes the COD charge when COD is possible. */
  cod: boolean
  /** Invoice value, a non-negative integer; couriers cap COD and insure by it. */
  declaredValuePaise: number
}

export type NotServiceable = {
  serviceable: false
  /** A sentence a buyer can read ("We can't deliver to 999001: …"). */
  reason: string
}

export type EtaDays = { min: number; max: number }

export type ServiceableQuote = {
  serviceable: true
  /**
   * Cash on delivery is possible on this lane for this value. When `cod` was asked for and this
   * is false, the quote is the prepaid one.
   */
  codAvailable: boolean
  /** Whole days from pickup to delivery; min ≤ max, both ≥ 1. */
  etaDays: EtaDays
  /** The courier the quote is for, as shown to the buyer. */
  courier: string
  /** What shipping costs the seller, GST included; includes the COD charge when COD applies. */
  ratePaise: number
}

export type ServiceabilityResult = NotServiceable | ServiceableQuote

/** Where a parcel is collected: the seller's warehouse, or the buyer's door for a return. */
export type PickupAddress = {
  name: string
  /** Indian mobile number; +91, spaces and dashes are fine. */
  phone: string
  /** Couriers require one on every pickup location; drivers fall back to the store's address when absent. */
  email?: string | null
  line1: string
  line2: string | null
  city: string
  state: string
  pin: string
}

export type DeliveryAddress = PickupAddress & { landmark: string | null }

export type ShipmentItem = {
  name: string
  sku: string
  /** A positive integer. */
  units: number
  /** Price of one unit as sold, after discounts, GST included. */
  unitPricePaise: number
}

export type ShipmentInput = {
  /** Our order number, unique per shipment; shown on the label and sent to the courier. */
  orderNumber: string
  orderDate: Date
  pickup: PickupAddress
  delivery: DeliveryAddress
  items: ShipmentItem[]
  /** `cod`: the courier collects `subtotalPaise` in cash at the door. */
  paymentMode: 'prepaid' | 'cod'
  subtotalPaise: number
  /** Dead weight of the packed parcel. */
  weightGrams: number
  /** The packed box, each side a positive whole number of centimetres. */
  dimensionsCm: { length: number; breadth: number; height: number }
}

/** A return: `pickup` is the buyer, `delivery` the seller; always prepaid. */
export type ReturnInput = Omit<ShipmentInput, 'paymentMode'> & {
  /** The forward shipment's order number, printed on the return label. */
  originalOrderNumber: string
}

export type CreatedShipment = {
  /** The courier platform's order id (Shiprocket's `order_id`); cancellation takes this. */
  providerOrderId: string
  /** The courier platform's shipment id; AWB, pickup and label take this. */
  providerShipmentId: string
}

export type AssignedAwb = {
  awb: string
  /** The courier that will carry it, as shown to the buyer ("Delhivery Surface"). */
  courier: string
  /** A public page where the buyer can follow the parcel. */
  trackingUrl: string
}

export type ShipmentStatus =
  | 'created'
  | 'pickup_scheduled'
  | 'picked_up'
  | 'in_transit'
  | 'out_for_delivery'
  | 'delivered'
  | 'cancelled'
  | 'rto_initiated'
  | 'rto_delivered'
  | 'lost'

export const SHIPMENT_STATUSES: readonly ShipmentStatus[] = [
  'created',
  'pickup_scheduled',
  'picked_up',
  'in_transit',
  'out_for_delivery',
  'delivered',
  'cancelled',
  'rto_initiated',
  'rto_delivered',
  'lost',
]

export type TrackingScan = {
  status: ShipmentStatus
  /** The courier's words for the scan ("Shipment picked up"). */
  label: string
  location: string | null
  occurredAt: Date
  /** The same for one scan whether it arrives by webhook or by polling; store it unique per shipment. */
  dedupeKey: string
}

export type Tracking = {
  status: ShipmentStatus
  /** Oldest first. */
  scans: TrackingScan[]
}

export type TrackingWebhook = {
  awb: string
  /** The courier platform's order id, when the payload carries it. */
  providerOrderId: string | null
  /** Our order number as we sent it, when the payload carries it. */
  orderNumber: string | null
  isReturn: boolean
  status: ShipmentStatus
  /** Oldest first; every scan so far, not only the new one. */
  scans: TrackingScan[]
}

export interface ShippingService {
  /**
   * Whether a parcel can go from `pickupPin` to `deliveryPin`, how long it takes and what it
   * costs. Unusable PIN codes resolve to `{ serviceable: false }`; a malformed weight or value
   * throws RangeError; a vendor outage rejects with ShippingError.
   */
  serviceability(request: ServiceabilityRequest): Promise<ServiceabilityResult>

  /** Books the parcel with the courier platform. Malformed input throws RangeError; the vendor's refusal rejects with ShippingError. */
  createShipment(input: ShipmentInput): Promise<CreatedShipment>
  /** Picks the courier and its airway bill number. Returns take `{ isReturn: true }`. */
  assignAwb(providerShipmentId: string, options?: { isReturn?: boolean }): Promise<AssignedAwb>
  /** Asks the courier to collect the parcel; needs an AWB. */
  schedulePickup(providerShipmentId: string): Promise<{ pickupScheduledAt: Date }>
  /** A printable shipping label (PDF or HTML) the seller sticks on the box; needs an AWB. */
  label(providerShipmentId: string): Promise<{ labelUrl: string }>
  /** The parcel's status and every scan so far, for polling. */
  track(awb: string): Promise<Tracking>
  /** Cancels before pickup; after pickup the vendor refuses with ShippingError. */
  cancel(providerOrderId: string): Promise<void>
  /** Books a reverse pickup from the buyer back to the seller. */
  createReturn(input: ReturnInput): Promise<CreatedShipment>
  /** Whether a tracking webhook request carries our token (`x-api-key`); constant-time. */
  verifyWebhook(headers: Headers): boolean
  /** Reads a verified tracking webhook body; a body that is not one throws ShippingError. */
  parseWebhook(body: unknown): TrackingWebhook
}
