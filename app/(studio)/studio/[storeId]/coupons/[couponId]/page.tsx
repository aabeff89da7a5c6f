import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { CouponForm } from '@/components/coupon/coupon-form'
import { PageHeader } from '@/components/layout/page-header'
import { getDb } from '@/db'
import { getCouponInScope } from '@/lib/dal/coupons'
import { getStudioContext } from '@/lib/dal/studio'
import { couponFormValues, couponStatus, COUPON_STATUS_LABELS, describeCoupon } from '@/lib/validations/coupon'

export const metadata: Metadata = { title: 'Edit coupon · Seller studio', robots: { index: false } }

export default async function EditStoreCouponPage({ params }: PageProps<'/studio/[storeId]/coupons/[couponId]'>) {
  const { storeId, couponId } = await params
  const { readOnly } = await getStudioContext(storeId)
  // Scoped by the store: another store's coupon id is a 404 here.
  const coupon = await getCouponInScope(getDb(), { storeId, couponId })
  if (!coupon) notFound()
  const base = `/studio/${storeId}/coupons`
  return (
    <>
      <PageHeader
        eyebrow={<Link href={base} className="hover:underline">← Coupons</Link>}
        title={<span className="font-mono">{coupon.code}</span>}
        description={`${describeCoupon(coupon)} · ${COUPON_STATUS_LABELS[couponStatus(coupon, new Date())]} · used ${coupon.usedCount.toLocaleString('en-IN')} times`}
      />
      <CouponForm scope={{ storeId }} defaultValues={couponFormValues(coupon)} listHref={base} readOnly={readOnly} />
    </>
  )
}
