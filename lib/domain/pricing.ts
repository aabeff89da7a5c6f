/**
 * Checkout pricing (SPEC §3.4), on the server only. Everything here is computed from rows the
 * server read itself — catalogue prices, the store's shipping rule, the coupon row, carrier
 * quotes — never from numbers the browser sent. Money is integer paise; rounding always favours
 * the buyer by at most one paisa and the parts always add up to the total.
 */

export type PricedLineInput = {
  productId: string
  variantId: string | null
  storeId: string
  title: string
  variantTitle: string | null
  sku: string | null
  imageUrl: string | null
  unitPricePaise: number
  quantity: number
  weightGrams: number
  showId: string | null
  /** 'live' when a live show's price applied (SPEC §7.4); list price otherwise. */
  priceSource?: 'list' | 'live'
}

export type StoreShippingRule =
  | { rule: 'free_over'; feePaise: number; freeOverPaise: number }
  | { rule: 'flat'; feePaise: number }
  | { rule: 'carrier' }

export type StorePricingInput = {
  storeId: string
  shipping: StoreShippingRule
  /** The courier's quote for this store's parcel, needed when the rule is 'carrier'. */
  carrierRatePaise: number | null
}

export type CouponInput = {
  id: string
  code: string
  /** Null for a platform coupon (applies across stores). */
  storeId: string | null
  kind: 'percent' | 'fixed'
  /** Basis points for percent coupons, paise for fixed ones. */
  value: number
  minOrderPaise: number
  maxDiscountPaise: number | null
  usageLimit: number | null
  usedCount: number
  perUserLimit: number
  startsAt: Date | null
  expiresAt: Date | null
  active: boolean
}

export type CouponRejection =
  | 'inactive'
  | 'not_started'
  | 'expired'
  | 'used_up'
  | 'per_user_limit'
  | 'min_order'
  | 'not_applicable'

export type PricedStore = {
  storeId: string
  lines: (PricedLineInput & { totalPaise: number })[]
  subtotalPaise: number
  discountPaise: number
  shippingPaise: number
  totalPaise: number
  weightGrams: number
}

export type PricedCheckout = {
  stores: PricedStore[]
  subtotalPaise: number
  discountPaise: number
  shippingPaise: number
  totalPaise: number
  coupon: { id: string; code: string; storeId: string | null } | null
  couponRejection: { code: string; reason: CouponRejection; message: string } | null
}

export function shippingFee(rule: StoreShippingRule, subtotalPaise: number, carrierRatePaise: number | null): number {
  switch (rule.rule) {
    case 'free_over':
      return subtotalPaise >= rule.freeOverPaise ? 0 : rule.feePaise
    case 'flat':
      return rule.feePaise
    case 'carrier':
      if (carrierRatePaise === null) throw new Error('carrier shipping needs a courier quote')
      return carrierRatePaise
  }
}

/** Why a coupon can't be used now, or null when it can (before the minimum-order check). */
export function couponUsability(
  coupon: CouponInput,
  context: { now: Date; userRedemptions: number },
): Exclude<CouponRejection, 'min_order' | 'not_applicable'> | null {
  if (!coupon.active) return 'inactive'
  if (coupon.startsAt && coupon.startsAt > context.now) return 'not_started'
  if (coupon.expiresAt && coupon.expiresAt <= context.now) return 'expired'
  if (coupon.usageLimit !== null && coupon.usedCount >= coupon.usageLimit) return 'used_up'
  if (context.userRedemptions >= coupon.perUserLimit) return 'per_user_limit'
  return null
}

export function couponDiscount(coupon: Pick<CouponInput, 'kind' | 'value' | 'maxDiscountPaise'>, basePaise: number): number {
  const raw = coupon.kind === 'percent' ? Math.floor((basePaise * coupon.value) / 10_000) : coupon.value
  const capped = coupon.maxDiscountPaise !== null ? Math.min(raw, coupon.maxDiscountPaise) : raw
  return Math.max(0, Math.min(capped, basePaise))
}

/** Splits `amount` across `weights` in proportion, largest remainder first; the parts sum to `amount`. */
export function allocate(amount: number, weights: readonly number[]): number[] {
  const total = weights.reduce((a, b) => a + b, 0)
  if (total === 0) return weights.map(() => 0)
  const exact = weights.map((w) => (amount * w) / total)
  const parts = exact.map(Math.floor)
  let left = amount - parts.reduce((a, b) => a + b, 0)
  const order = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || a.i - b.i)
  for (const { i } of order) {
    if (left <= 0) break
    parts[i] = (parts[i] ?? 0) + 1
    left -= 1
  }
  return parts
}

const REJECTION_MESSAGES: Record<CouponRejection, (c: CouponInput) => string> = {
  inactive: (c) => `${c.code} is no longer active.`,
  not_started: (c) => `${c.code} isn't active yet.`,
  expired: (c) => `${c.code} has expired.`,
  used_up: (c) => `${c.code} has been fully redeemed.`,
  per_user_limit: (c) => `You've already used ${c.code}.`,
  min_order: (c) => `${c.code} needs an order of at least ${formatRupees(c.minOrderPaise)}.`,
  not_applicable: (c) => `${c.code} doesn't apply to the items in your bag.`,
}

export function formatRupees(paise: number): string {
  return new Intl.NumberFormat('en-IN', {
    style: 'currency',
    currency: 'INR',
    maximumFractionDigits: paise % 100 === 0 ? 0 : 2,
  }).format(paise / 100)
}

/**
 * Prices a checkout: one order per store. A store coupon discounts that store's items; a platform
 * coupon discounts the whole bag and is shared across the stores' orders in proportion to their
 * subtotals. Shipping follows each store's rule on its item subtotal. A coupon that can't be used
 * is reported (so the page can say why) and the rest is priced without it.
 */
export function priceCheckout(input: {
  lines: readonly PricedLineInput[]
  stores: readonly StorePricingInput[]
  coupon: CouponInput | null
  couponCode?: string | null
  userRedemptions: number
  now: Date
}): PricedCheckout {
  const storeIds = [...new Set(input.lines.map((l) => l.storeId))]
  const stores: PricedStore[] = storeIds.map((storeId) => {
    const lines = input.lines
      .filter((l) => l.storeId === storeId)
      .map((l) => ({ ...l, totalPaise: l.unitPricePaise * l.quantity }))
    const subtotalPaise = lines.reduce((sum, l) => sum + l.totalPaise, 0)
    const weightGrams = lines.reduce((sum, l) => sum + l.weightGrams * l.quantity, 0)
    return { storeId, lines, subtotalPaise, discountPaise: 0, shippingPaise: 0, totalPaise: subtotalPaise, weightGrams }
  })

  let applied: PricedCheckout['coupon'] = null
  let rejection: PricedCheckout['couponRejection'] = null
  const coupon = input.coupon
  if (coupon) {
    const reject = (reason: CouponRejection) => {
      rejection = { code: coupon.code, reason, message: REJECTION_MESSAGES[reason](coupon) }
    }
    const targets = coupon.storeId === null ? stores : stores.filter((s) => s.storeId === coupon.storeId)
    const base = targets.reduce((sum, s) => sum + s.subtotalPaise, 0)
    const unusable = couponUsability(coupon, { now: input.now, userRedemptions: input.userRedemptions })
    if (unusable) reject(unusable)
    else if (targets.length === 0) reject('not_applicable')
    else if (base < coupon.minOrderPaise) reject('min_order')
    else {
      const discount = couponDiscount(coupon, base)
      const parts = allocate(
        discount,
        targets.map((s) => s.subtotalPaise),
      )
      targets.forEach((s, i) => {
        s.discountPaise = parts[i] ?? 0
      })
      applied = { id: coupon.id, code: coupon.code, storeId: coupon.storeId }
    }
  } else if (input.couponCode) {
    rejection = {
      code: input.couponCode,
      reason: 'not_applicable',
      message: `We couldn't find the coupon ${input.couponCode}. Check the code and try again.`,
    }
  }

  for (const s of stores) {
    const pricing = input.stores.find((p) => p.storeId === s.storeId)
    if (!pricing) throw new Error(`no shipping rule for store ${s.storeId}`)
    s.shippingPaise = shippingFee(pricing.shipping, s.subtotalPaise, pricing.carrierRatePaise)
    s.totalPaise = s.subtotalPaise - s.discountPaise + s.shippingPaise
  }

  const sum = (pick: (s: PricedStore) => number) => stores.reduce((acc, s) => acc + pick(s), 0)
  return {
    stores,
    subtotalPaise: sum((s) => s.subtotalPaise),
    discountPaise: sum((s) => s.discountPaise),
    shippingPaise: sum((s) => s.shippingPaise),
    totalPaise: sum((s) => s.totalPaise),
    coupon: applied,
    couponRejection: rejection,
  }
}
