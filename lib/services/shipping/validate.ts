import type { ServiceabilityRequest } from './types'

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
