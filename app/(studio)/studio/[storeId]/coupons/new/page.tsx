import type { Metadata } from 'next'
import Link from 'next/link'
import { CouponForm } from '@/components/coupon/coupon-form'
import { PageHeader } from '@/components/layout/page-header'
import { getStudioContext } from '@/lib/dal/studio'
import { couponFormValues } from '@/lib/validations/coupon'

export const metadata: Metadata = { title: 'New coupon · Seller studio', robots: { index: false } }

export default async function NewStoreCouponPage({ params }: PageProps<'/studio/[storeId]/coupons/new'>) {
  const { storeId } = await params
  const { readOnly } = await getStudioContext(storeId)
  const base = `/studio/${storeId}/coupons`
  return (
    <>
      <PageHeader eyebrow={<Link href={base} className="hover:underline">← Coupons</Link>} title="New coupon" description="The discount applies to your store’s items in the buyer’s order." />
      <CouponForm scope={{ storeId }} defaultValues={couponFormValues()} listHref={base} readOnly={readOnly} />
    </>
  )
}
