import { checkPinFormat } from './pin-zones'
import type { ReturnInput, ServiceabilityRequest, ShipmentInput } from './types'

/** Weight and value come from our own catalogue, so a bad one is a bug: throw rather than answer. */
export function assertServiceabilityRequest(request: ServiceabilityRequest): void {
  const { weightGrams, declaredValuePaise, cod } = request
  if (!Number.isSafeInteger(weightGrams) || weightGrams <= 0)
    throw new RangeError(`weightGrams must be a positive integer, got ${weightGrams}`)
  if (!Number.isSafeInteger(declaredValuePaise) || declaredValuePaise < 0)
    throw new RangeError(`declaredValuePaise must be a non-negative integer, got ${declaredValuePaise}`)
  if (typeof cod !== 'boolean') throw new TypeError(`cod must be a boolean, got ${String(cod)}`)
}

/** Prefixes a PIN problem with whose PIN it is; the delivery PIN is the buyer's own, so no prefix. */
export function pickupReason(reason: string): string {
  return `The seller's pickup PIN code is not usable: ${reason}`
}

const positiveInt = (n: unknown) => typeof n === 'number' && Number.isSafeInteger(n) && n > 0
const nonNegativeInt = (n: unknown) => typeof n === 'number' && Number.isSafeInteger(n) && n >= 0

/** The 10-digit Indian mobile number in "+91 98765-43210", "09876543210" or "9876543210"; null otherwise. */
export function indianMobile(phone: string): string | null {
  const digits = phone.replace(/[\s()-]/g, '').replace(/^(\+91|0091|91(?=\d{10}$)|0(?=\d{10}$))/, '')
  return /^[6-9]\d{9}$/.test(digits) ? digits : null
}

/**
 * A shipment is built by our own order code from validated addresses, so anything malformed here
 * is a bug: throw RangeError naming the field rather than let the courier refuse it later.
 */
export function assertShipmentInput(input: ShipmentInput | ReturnInput): void {
  const fail = (field: string, problem: string, value: unknown) => {
    throw new RangeError(`${field} ${problem}, got ${JSON.stringify(value)}`)
  }
  if (typeof input.orderNumber !== 'string' || !/^[\w-]{1,40}$/.test(input.orderNumber))
    fail('orderNumber', 'must be 1–40 letters, digits, _ or -', input.orderNumber)
  if (!(input.orderDate instanceof Date) || Number.isNaN(input.orderDate.getTime())) fail('orderDate', 'must be a valid Date', input.orderDate)
  for (const [side, address] of [['pickup', input.pickup], ['delivery', input.delivery]] as const) {
    if (!checkPinFormat(address.pin).ok) fail(`${side}.pin`, 'must be a 6-digit PIN code', address.pin)
    if (!indianMobile(address.phone)) fail(`${side}.phone`, 'must be an Indian mobile number', address.phone)
    for (const field of ['name', 'line1', 'city', 'state'] as const)
      if (typeof address[field] !== 'string' || !address[field].trim()) fail(`${side}.${field}`, 'must not be empty', address[field])
  }
  if (!Array.isArray(input.items) || input.items.length === 0) fail('items', 'must list at least one item', input.items)
  input.items.forEach((item, i) => {
    if (!item.name?.trim()) fail(`items[${i}].name`, 'must not be empty', item.name)
    if (!item.sku?.trim()) fail(`items[${i}].sku`, 'must not be empty', item.sku)
    if (!positiveInt(item.units)) fail(`items[${i}].units`, 'must be a positive integer', item.units)
    if (!nonNegativeInt(item.unitPricePaise)) fail(`items[${i}].unitPricePaise`, 'must be a non-negative integer', item.unitPricePaise)
  })
  if (!nonNegativeInt(input.subtotalPaise)) fail('subtotalPaise', 'must be a non-negative integer', input.subtotalPaise)
  if (!positiveInt(input.weightGrams)) fail('weightGrams', 'must be a positive integer', input.weightGrams)
  for (const side of ['length', 'breadth', 'height'] as const)
    if (!positiveInt(input.dimensionsCm?.[side])) fail(`dimensionsCm.${side}`, 'must be a positive integer', input.dimensionsCm?.[side])
  if ('paymentMode' in input && input.paymentMode !== 'prepaid' && input.paymentMode !== 'cod')
    fail('paymentMode', "must be 'prepaid' or 'cod'", input.paymentMode)
}
