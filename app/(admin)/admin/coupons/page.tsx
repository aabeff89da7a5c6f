import { PlusIcon, TicketPercentIcon } from 'lucide-react'
import type { Metadata } from 'next'
import Link from 'next/link'
import { CouponList } from '@/components/coupon/coupon-list'
import { EmptyState } from '@/components/layout/empty-state'
import { PageHeader } from '@/components/layout/page-header'
import { Button } from '@/components/ui/button'
import { getDb } from '@/db'
import { requireAdmin } from '@/lib/auth'
import { listCouponsWithStatus } from '@/lib/dal/coupons'

export const metadata: Metadata = { title: 'Platform coupons · Admin console', robots: { index: false } }

export default async function PlatformCouponsPage() {
  await requireAdmin('/admin/coupons')
  const coupons = await listCouponsWithStatus(getDb(), { storeId: null })
  const newButton = (
    <Button asChild size="sm">
      <Link href="/admin/coupons/new">
        <PlusIcon aria-hidden="true" /> New platform coupon
      </Link>
    </Button>
  )
  return (
    <div className="mx-auto w-full max-w-4xl px-4 py-8 sm:px-6">
      <PageHeader
        eyebrow={<Link href="/admin" className="hover:underline">← Admin console</Link>}
        title="Platform coupons"
        description="Codes Haat pays for, valid across every store in the buyer’s bag. Every change is written to the audit log."
        actions={coupons.length > 0 ? newButton : null}
      />
      {coupons.length === 0 ? (
        <EmptyState icon={TicketPercentIcon} title="No platform coupons" description="Create a welcome or festival code that works in every store." action={newButton} />
      ) : (
        <CouponList coupons={coupons} scope={{ platform: true }} baseHref="/admin/coupons" />
      )}
    </div>
  )
}
