import { checkPin, freightPaise, ZONES, zoneOf } from './pin-zones'
import { parseShiprocketWebhook } from './shiprocket-tracking'
import { SimulatedCourier, type SimulatedCourierOptions } from './simulated-courier'
import { SIMULATED_COURIER } from './simulated-shipment'
import type { ServiceabilityRequest, ServiceabilityResult, ShippingService } from './types'
import { assertServiceabilityRequest, pickupReason } from './validate'
import { verifyShiprocketToken } from './webhook'

/**
 * The embedded courier: answers from the PIN-code zone model in pin-zones.ts, the same way every
 * time, with no account and no network. Terms, in the spirit of Indian couriers' B2C rate cards:
 * - parcels up to 50 kg; heavier goods go by freight, which this marketplace does not arrange;
 * - cash on delivery up to ₹50,000 declared value, except where pin-zones marks COD blocked;
 * - COD charge ₹35 or 1.75% of the declared value, whichever is more, in whole rupees.
 */

export { SIMULATED_COURIER }
export const MAX_WEIGHT_GRAMS = 50_000
export const COD_LIMIT_PAISE = 50_000_00

export function codChargePaise(declaredValuePaise: number): number {
  // 1.75% in integer arithmetic (paise × 175 / 10⁶ = rupees), so ₹2,000 is exactly ₹35.
  const percentRupees = Math.ceil((declaredValuePaise * 175) / 1_000_000)
  return Math.max(35_00, percentRupees * 100)
}

export function quoteServiceability(request: ServiceabilityRequest): ServiceabilityResult {
  assertServiceabilityRequest(request)
  const delivery = checkPin(request.deliveryPin)
  if (!delivery.ok) return { serviceable: false, reason: delivery.reason }
  const pickup = checkPin(request.pickupPin)
  if (!pickup.ok) return { serviceable: false, reason: pickupReason(pickup.reason) }
  if (request.weightGrams > MAX_WEIGHT_GRAMS)
    return { serviceable: false, reason: 'Parcels over 50 kg are too heavy for courier delivery.' }

  const zone = zoneOf(pickup.info, delivery.info)
  const codAvailable =
    !pickup.info.codBlocked && !delivery.info.codBlocked && request.declaredValuePaise <= COD_LIMIT_PAISE
  const freight = freightPaise(zone, request.weightGrams)
  return {
    serviceable: true,
    codAvailable,
    etaDays: { ...ZONES[zone].eta },
    courier: SIMULATED_COURIER,
    ratePaise: request.cod && codAvailable ? freight + codChargePaise(request.declaredValuePaise) : freight,
  }
}

export type SimulatedShipping = ShippingService & { courier: SimulatedCourier }

/**
 * The whole embedded courier behind the ShippingService interface. Returns use the same journey
 * in the other direction; `isReturn` on AWB assignment is Shiprocket's concern and not needed here.
 */
export function createSimulatedShipping(options: SimulatedCourierOptions): SimulatedShipping {
  const courier = new SimulatedCourier(options)
  return {
    courier,
    serviceability: async (request) => quoteServiceability(request),
    createShipment: (input) => courier.create(input),
    createReturn: (input) => courier.create(input),
    assignAwb: (providerShipmentId) => courier.assignAwb(providerShipmentId),
    schedulePickup: (providerShipmentId) => courier.schedulePickup(providerShipmentId),
    label: (providerShipmentId) => courier.label(providerShipmentId),
    track: (awb) => courier.track(awb),
    cancel: (providerOrderId) => courier.cancel(providerOrderId),
    verifyWebhook: (headers) => verifyShiprocketToken(headers, options.webhookToken),
    parseWebhook: (body) => parseShiprocketWebhook(body),
  }
}
