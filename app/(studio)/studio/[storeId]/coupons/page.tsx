import { PlusIcon, TicketPercentIcon } from 'lucide-react'
import type { Metadata } from 'next'
import Link from 'next/link'
import { CouponList } from '@/components/coupon/coupon-list'
import { EmptyState } from '@/components/layout/empty-state'
import { PageHeader } from '@/components/layout/page-header'
import { Button } from '@/components/ui/button'
import { getDb } from '@/db'
import { listCouponsWithStatus } from '@/lib/dal/coupons'
import { getStudioContext } from '@/lib/dal/studio'

export const metadata: Metadata = { title: 'Coupons · Seller studio', robots: { index: false } }

export default async function StoreCouponsPage({ params }: PageProps<'/studio/[storeId]/coupons'>) {
  const { storeId } = await params
  const { readOnly } = await getStudioContext(storeId)
  const coupons = await listCouponsWithStatus(getDb(), { storeId })
  const base = `/studio/${storeId}/coupons`
  const newButton = readOnly ? null : (
    <Button asChild size="sm">
      <Link href={`${base}/new`}>
        <PlusIcon aria-hidden="true" /> New coupon
      </Link>
    </Button>
  )
  return (
    <>
      <PageHeader
        title="Coupons"
        description="Discount codes for your store. They apply to your items only, and buyers enter them at checkout."
        actions={coupons.length > 0 ? newButton : null}
      />
      {coupons.length === 0 ? (
        <EmptyState
          icon={TicketPercentIcon}
          title="No coupons yet"
          description="Create a code like FLAT100 or FESTIVE10 to share in your lives and on social media."
          action={newButton}
        />
      ) : (
        <CouponList coupons={coupons} scope={{ storeId }} baseHref={base} readOnly={readOnly} />
      )}
    </>
  )
}
