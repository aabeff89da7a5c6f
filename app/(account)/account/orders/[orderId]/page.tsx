import { ClockIcon, PackageXIcon, Undo2Icon } from 'lucide-react'
import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { PageHeader } from '@/components/layout/page-header'
import { RefundStatus, ReturnStatus } from '@/components/orders/after-sales'
import { CancelOrderDialog } from '@/components/orders/cancel-order-dialog'
import { AWAITING_PAYMENT_NOTE, formatLongDate, formatOrderDate } from '@/components/orders/order-format'
import { OrderItems } from '@/components/orders/order-items'
import { OrderProgress } from '@/components/orders/order-progress'
import { OrderSection } from '@/components/orders/order-section'
import { OrderStatusBadge } from '@/components/orders/order-status-badge'
import { OrderTimeline } from '@/components/orders/order-timeline'
import { PriceBreakdown } from '@/components/orders/price-breakdown'
import { ShipmentDetails } from '@/components/orders/shipment-card'
import { buildTimeline } from '@/components/orders/timeline'
import { Button } from '@/components/ui/button'
import { getDb } from '@/db'
import { requireUser } from '@/lib/auth'
import { getBuyerOrderView } from '@/lib/dal/buyer-orders'
import { getStorage } from '@/lib/services/storage'
import { formatIndianPhone } from '@/lib/utils'

export const metadata: Metadata = { title: 'Your order', robots: { index: false, follow: false } }

const STOPPED: Partial<Record<string, string>> = {
  cancelled: 'This order was cancelled. It will not be shipped.',
  rto: 'The courier could not deliver this parcel and returned it to the seller.',
}

export default async function OrderPage({ params }: { params: Promise<{ orderId: string }> }) {
  const { orderId } = await params
  const user = await requireUser(`/account/orders/${encodeURIComponent(orderId)}`)
  const order = await getBuyerOrderView(getDb(), getStorage(), user.id, orderId)
  if (!order) notFound()

  const timeline = buildTimeline(order.events, order.scans, { cod: order.price.method === 'cod' })
  const { address } = order
  const returnLink =
    order.returns.state === 'open' ? (
      <Button asChild variant="outline">
        <Link href={`/account/orders/${order.id}/return`}>
          <Undo2Icon aria-hidden="true" />
          Return items
        </Link>
      </Button>
    ) : null

  return (
    <div className="mx-auto w-full max-w-5xl px-4 pt-8 pb-16 sm:px-6">
      <PageHeader
        eyebrow={
          <Link href="/account/orders" className="hover:underline">
            ← Your orders
          </Link>
        }
        title={`Order ${order.number}`}
        description={
          <>
            Placed <time dateTime={order.placedAt}>{formatOrderDate(order.placedAt)}</time> · Sold by{' '}
            <Link href={`/s/${order.store.slug}`} className="font-medium text-primary-ink underline-offset-4 hover:underline">
              {order.store.name}
            </Link>
          </>
        }
        actions={
          order.mayCancel || returnLink ? (
            <>
              {order.mayCancel ? <CancelOrderDialog orderId={order.id} orderNumber={order.number} refundPaise={order.cancelRefundPaise} cod={order.price.method === 'cod'} /> : null}
              {returnLink}
            </>
          ) : undefined
        }
      />

      <div className="mb-6 grid gap-4 rounded-xl border bg-card p-4 sm:p-5">
        <p className="flex flex-wrap items-center gap-2 text-sm">
          <span className="text-muted-foreground">Status:</span>
          <OrderStatusBadge status={order.status} label={order.statusLabel} className="text-sm" />
        </p>
        {order.status === 'pending_payment' ? (
          <p className="flex items-center gap-2 text-sm font-medium text-amber-800 dark:text-amber-300">
            <ClockIcon aria-hidden="true" className="size-4 shrink-0" />
            {AWAITING_PAYMENT_NOTE}
          </p>
        ) : null}
        {STOPPED[order.status] ? (
          <p className="flex items-center gap-2 text-sm">
            <PackageXIcon aria-hidden="true" className="size-4 shrink-0 text-muted-foreground" />
            {STOPPED[order.status]}
          </p>
        ) : null}
        {order.step !== null ? <OrderProgress step={order.step} /> : null}
        {order.returns.state === 'open' ? (
          <p className="text-sm text-muted-foreground">
            You can return this order until <strong className="font-medium text-foreground">{formatLongDate(order.returns.closesAt)}</strong>.
          </p>
        ) : order.returns.state === 'closed' ? (
          <p className="text-sm text-muted-foreground">The return window for this order closed on {formatLongDate(order.returns.closedAt)}.</p>
        ) : null}
      </div>

      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="grid gap-6">
          <OrderSection title={order.items.length === 1 ? 'Item' : `Items (${order.items.length})`}>
            <OrderItems items={order.items} reviewable={order.reviewable} />
          </OrderSection>
          <OrderSection title="Tracking">
            {order.shipment ? <ShipmentDetails parcel={order.shipment} /> : null}
            {order.returnShipment ? <ShipmentDetails parcel={order.returnShipment} label="Return pickup" /> : null}
            <OrderTimeline entries={timeline} />
          </OrderSection>
        </div>
        <div className="grid gap-6">
          {order.latestReturn ? (
            <OrderSection title="Return">
              <ReturnStatus request={order.latestReturn} />
            </OrderSection>
          ) : null}
          {order.refunds.length > 0 ? (
            <OrderSection title="Refund">
              <RefundStatus refunds={order.refunds} />
            </OrderSection>
          ) : null}
          <OrderSection title="Price details">
            <PriceBreakdown price={order.price} status={order.status} />
          </OrderSection>
          <OrderSection title="Delivery address">
            <address className="grid gap-0.5 text-sm not-italic">
              <span className="font-medium">{address.name}</span>
              <span>{address.line1}</span>
              {address.line2 ? <span>{address.line2}</span> : null}
              {address.landmark ? <span>Near {address.landmark}</span> : null}
              <span>
                {address.city}, {address.state} {address.pin}
              </span>
              <span className="text-muted-foreground">{formatIndianPhone(address.phone)}</span>
            </address>
          </OrderSection>
        </div>
      </div>
    </div>
  )
}
