import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { CouponForm } from '@/components/coupon/coupon-form'
import { PageHeader } from '@/components/layout/page-header'
import { getDb } from '@/db'
import { requireAdmin } from '@/lib/auth'
import { getCouponInScope } from '@/lib/dal/coupons'
import { couponFormValues, couponStatus, COUPON_STATUS_LABELS, describeCoupon } from '@/lib/validations/coupon'

export const metadata: Metadata = { title: 'Edit platform coupon · Admin console', robots: { index: false } }

export default async function EditPlatformCouponPage({ params }: PageProps<'/admin/coupons/[couponId]'>) {
  const { couponId } = await params
  await requireAdmin(`/admin/coupons/${couponId}`)
  // Platform scope only: a store's coupon id is a 404 here.
  const coupon = await getCouponInScope(getDb(), { storeId: null, couponId })
  if (!coupon) notFound()
  return (
    <div className="mx-auto w-full max-w-3xl px-4 py-8 sm:px-6">
      <PageHeader
        eyebrow={<Link href="/admin/coupons" className="hover:underline">← Platform coupons</Link>}
        title={<span className="font-mono">{coupon.code}</span>}
        description={`${describeCoupon(coupon)} · ${COUPON_STATUS_LABELS[couponStatus(coupon, new Date())]} · used ${coupon.usedCount.toLocaleString('en-IN')} times`}
      />
      <CouponForm scope={{ platform: true }} defaultValues={couponFormValues(coupon)} listHref="/admin/coupons" />
    </div>
  )
}
