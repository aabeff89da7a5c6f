import { PackageXIcon } from 'lucide-react'
import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { EmptyState } from '@/components/layout/empty-state'
import { PageHeader } from '@/components/layout/page-header'
import { formatLongDate, itemsSummary } from '@/components/orders/order-format'
import { OrderThumb } from '@/components/orders/order-thumb'
import { ReturnForm } from '@/components/orders/return-form'
import { Button } from '@/components/ui/button'
import { getDb } from '@/db'
import { requireUser } from '@/lib/auth'
import { getReturnFormOrder } from '@/lib/dal/buyer-orders'

export const metadata: Metadata = { title: 'Return items', robots: { index: false, follow: false } }

export default async function ReturnPage({ params }: { params: Promise<{ orderId: string }> }) {
  const { orderId } = await params
  const user = await requireUser(`/account/orders/${encodeURIComponent(orderId)}/return`)
  const order = await getReturnFormOrder(getDb(), user.id, orderId)
  if (!order) notFound()

  const orderHref = `/account/orders/${order.id}`
  const first = order.items[0]
  return (
    <div className="mx-auto w-full max-w-2xl px-4 pt-8 pb-16 sm:px-6">
      <PageHeader
        eyebrow={
          <Link href={orderHref} className="hover:underline">
            ← Order {order.number}
          </Link>
        }
        title="Return items"
        description={
          order.returns.state === 'open' ? (
            <>
              {order.storeName} accepts returns within {order.returnWindowDays} {order.returnWindowDays === 1 ? 'day' : 'days'} of delivery. Ask by{' '}
              <strong className="font-medium text-foreground">{formatLongDate(order.returns.closesAt)}</strong>.
            </>
          ) : undefined
        }
      />
      <div className="mb-6 flex items-center gap-3 rounded-xl border bg-card p-3">
        <OrderThumb src={first?.imageUrl ?? null} />
        <div className="grid min-w-0 gap-0.5">
          <p className="font-medium break-words">{itemsSummary(first?.title ?? null, Math.max(0, order.items.length - 1))}</p>
          <p className="text-sm text-muted-foreground">
            Order {order.number} · {order.storeName}
          </p>
        </div>
      </div>
      {order.returns.state === 'open' ? (
        <ReturnForm orderId={order.id} orderNumber={order.number} />
      ) : (
        <EmptyState
          icon={PackageXIcon}
          title="This order can’t be returned now"
          description={
            order.returns.state === 'closed'
              ? `The return window for this order closed on ${formatLongDate(order.returns.closedAt)}.`
              : 'Returns open once an order is delivered, if the store accepts returns. A return may also have been requested already — the order page shows its status.'
          }
          action={
            <Button asChild>
              <Link href={orderHref}>Back to the order</Link>
            </Button>
          }
        />
      )}
    </div>
  )
}
