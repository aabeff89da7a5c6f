import type { Metadata } from 'next'
import Link from 'next/link'
import { CouponForm } from '@/components/coupon/coupon-form'
import { PageHeader } from '@/components/layout/page-header'
import { requireAdmin } from '@/lib/auth'
import { couponFormValues } from '@/lib/validations/coupon'

export const metadata: Metadata = { title: 'New platform coupon · Admin console', robots: { index: false } }

export default async function NewPlatformCouponPage() {
  await requireAdmin('/admin/coupons/new')
  return (
    <div className="mx-auto w-full max-w-3xl px-4 py-8 sm:px-6">
      <PageHeader
        eyebrow={<Link href="/admin/coupons" className="hover:underline">← Platform coupons</Link>}
        title="New platform coupon"
        description="The discount is shared across the stores in the order, in proportion to their totals."
      />
      <CouponForm scope={{ platform: true }} defaultValues={couponFormValues()} listHref="/admin/coupons" />
    </div>
  )
}
