import { z } from 'zod'
import { formatINR } from '@/lib/utils'

export const COUPON_KINDS = ['percent', 'fixed'] as const
export type CouponKind = (typeof COUPON_KINDS)[number]

export const MIN_PERCENT_BPS = 1_00
export const MAX_PERCENT_BPS = 90_00
export const MAX_FIXED_DISCOUNT_PAISE = 1_00_000_00
export const MAX_MIN_ORDER_PAISE = 10_00_000_00
export const MAX_USAGE_LIMIT = 1_000_000
export const MAX_PER_USER_LIMIT = 100

// Form inputs arrive as strings; tests and scripts may pass numbers.
const loose = z.union([z.string(), z.number()])
const blank = (value: string | number | undefined) => value === undefined || String(value).trim() === ''

/**
 * "12.5", "₹ 1,299", "10%" → hundredths (1250, 129900, 1000). Hundredths are exactly the stored
 * units of both kinds: basis points for a percentage, paise for rupees. Null when not a number.
 */
export function parseHundredths(input: string | number): number | null {
  const text = String(input)
    .trim()
    .replace(/^(₹|rs\.?|inr)\s*/i, '')
    .replace(/\s*%$/, '')
    .replace(/[,\s]/g, '')
  if (!/^\d+(\.\d{1,2})?$/.test(text)) return null
  return Math.round(Number(text) * 100)
}

/** Hundredths back to what a person types: 129900 → "1299", 1250 → "12.50". */
export function hundredthsToInput(value: number | null | undefined): string {
  if (value === null || value === undefined) return ''
  return value % 100 === 0 ? String(value / 100) : (value / 100).toFixed(2)
}

export const couponCodeField = z
  .string()
  .trim()
  .toUpperCase()
  .min(3, 'Use at least 3 letters or numbers')
  .max(20, 'Keep the code to 20 characters')
  .regex(/^[A-Z0-9]+$/, 'Use only letters A–Z and numbers, with no spaces')

const amountField = (what: string, required: boolean, max: number, maxLabel: string) =>
  loose.optional().transform((value, ctx) => {
    if (blank(value)) {
      if (required) ctx.addIssue({ code: 'custom', message: `Enter ${what}` })
      return null
    }
    const amount = parseHundredths(value!)
    if (amount === null) {
      ctx.addIssue({ code: 'custom', message: `Enter ${what} as a number, like 100 or 99.50` })
      return z.NEVER
    }
    if (amount > max) ctx.addIssue({ code: 'custom', message: `${what[0]!.toUpperCase()}${what.slice(1)} can be at most ${maxLabel}` })
    return amount
  })

const countField = (what: string, min: number, max: number, required: boolean) =>
  loose.optional().transform((value, ctx) => {
    if (blank(value)) {
      if (required) ctx.addIssue({ code: 'custom', message: `Enter ${what}` })
      return null
    }
    const text = String(value).trim().replace(/,/g, '')
    if (!/^\d+$/.test(text) || Number(text) < min || Number(text) > max) {
      ctx.addIssue({ code: 'custom', message: `Enter a whole number from ${min.toLocaleString('en-IN')} to ${max.toLocaleString('en-IN')}` })
      return z.NEVER
    }
    return Number(text)
  })

/**
 * A `datetime-local` value ("2026-11-21T10:00") is a time in India; a full ISO string (with Z or
 * an offset) is taken as it is. Empty means "no limit".
 */
export function parseIndiaDateTime(value: string): Date | null {
  const text = value.trim()
  const local = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(text)
  const date = new Date(local ? `${text}+05:30` : text)
  return Number.isNaN(date.getTime()) || !/^\d{4}-\d{2}-\d{2}T/.test(text) ? null : date
}

/** A date as a `datetime-local` value in India's time (IST has no daylight saving). */
export function toIndiaDateTimeInput(date: Date | null | undefined): string {
  if (!date) return ''
  return new Date(date.getTime() + 330 * 60_000).toISOString().slice(0, 16)
}

const dateTimeField = z
  .string()
  .optional()
  .transform((value, ctx) => {
    if (blank(value)) return null
    const date = parseIndiaDateTime(value!)
    if (!date) {
      ctx.addIssue({ code: 'custom', message: 'Enter a date and time, or leave it empty' })
      return z.NEVER
    }
    return date
  })

const couponShape = {
  couponId: z
    .union([z.uuid(), z.literal('')])
    .optional()
    .transform((v) => (v ? v : undefined)),
  code: couponCodeField,
  kind: z.enum(COUPON_KINDS, { error: 'Choose a percentage or a fixed amount off' }),
  /** Percent (1–90) for percentage coupons, rupees for fixed ones. */
  // Its bounds depend on the kind: checkCoupon applies them.
  value: amountField('the discount', true, Number.MAX_SAFE_INTEGER, ''),
  minOrder: amountField('the minimum order', false, MAX_MIN_ORDER_PAISE, '₹10,00,000'),
  maxDiscount: amountField('the maximum discount', false, MAX_FIXED_DISCOUNT_PAISE, '₹1,00,000'),
  usageLimit: countField('a usage limit', 1, MAX_USAGE_LIMIT, false),
  perUserLimit: countField('how many times one buyer may use it', 1, MAX_PER_USER_LIMIT, true),
  startsAt: dateTimeField,
  expiresAt: dateTimeField,
  active: z.boolean().default(true),
}

type CouponShapeOutput = { kind: CouponKind; value: number | null; minOrder: number | null; maxDiscount: number | null; startsAt: Date | null; expiresAt: Date | null }

function checkCoupon(data: CouponShapeOutput, ctx: z.RefinementCtx) {
  const value = data.value ?? 0
  if (data.kind === 'percent' && (value < MIN_PERCENT_BPS || value > MAX_PERCENT_BPS)) {
    ctx.addIssue({ code: 'custom', path: ['value'], message: 'A percentage discount is from 1% to 90%' })
  }
  if (data.kind === 'fixed') {
    if (value < 100) ctx.addIssue({ code: 'custom', path: ['value'], message: 'A fixed discount is at least ₹1' })
    else if (value > MAX_FIXED_DISCOUNT_PAISE) ctx.addIssue({ code: 'custom', path: ['value'], message: 'A fixed discount can be at most ₹1,00,000' })
    // Otherwise an order could cost nothing, or the discount could exceed the goods.
    else if ((data.minOrder ?? 0) <= value) {
      ctx.addIssue({ code: 'custom', path: ['minOrder'], message: `Set a minimum order above the discount (more than ${formatINR(value)})` })
    }
  }
  if (data.kind === 'percent' && data.maxDiscount !== null && data.maxDiscount < 100) {
    ctx.addIssue({ code: 'custom', path: ['maxDiscount'], message: 'The maximum discount is at least ₹1, or leave it empty' })
  }
  if (data.startsAt && data.expiresAt && data.expiresAt <= data.startsAt) {
    ctx.addIssue({ code: 'custom', path: ['expiresAt'], message: 'The coupon must end after it starts' })
  }
}

/** A platform coupon (admin console). */
export const platformCouponSchema = z.object(couponShape).superRefine(checkCoupon)
/** A store's coupon (seller studio): the same rules, scoped by `storeId`. */
export const storeCouponSchema = z.object({ ...couponShape, storeId: z.uuid() }).superRefine(checkCoupon)

export type CouponFormValues = z.input<typeof platformCouponSchema> & { storeId?: string }
export type CouponData = z.output<typeof platformCouponSchema>

/** The columns a coupon form writes, in stored units. */
export type CouponValues = {
  code: string
  kind: CouponKind
  value: number
  minOrderPaise: number
  maxDiscountPaise: number | null
  usageLimit: number | null
  perUserLimit: number
  startsAt: Date | null
  expiresAt: Date | null
  active: boolean
}

export function toCouponValues(data: CouponData): CouponValues {
  return {
    code: data.code,
    kind: data.kind,
    value: data.value ?? 0,
    minOrderPaise: data.minOrder ?? 0,
    // The form hides the cap for fixed coupons; a value left there from before means nothing.
    maxDiscountPaise: data.kind === 'percent' ? data.maxDiscount : null,
    usageLimit: data.usageLimit,
    perUserLimit: data.perUserLimit ?? 1,
    startsAt: data.startsAt,
    expiresAt: data.expiresAt,
    active: data.active,
  }
}

export function couponFormValues(coupon?: (CouponValues & { id: string }) | null): CouponFormValues {
  if (!coupon) {
    return { couponId: '', code: '', kind: 'percent', value: '', minOrder: '', maxDiscount: '', usageLimit: '', perUserLimit: '1', startsAt: '', expiresAt: '', active: true }
  }
  return {
    couponId: coupon.id,
    code: coupon.code,
    kind: coupon.kind,
    value: hundredthsToInput(coupon.value),
    minOrder: coupon.minOrderPaise > 0 ? hundredthsToInput(coupon.minOrderPaise) : '',
    maxDiscount: hundredthsToInput(coupon.maxDiscountPaise),
    usageLimit: coupon.usageLimit === null ? '' : String(coupon.usageLimit),
    perUserLimit: String(coupon.perUserLimit),
    startsAt: toIndiaDateTimeInput(coupon.startsAt),
    expiresAt: toIndiaDateTimeInput(coupon.expiresAt),
    active: coupon.active,
  }
}

export const couponActiveSchema = z.object({ couponId: z.uuid(), active: z.boolean() })
export const storeCouponActiveSchema = couponActiveSchema.extend({ storeId: z.uuid() })

export type CouponStatus = 'active' | 'scheduled' | 'expired' | 'used_up' | 'disabled'

export const COUPON_STATUS_LABELS: Record<CouponStatus, string> = {
  active: 'Active',
  scheduled: 'Scheduled',
  expired: 'Expired',
  used_up: 'Used up',
  disabled: 'Disabled',
}

/** Where a coupon stands at `now`, for lists; pricing applies the same rules itself. */
export function couponStatus(
  c: Pick<CouponValues, 'active' | 'startsAt' | 'expiresAt' | 'usageLimit'> & { usedCount: number },
  now: Date,
): CouponStatus {
  if (!c.active) return 'disabled'
  if (c.expiresAt && c.expiresAt <= now) return 'expired'
  if (c.usageLimit !== null && c.usedCount >= c.usageLimit) return 'used_up'
  if (c.startsAt && c.startsAt > now) return 'scheduled'
  return 'active'
}

/** "10% off, up to ₹200 · orders from ₹499", "₹100 off · orders from ₹999". */
export function describeCoupon(c: Pick<CouponValues, 'kind' | 'value' | 'maxDiscountPaise' | 'minOrderPaise'>): string {
  const off =
    c.kind === 'percent'
      ? `${(c.value / 100).toLocaleString('en-IN', { maximumFractionDigits: 2 })}% off${c.maxDiscountPaise ? `, up to ${formatINR(c.maxDiscountPaise)}` : ''}`
      : `${formatINR(c.value)} off`
  return c.minOrderPaise > 0 ? `${off} · orders from ${formatINR(c.minOrderPaise)}` : off
}
