import { describe, expect, it } from 'vitest'
import { allocate, couponDiscount, priceCheckout, shippingFee, type CouponInput, type PricedLineInput } from './pricing'

const now = new Date('2026-11-21T10:00:00Z')

function line(storeId: string, unitPricePaise: number, quantity: number, weightGrams = 500): PricedLineInput {
  return {
    productId: `p-${storeId}-${unitPricePaise}`,
    variantId: null,
    storeId,
    title: 'Item',
    variantTitle: null,
    sku: null,
    imageUrl: null,
    unitPricePaise,
    quantity,
    weightGrams,
    showId: null,
  }
}

function coupon(overrides: Partial<CouponInput> = {}): CouponInput {
  return {
    id: 'c1',
    code: 'WELCOME10',
    storeId: null,
    kind: 'percent',
    value: 1000,
    minOrderPaise: 49_900,
    maxDiscountPaise: 20_000,
    usageLimit: null,
    usedCount: 0,
    perUserLimit: 1,
    startsAt: null,
    expiresAt: null,
    active: true,
    ...overrides,
  }
}

const freeOver = { rule: 'free_over', feePaise: 4_900, freeOverPaise: 49_900 } as const

describe('shipping fee', () => {
  it('is free at or over the threshold, the fee below it', () => {
    expect(shippingFee(freeOver, 49_900, null)).toBe(0)
    expect(shippingFee(freeOver, 49_899, null)).toBe(4_900)
    expect(shippingFee({ rule: 'flat', feePaise: 6_000 }, 1_000_000, null)).toBe(6_000)
    expect(shippingFee({ rule: 'carrier' }, 10_000, 7_300)).toBe(7_300)
    expect(() => shippingFee({ rule: 'carrier' }, 10_000, null)).toThrow(/quote/)
  })
})

describe('coupon discount', () => {
  it('takes a percentage, capped, and never more than the base', () => {
    expect(couponDiscount({ kind: 'percent', value: 1000, maxDiscountPaise: null }, 12_345)).toBe(1_234)
    expect(couponDiscount({ kind: 'percent', value: 1000, maxDiscountPaise: 20_000 }, 5_000_000)).toBe(20_000)
    expect(couponDiscount({ kind: 'fixed', value: 10_000, maxDiscountPaise: null }, 6_000)).toBe(6_000)
  })
})

describe('allocate', () => {
  it('splits an amount in proportion and the parts add up', () => {
    expect(allocate(100, [1, 1, 1])).toEqual([34, 33, 33])
    expect(allocate(1_000, [30_000, 10_000])).toEqual([750, 250])
    const parts = allocate(997, [123, 456, 789])
    expect(parts.reduce((a, b) => a + b, 0)).toBe(997)
  })
})

describe('priceCheckout', () => {
  const stores = [
    { storeId: 'a', shipping: freeOver, carrierRatePaise: null },
    { storeId: 'b', shipping: { rule: 'flat', feePaise: 5_000 } as const, carrierRatePaise: null },
  ]

  it('makes one priced order per store with shipping by each store’s rule', () => {
    const priced = priceCheckout({ lines: [line('a', 30_000, 2), line('b', 10_000, 1)], stores, coupon: null, userRedemptions: 0, now })
    expect(priced.stores.map((s) => [s.storeId, s.subtotalPaise, s.shippingPaise, s.totalPaise])).toEqual([
      ['a', 60_000, 0, 60_000],
      ['b', 10_000, 5_000, 15_000],
    ])
    expect(priced.totalPaise).toBe(75_000)
  })

  it('shares a platform coupon across stores in proportion to their subtotals', () => {
    const priced = priceCheckout({ lines: [line('a', 30_000, 2), line('b', 10_000, 1)], stores, coupon: coupon(), userRedemptions: 0, now })
    expect(priced.discountPaise).toBe(7_000)
    expect(priced.stores.map((s) => s.discountPaise)).toEqual([6_000, 1_000])
    expect(priced.totalPaise).toBe(75_000 - 7_000)
    expect(priced.coupon?.code).toBe('WELCOME10')
  })

  it('applies a store coupon to that store only', () => {
    const c = coupon({ storeId: 'b', kind: 'fixed', value: 3_000, minOrderPaise: 0, maxDiscountPaise: null })
    const priced = priceCheckout({ lines: [line('a', 30_000, 2), line('b', 10_000, 1)], stores, coupon: c, userRedemptions: 0, now })
    expect(priced.stores.map((s) => s.discountPaise)).toEqual([0, 3_000])
  })

  it('reports why a coupon cannot be used and prices without it', () => {
    const lines = [line('a', 30_000, 1)]
    const cases: [Partial<CouponInput>, number, string][] = [
      [{ active: false }, 0, 'inactive'],
      [{ expiresAt: new Date('2026-11-01') }, 0, 'expired'],
      [{ startsAt: new Date('2026-12-01') }, 0, 'not_started'],
      [{ usageLimit: 5, usedCount: 5 }, 0, 'used_up'],
      [{}, 1, 'per_user_limit'],
      [{ minOrderPaise: 50_000 }, 0, 'min_order'],
      [{ storeId: 'z' }, 0, 'not_applicable'],
    ]
    for (const [overrides, redemptions, reason] of cases) {
      const priced = priceCheckout({ lines, stores, coupon: coupon(overrides), userRedemptions: redemptions, now })
      expect(priced.couponRejection?.reason).toBe(reason)
      expect(priced.discountPaise).toBe(0)
      expect(priced.totalPaise).toBe(30_000 + 4_900)
    }
  })

  it('says so when the code matched no coupon', () => {
    const priced = priceCheckout({ lines: [line('a', 30_000, 1)], stores, coupon: null, couponCode: 'NOPE', userRedemptions: 0, now })
    expect(priced.couponRejection?.message).toMatch(/couldn't find the coupon NOPE/)
  })
})
