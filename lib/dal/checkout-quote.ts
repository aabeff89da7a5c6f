import 'server-only'

import type { DbOrTx } from '@/db/client'
import { loadCheckoutCatalog, type CheckoutCatalogRow, type CheckoutLineRequest } from '@/db/queries/checkout-catalog'
import { codVerdict } from '@/lib/domain/cod'
import { priceCheckout, type CouponInput, type PricedCheckout, type PricedLineInput, type StorePricingInput } from '@/lib/domain/pricing'
import type { ShippingService } from '@/lib/services/shipping'

/** The most of one line a buyer may take in one order. */
export const MAX_LINE_QUANTITY = 10

export type LineIssue = 'unavailable' | 'out_of_stock' | 'not_enough_stock' | 'needs_variant'

export type QuotedLine = CheckoutLineRequest & {
  row: CheckoutCatalogRow | null
  issue: LineIssue | null
  /** A sentence for the buyer when there is an issue. */
  message: string | null
}

export type StoreDelivery =
  | { storeId: string; serviceable: true; codAvailable: boolean; etaDays: { min: number; max: number }; ratePaise: number; courier: string }
  | { storeId: string; serviceable: false; reason: string }

export type CheckoutQuote = {
  lines: QuotedLine[]
  /** Priced from the lines without issues; null when none is left. */
  priced: PricedCheckout | null
  delivery: StoreDelivery[] | null
  codAvailable: boolean
  codReason: string | null
}

/** Checks each requested line against the catalogue as it is now. */
export function checkLines(requests: readonly CheckoutLineRequest[], rows: readonly CheckoutCatalogRow[]): QuotedLine[] {
  return requests.map((req) => {
    const row = rows.find((r) => r.productId === req.productId && r.variantId === req.variantId) ?? null
    if (!row) {
      const sameProduct = rows.find((r) => r.productId === req.productId)
      if (sameProduct?.hasVariants && !req.variantId)
        return { ...req, row: null, issue: 'needs_variant', message: 'Choose a size or colour for this item.' }
      return { ...req, row: null, issue: 'unavailable', message: 'This item is no longer available.' }
    }
    if (!row.purchasable) return { ...req, row, issue: 'unavailable', message: `${row.title} is no longer available.` }
    if (row.stock <= 0) return { ...req, row, issue: 'out_of_stock', message: `${row.title} is out of stock.` }
    if (req.quantity > row.stock)
      return { ...req, row, issue: 'not_enough_stock', message: `Only ${row.stock} of ${row.title} left — lower the quantity to continue.` }
    return { ...req, row, issue: null, message: null }
  })
}

export function toPricedLine(line: QuotedLine & { row: CheckoutCatalogRow }): PricedLineInput {
  const r = line.row
  return {
    productId: r.productId,
    variantId: r.variantId,
    storeId: r.store.id,
    title: r.title,
    variantTitle: r.variantTitle,
    sku: r.sku,
    imageUrl: r.imageUrl,
    unitPricePaise: r.unitPricePaise,
    quantity: line.quantity,
    weightGrams: r.weightGrams,
    showId: line.showId,
    priceSource: r.priceSource,
  }
}

/**
 * Asks the courier, per store, whether the parcel can reach `pin` and at what rate. One call per
 * store, in parallel; a courier outage makes that store "not serviceable right now".
 */
export async function quoteDelivery(
  shipping: ShippingService,
  input: { pin: string; cod: boolean; stores: { storeId: string; pickupPin: string; weightGrams: number; valuePaise: number }[] },
): Promise<StoreDelivery[]> {
  return Promise.all(
    input.stores.map(async (s): Promise<StoreDelivery> => {
      try {
        const quote = await shipping.serviceability({
          pickupPin: s.pickupPin,
          deliveryPin: input.pin,
          weightGrams: Math.max(1, s.weightGrams),
          cod: input.cod,
          declaredValuePaise: s.valuePaise,
        })
        if (!quote.serviceable) return { storeId: s.storeId, serviceable: false, reason: quote.reason }
        return { storeId: s.storeId, serviceable: true, codAvailable: quote.codAvailable, etaDays: quote.etaDays, ratePaise: quote.ratePaise, courier: quote.courier }
      } catch {
        return { storeId: s.storeId, serviceable: false, reason: "We couldn't reach the courier to check this PIN code. Try again in a minute." }
      }
    }),
  )
}

/**
 * Everything the checkout page shows and the order is placed from: lines checked against the
 * catalogue, delivery per store for the address, prices and the coupon's verdict.
 */
export async function buildQuote(
  db: DbOrTx,
  deps: { shipping: ShippingService },
  input: {
    requests: readonly CheckoutLineRequest[]
    pin: string | null
    cod: boolean
    coupon: CouponInput | null
    couponCode: string | null
    userRedemptions: number
    now: Date
    /** The catalogue rows for `requests`, when the caller has read them already. */
    rows?: readonly CheckoutCatalogRow[]
  },
): Promise<CheckoutQuote> {
  const rows = input.rows ?? (await loadCheckoutCatalog(db, input.requests))
  const lines = checkLines(input.requests, rows)
  const good = lines.filter((l): l is QuotedLine & { row: CheckoutCatalogRow } => l.issue === null && l.row !== null)
  if (good.length === 0) return { lines, priced: null, delivery: null, codAvailable: false, codReason: null }

  const storeMap = new Map<string, { row: CheckoutCatalogRow; weightGrams: number; valuePaise: number }>()
  for (const l of good) {
    const entry = storeMap.get(l.row.store.id) ?? { row: l.row, weightGrams: 0, valuePaise: 0 }
    entry.weightGrams += l.row.weightGrams * l.quantity
    entry.valuePaise += l.row.unitPricePaise * l.quantity
    storeMap.set(l.row.store.id, entry)
  }
  const delivery = input.pin
    ? await quoteDelivery(deps.shipping, {
        pin: input.pin,
        cod: input.cod,
        stores: [...storeMap.entries()].map(([storeId, s]) => ({ storeId, pickupPin: s.row.store.pickupPin, weightGrams: s.weightGrams, valuePaise: s.valuePaise })),
      })
    : null

  const storesPricing: StorePricingInput[] = [...storeMap.entries()].map(([storeId, s]) => {
    const d = delivery?.find((x) => x.storeId === storeId)
    const carrierRate = d && d.serviceable ? d.ratePaise : null
    const store = s.row.store
    // A carrier-rate store shows its flat fee as the estimate until there is an address to quote.
    const shipping: StorePricingInput['shipping'] =
      store.shippingRule === 'free_over'
        ? { rule: 'free_over', feePaise: store.shippingFeePaise, freeOverPaise: store.freeShippingOverPaise }
        : store.shippingRule === 'carrier' && carrierRate !== null
          ? { rule: 'carrier' }
          : { rule: 'flat', feePaise: store.shippingFeePaise }
    return { storeId, shipping, carrierRatePaise: carrierRate }
  })

  const priced = priceCheckout({
    lines: good.map(toPricedLine),
    stores: storesPricing,
    coupon: input.coupon,
    couponCode: input.couponCode,
    userRedemptions: input.userRedemptions,
    now: input.now,
  })

  let codAvailable = true
  let codReason: string | null = null
  for (const store of priced.stores) {
    const d = delivery?.find((x) => x.storeId === store.storeId)
    const verdict = codVerdict({
      // Without an address the lane is unknown; the verdict is settled once there is a PIN code.
      laneAllowsCod: d ? d.serviceable && d.codAvailable : true,
      storeCodEnabled: storeMap.get(store.storeId)?.row.store.codEnabled ?? false,
      orderPaise: store.totalPaise,
    })
    if (!verdict.available) {
      codAvailable = false
      codReason = priced.stores.length > 1 ? `${storeMap.get(store.storeId)?.row.store.name}: ${verdict.reason}` : verdict.reason
      break
    }
  }
  return { lines, priced, delivery, codAvailable, codReason }
}
