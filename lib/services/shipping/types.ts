/**
 * The shipping service. Serviceability arrives first (the product page's delivery estimate);
 * orders, AWB assignment, pickups, labels, tracking, cancellation and the tracking webhook join
 * this interface in a later issue, each as its own method with domain types here. Money is in
 * paise and weights in grams on this side; drivers convert at the vendor's edge.
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

export interface ShippingService {
  /**
   * Whether a parcel can go from `pickupPin` to `deliveryPin`, how long it takes and what it
   * costs. Unusable PIN codes resolve to `{ serviceable: false }`; a malformed weight or value
   * throws RangeError; a vendor outage rejects with ShippingError.
   */
  serviceability(request: ServiceabilityRequest): Promise<ServiceabilityResult>
}
