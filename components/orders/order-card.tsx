import { ClockIcon } from 'lucide-react'
import Link from 'next/link'
import type { BuyerOrderCard } from '@/lib/dal/buyer-orders'
import { formatINR } from '@/lib/utils'
import { AWAITING_PAYMENT_NOTE, formatOrderDate, itemsSummary } from './order-format'
import { OrderStatusBadge } from './order-status-badge'
import { OrderThumb } from './order-thumb'

/** One order in the buyer's list; the whole card opens the order. */
export function OrderCard({ order, headingLevel: Heading = 'h2' }: { order: BuyerOrderCard; headingLevel?: 'h2' | 'h3' }) {
  const headingId = `order-${order.id}`
  return (
    <article
      aria-labelledby={headingId}
      className="relative grid gap-3 rounded-xl border bg-card p-4 shadow-xs transition-colors focus-within:ring-2 focus-within:ring-ring hover:bg-accent/40"
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <Heading id={headingId} className="font-semibold">
            <Link href={`/account/orders/${order.id}`} className="outline-none after:absolute after:inset-0 after:rounded-xl">
              Order {order.number}
            </Link>
          </Heading>
          <p className="text-sm text-muted-foreground">
            Placed <time dateTime={order.placedAt}>{formatOrderDate(order.placedAt)}</time> · {order.storeName}
          </p>
        </div>
        <OrderStatusBadge status={order.status} label={order.statusLabel} />
      </div>
      <div className="flex items-center gap-3">
        <OrderThumb src={order.firstItem?.imageUrl ?? null} />
        <p className="min-w-0 flex-1 text-sm break-words">
          {itemsSummary(order.firstItem?.title ?? null, order.moreLines)}
          {order.firstItem?.variantTitle && order.moreLines === 0 ? <span className="text-muted-foreground"> · {order.firstItem.variantTitle}</span> : null}
        </p>
        <p className="shrink-0 font-semibold tabular-nums">
          <span className="sr-only">Total </span>
          {formatINR(order.totalPaise)}
        </p>
      </div>
      {order.status === 'pending_payment' ? (
        <p className="flex items-center gap-2 text-sm font-medium text-amber-800 dark:text-amber-300">
          <ClockIcon aria-hidden="true" className="size-4 shrink-0" />
          {AWAITING_PAYMENT_NOTE}
        </p>
      ) : null}
    </article>
  )
}
