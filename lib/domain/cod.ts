/**
 * Cash on delivery, as the marketplace allows it (SPEC §3.5): only where the courier's lane takes
 * cash, the store has COD switched on, and the store's order is at most ₹50,000 — cash in hand
 * above that is a risk for the courier and the seller alike, and couriers cap it there too.
 */
export const COD_LIMIT_PAISE = 50_000_00

/** Whether an order of this value may be paid in cash (the limit itself is allowed). */
export function withinCodLimit(orderPaise: number): boolean {
  return Number.isInteger(orderPaise) && orderPaise >= 0 && orderPaise <= COD_LIMIT_PAISE
}

export type CodVerdict = { available: true } | { available: false; reason: string }

/** The three rules in the order a buyer can act on them; the first failing one is the reason. */
export function codVerdict(input: { laneAllowsCod: boolean; storeCodEnabled: boolean; orderPaise: number }): CodVerdict {
  if (!input.storeCodEnabled) return { available: false, reason: 'This seller does not take cash on delivery.' }
  if (!withinCodLimit(input.orderPaise)) return { available: false, reason: 'Cash on delivery is for orders up to ₹50,000.' }
  if (!input.laneAllowsCod) return { available: false, reason: 'Couriers don’t take cash on delivery at this PIN code.' }
  return { available: true }
}
