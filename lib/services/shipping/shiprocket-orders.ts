import { createHash } from 'node:crypto'
import { formatShiprocketTime } from './shiprocket-tracking'
import type { DeliveryAddress, PickupAddress, ReturnInput, ShipmentInput } from './types'
import { indianMobile } from './validate'

/**
 * Request bodies for Shiprocket's order endpoints (`POST /orders/create/adhoc`,
 * `/orders/create/return`, `/settings/company/addpickup`), built from our domain types: rupees
 * from paise, kilograms from grams, 10-digit phone numbers, names split into first and last.
 */

const rupees = (paise: number) => paise / 100
const kilograms = (grams: number) => grams / 1000
const phone = (raw: string) => indianMobile(raw) ?? raw

/** "Asha Rani Verma" → Asha Rani / Verma; Shiprocket wants both parts and accepts an empty last name. */
export function splitName(full: string): { first: string; last: string } {
  const words = full.trim().split(/\s+/)
  if (words.length < 2) return { first: words[0] ?? '', last: '' }
  return { first: words.slice(0, -1).join(' '), last: words.at(-1) ?? '' }
}

function secondLine(address: PickupAddress | DeliveryAddress): string {
  const landmark = 'landmark' in address && address.landmark?.trim() ? `Near ${address.landmark.trim()}` : ''
  return [address.line2?.trim() ?? '', landmark].filter(Boolean).join(', ')
}

/**
 * Orders name their pickup by a nickname registered on the account beforehand (max 36
 * characters). One per distinct seller address, derived from the address so the same warehouse
 * is registered once and a moved warehouse gets a new one.
 */
export function pickupNickname(address: PickupAddress): string {
  const parts = [address.name, phone(address.phone), address.line1, address.line2 ?? '', address.city, address.state, address.pin]
  const digest = createHash('sha256').update(parts.map((p) => p.trim().toLowerCase()).join('|')).digest('hex')
  return `haat-${digest.slice(0, 20)}`
}

export function pickupLocationBody(nickname: string, address: PickupAddress, fallbackEmail: string) {
  return {
    pickup_location: nickname,
    name: address.name.trim(),
    email: address.email?.trim() || fallbackEmail,
    phone: phone(address.phone),
    address: address.line1.trim(),
    address_2: secondLine(address),
    city: address.city.trim(),
    state: address.state.trim(),
    country: 'India',
    pin_code: address.pin.replace(/\s/g, ''),
  }
}

function parcel(input: ShipmentInput | ReturnInput) {
  return {
    order_id: input.orderNumber,
    order_date: formatShiprocketTime(input.orderDate).slice(0, 16),
    order_items: input.items.map((item) => ({
      name: item.name,
      sku: item.sku,
      units: item.units,
      selling_price: rupees(item.unitPricePaise),
      discount: 0,
    })),
    sub_total: rupees(input.subtotalPaise),
    length: input.dimensionsCm.length,
    breadth: input.dimensionsCm.breadth,
    height: input.dimensionsCm.height,
    weight: kilograms(input.weightGrams),
  }
}

function party(prefix: 'billing' | 'shipping' | 'pickup', address: PickupAddress | DeliveryAddress, fallbackEmail: string) {
  const { first, last } = splitName(address.name)
  const name = prefix === 'billing' ? 'billing_customer_name' : `${prefix}_customer_name`
  return {
    [name]: first,
    [`${prefix}_last_name`]: last,
    [`${prefix}_address`]: address.line1.trim(),
    [`${prefix}_address_2`]: secondLine(address),
    [`${prefix}_city`]: address.city.trim(),
    [`${prefix}_state`]: address.state.trim(),
    [`${prefix}_country`]: 'India',
    [`${prefix}_pincode`]: address.pin.replace(/\s/g, ''),
    [`${prefix}_email`]: address.email?.trim() || fallbackEmail,
    [`${prefix}_phone`]: phone(address.phone),
  }
}

/** `POST /orders/create/adhoc`: the buyer is billed and shipped to at one address. */
export function adhocOrderBody(input: ShipmentInput, pickupLocation: string, fallbackEmail: string) {
  return {
    ...parcel(input),
    pickup_location: pickupLocation,
    ...party('billing', input.delivery, fallbackEmail),
    shipping_is_billing: true,
    payment_method: input.paymentMode === 'cod' ? 'COD' : 'Prepaid',
  }
}

/** `POST /orders/create/return`: collected from the buyer (`pickup_*`), delivered to the seller (`shipping_*`). */
export function returnOrderBody(input: ReturnInput, fallbackEmail: string) {
  return {
    ...parcel(input),
    ...party('pickup', input.pickup, fallbackEmail),
    pickup_isd_code: '91',
    ...party('shipping', input.delivery, fallbackEmail),
    shipping_isd_code: '91',
    payment_method: 'PREPAID',
    total_discount: 0,
  }
}
