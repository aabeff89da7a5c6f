import type { coupons } from '@/db/schema'

type CouponRow = typeof coupons.$inferInsert

/**
 * Demo coupons: a platform welcome code and a flat discount from the first approved store, so
 * checkout has something to apply out of the box. Valid from a day before seeding, for a year.
 */
export function planCoupons(stores: readonly { id?: string; status?: string | null }[], now: Date): CouponRow[] {
  const DAY = 86_400_000
  const window = { startsAt: new Date(now.getTime() - DAY), expiresAt: new Date(now.getTime() + 365 * DAY) }
  const rows: CouponRow[] = [
    // 10% off, up to ₹200, on orders from ₹499.
    { storeId: null, code: 'WELCOME10', kind: 'percent', value: 10_00, minOrderPaise: 499_00, maxDiscountPaise: 200_00, perUserLimit: 1, ...window },
  ]
  const store = stores.find((s) => s.status === 'approved')
  if (store?.id) {
    // ₹100 off orders from ₹999 at that store.
    rows.push({ storeId: store.id, code: 'FLAT100', kind: 'fixed', value: 100_00, minOrderPaise: 999_00, perUserLimit: 3, ...window })
  }
  return rows
}
