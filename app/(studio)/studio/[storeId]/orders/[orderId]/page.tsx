import type { Metadata } from 'next'
import Link from 'next/link'
import { NEXT_STEP, formatOrderTime } from '@/components/studio/orders/format'
import { OrderActions } from '@/components/studio/orders/order-actions'
import { OrderBuyerCard } from '@/components/studio/orders/order-buyer-card'
import { OrderItemsCard } from '@/components/studio/orders/order-items-card'
import { OrderPaymentCard } from '@/components/studio/orders/order-payment-card'
import { OrderStatusBadge } from '@/components/studio/orders/order-status-badge'
import { OrderTimeline } from '@/components/studio/orders/order-timeline'
import { ReturnCard } from '@/components/studio/orders/return-card'
import { ShipmentCard } from '@/components/studio/orders/shipment-card'
import { PageHeader } from '@/components/layout/page-header'
import { getSellerOrderPage } from '@/lib/dal/seller-orders'
import { sellerOrderCommands } from '@/lib/validations/seller-orders'

export async function generateMetadata({ params }: PageProps<'/studio/[storeId]/orders/[orderId]'>): Promise<Metadata> {
  const { storeId, orderId } = await params
  const { order } = await getSellerOrderPage(storeId, orderId)
  return { title: `Order ${order.number} · Seller studio`, robots: { index: false } }
}

export default async function SellerOrderPage({ params }: PageProps<'/studio/[storeId]/orders/[orderId]'>) {
  const { storeId, orderId } = await params
  const page = await getSellerOrderPage(storeId, orderId)
  const { order, access } = page
  // A moderator sees which steps wait for the owner rather than wondering where the button went.
  const ownerOnly = access.role === 'moderator' && sellerOrderCommands(order.status, 'owner', access.readOnly).length > page.commands.length
  const roleNote = access.readOnly
    ? 'Your store is not active, so orders cannot be changed. Contact support to restore it.'
    : ownerOnly
      ? 'Only the store owner can cancel orders or decide returns.'
      : null

  return (
    <>
      <PageHeader
        eyebrow={
          <Link href={`/studio/${storeId}/orders`} className="hover:underline">
            ← Orders
          </Link>
        }
        title={`Order ${order.number}`}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <OrderStatusBadge status={order.status} />
            <span>
              Placed <time dateTime={order.placedAt}>{formatOrderTime(order.placedAt)}</time> · {order.paymentMethod === 'cod' ? 'COD' : 'Prepaid'}
            </span>
          </span>
        }
      />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem] lg:items-start">
        <div className="grid min-w-0 gap-6">
          <OrderActions
            storeId={storeId}
            orderId={order.id}
            orderNumber={order.number}
            prepaid={order.paymentMethod !== 'cod'}
            totalPaise={order.totalPaise}
            commands={page.commands}
            hint={NEXT_STEP[order.status]}
            roleNote={roleNote}
          />
          {page.returnRequest ? <ReturnCard request={page.returnRequest} /> : null}
          <OrderItemsCard items={page.items} order={order} />
          <OrderTimeline entries={page.timeline} />
        </div>
        <div className="grid min-w-0 gap-6">
          {page.shipment ? <ShipmentCard shipment={page.shipment} /> : null}
          {page.returnShipment ? <ShipmentCard shipment={page.returnShipment} title="Return pickup" isReturn /> : null}
          <OrderBuyerCard order={order} />
          <OrderPaymentCard order={order} payment={page.payment} refunds={page.refunds} />
        </div>
      </div>
    </>
  )
}
