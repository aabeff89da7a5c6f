import { describe, expect, it } from 'vitest'
import {
  couponFormValues,
  couponStatus,
  describeCoupon,
  parseHundredths,
  platformCouponSchema,
  storeCouponSchema,
  toCouponValues,
  type CouponFormValues,
} from './coupon'

const percent: CouponFormValues = { code: 'welcome10', kind: 'percent', value: '10', minOrder: '499', maxDiscount: '200', usageLimit: '', perUserLimit: '1', startsAt: '', expiresAt: '', active: true }
const fixed: CouponFormValues = { ...percent, code: 'FLAT100', kind: 'fixed', value: '100', minOrder: '999', maxDiscount: '' }

const errorsFor = (input: Partial<CouponFormValues>, base = percent) => {
  const result = platformCouponSchema.safeParse({ ...base, ...input })
  return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]))
}

describe('coupon schema', () => {
  it('stores the code upper-case and a percentage in basis points, rupees in paise', () => {
    expect(toCouponValues(platformCouponSchema.parse(percent))).toEqual({
      code: 'WELCOME10', kind: 'percent', value: 10_00, minOrderPaise: 499_00, maxDiscountPaise: 200_00, usageLimit: null, perUserLimit: 1, startsAt: null, expiresAt: null, active: true,
    })
    expect(toCouponValues(platformCouponSchema.parse({ ...percent, value: '12.5%' })).value).toBe(12_50)
    expect(toCouponValues(platformCouponSchema.parse({ ...fixed, value: '₹ 1,250.50', minOrder: '2,999' }))).toMatchObject({ value: 1250_50, minOrderPaise: 2999_00, maxDiscountPaise: null })
  })

  it.each(['AB', 'A'.repeat(21), 'FLAT 100', 'FLAT-100', 'दस', ''])('refuses the code %j', (code) => {
    expect(errorsFor({ code })).toHaveProperty('code')
  })

  it.each([
    ['1', true],
    ['90', true],
    ['0.5', false],
    ['0', false],
    ['90.01', false],
    ['100', false],
    ['-5', false],
    ['ten', false],
  ])('bounds a percentage to 1–90 %%: %s → %s', (value, ok) => {
    expect('value' in errorsFor({ value })).toBe(!ok)
  })

  it('bounds a fixed amount from ₹1 to ₹1,00,000 and needs a minimum order above it', () => {
    expect(errorsFor({ value: '0.99' }, fixed)).toHaveProperty('value')
    expect(errorsFor({ value: '100001', minOrder: '200000' }, fixed)).toHaveProperty('value')
    expect(errorsFor({ minOrder: '' }, fixed)).toEqual({ minOrder: expect.stringContaining('above the discount') })
    expect(errorsFor({ minOrder: '100' }, fixed)).toHaveProperty('minOrder')
    expect(errorsFor({ minOrder: '100.01' }, fixed)).toEqual({})
  })

  it('keeps the maximum discount for percentages only', () => {
    expect(toCouponValues(platformCouponSchema.parse({ ...fixed, maxDiscount: '50' })).maxDiscountPaise).toBeNull()
    expect(toCouponValues(platformCouponSchema.parse({ ...percent, maxDiscount: '' })).maxDiscountPaise).toBeNull()
    expect(errorsFor({ maxDiscount: '0' })).toHaveProperty('maxDiscount')
  })

  it('bounds the usage and per-buyer limits to whole numbers', () => {
    expect(errorsFor({ usageLimit: '0' })).toHaveProperty('usageLimit')
    expect(errorsFor({ usageLimit: '2.5' })).toHaveProperty('usageLimit')
    expect(errorsFor({ perUserLimit: '' })).toHaveProperty('perUserLimit')
    expect(errorsFor({ perUserLimit: '101' })).toHaveProperty('perUserLimit')
    expect(toCouponValues(platformCouponSchema.parse({ ...percent, usageLimit: '1,000', perUserLimit: '3' }))).toMatchObject({ usageLimit: 1000, perUserLimit: 3 })
  })

  it('reads dates as India time and needs the end after the start', () => {
    const parsed = platformCouponSchema.parse({ ...percent, startsAt: '2026-12-01T09:30', expiresAt: '2026-12-31T23:59' })
    expect(parsed.startsAt?.toISOString()).toBe('2026-12-01T04:00:00.000Z')
    expect(parsed.expiresAt?.toISOString()).toBe('2026-12-31T18:29:00.000Z')
    expect(errorsFor({ startsAt: '2026-12-01T09:30', expiresAt: '2026-12-01T09:30' })).toEqual({ expiresAt: 'The coupon must end after it starts' })
    expect(errorsFor({ expiresAt: 'next week' })).toHaveProperty('expiresAt')
    expect(errorsFor({ startsAt: '', expiresAt: '2020-01-01T00:00' })).toEqual({})
  })

  it('needs a store id for a store coupon', () => {
    expect(storeCouponSchema.safeParse(fixed).success).toBe(false)
    expect(storeCouponSchema.parse({ ...fixed, storeId: '0b6f1f0e-2c1d-4c57-9d7e-4a3c2b1a0f9e' }).storeId).toBeDefined()
  })

  it('round-trips a stored coupon through the form values', () => {
    const values = toCouponValues(platformCouponSchema.parse({ ...percent, value: '12.5', startsAt: '2026-12-01T09:30', usageLimit: '50' }))
    const form = couponFormValues({ id: '0b6f1f0e-2c1d-4c57-9d7e-4a3c2b1a0f9e', ...values })
    expect(form).toMatchObject({ value: '12.50', minOrder: '499', maxDiscount: '200', usageLimit: '50', startsAt: '2026-12-01T09:30', expiresAt: '' })
    expect(toCouponValues(platformCouponSchema.parse(form))).toEqual(values)
  })
})

describe('coupon helpers', () => {
  const now = new Date('2026-12-10T12:00:00Z')
  const base = { active: true, startsAt: null, expiresAt: null, usageLimit: null, usedCount: 0 }

  it('says where a coupon stands', () => {
    expect(couponStatus(base, now)).toBe('active')
    expect(couponStatus({ ...base, active: false, expiresAt: new Date('2026-01-01') }, now)).toBe('disabled')
    expect(couponStatus({ ...base, startsAt: new Date('2026-12-11') }, now)).toBe('scheduled')
    expect(couponStatus({ ...base, expiresAt: now }, now)).toBe('expired')
    expect(couponStatus({ ...base, usageLimit: 5, usedCount: 5 }, now)).toBe('used_up')
    expect(couponStatus({ ...base, usageLimit: 5, usedCount: 4 }, now)).toBe('active')
  })

  it('describes the discount', () => {
    expect(describeCoupon({ kind: 'percent', value: 10_00, maxDiscountPaise: 200_00, minOrderPaise: 499_00 })).toBe('10% off, up to ₹200 · orders from ₹499')
    expect(describeCoupon({ kind: 'percent', value: 12_50, maxDiscountPaise: null, minOrderPaise: 0 })).toBe('12.5% off')
    expect(describeCoupon({ kind: 'fixed', value: 100_00, maxDiscountPaise: null, minOrderPaise: 999_00 })).toBe('₹100 off · orders from ₹999')
  })

  it('parses amounts into hundredths', () => {
    expect(parseHundredths('1,299.5')).toBe(129950)
    expect(parseHundredths('Rs. 40')).toBe(4000)
    expect(parseHundredths('1.234')).toBeNull()
  })
})
