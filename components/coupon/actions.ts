'use server'

import { revalidatePath } from 'next/cache'
import { getDb } from '@/db'
import { adminAction, sellerAction } from '@/lib/actions/safe-action'
import { saveCoupon, setCouponActiveInScope } from '@/lib/dal/coupons'
import { couponActiveSchema, platformCouponSchema, storeCouponActiveSchema, storeCouponSchema } from '@/lib/validations/coupon'

// Seller actions are scoped by the input's storeId, which sellerAction has checked the caller owns;
// the DAL then names that store in every query, so another store's coupon id is "not found".

export const saveStoreCouponAction = sellerAction(
  storeCouponSchema,
  async (input, { user }) => {
    const row = await saveCoupon(getDb(), { actorId: user.id, storeId: input.storeId }, input)
    revalidatePath(`/studio/${input.storeId}/coupons`)
    return { couponId: row.id, code: row.code, created: !input.couponId }
  },
  { rateLimit: { name: 'coupon-save', limit: 60, windowSeconds: 600 } },
)

export const setStoreCouponActiveAction = sellerAction(storeCouponActiveSchema, async (input, { user }) => {
  const row = await setCouponActiveInScope(getDb(), { actorId: user.id, storeId: input.storeId }, input)
  revalidatePath(`/studio/${input.storeId}/coupons`)
  return { active: row.active }
})

export const savePlatformCouponAction = adminAction(platformCouponSchema, async (input, { user }) => {
  const row = await saveCoupon(getDb(), { actorId: user.id, storeId: null }, input)
  revalidatePath('/admin/coupons')
  return { couponId: row.id, code: row.code, created: !input.couponId }
})

export const setPlatformCouponActiveAction = adminAction(couponActiveSchema, async (input, { user }) => {
  const row = await setCouponActiveInScope(getDb(), { actorId: user.id, storeId: null }, input)
  revalidatePath('/admin/coupons')
  return { active: row.active }
})
