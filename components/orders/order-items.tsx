import { StarIcon } from 'lucide-react'
import Link from 'next/link'
import type { BuyerOrderView } from '@/lib/dal/buyer-orders'
import { formatINR } from '@/lib/utils'
import { OrderThumb } from './order-thumb'

/** The order's lines, each linking to its product; delivered lines can be reviewed. */
export function OrderItems({ items, reviewable }: { items: BuyerOrderView['items']; reviewable: boolean }) {
  return (
    <ul className="grid divide-y">
      {items.map((item) => (
        <li key={item.id} className="flex gap-3 py-3 first:pt-0 last:pb-0">
          <OrderThumb src={item.imageUrl} />
          <div className="grid min-w-0 flex-1 gap-1">
            <Link href={`/p/${item.productSlug}`} className="font-medium break-words underline-offset-4 hover:underline">
              {item.title}
            </Link>
            <p className="text-[13px] text-muted-foreground">
              {item.variantTitle ? `${item.variantTitle} · ` : ''}
              {item.quantity} × {formatINR(item.unitPricePaise)}
            </p>
            {reviewable ? (
              item.reviewed ? (
                <Link href="/account/reviews" className="w-fit text-[13px] font-medium text-primary-ink underline-offset-4 hover:underline">
                  See your review
                </Link>
              ) : (
                <Link
                  href={`/account/reviews/new?item=${item.id}`}
                  className="inline-flex w-fit items-center gap-1 text-[13px] font-medium text-primary-ink underline-offset-4 hover:underline"
                  aria-label={`Write a review of ${item.title}`}
                >
                  <StarIcon aria-hidden="true" className="size-3.5" />
                  Write a review
                </Link>
              )
            ) : null}
          </div>
          <p className="shrink-0 text-sm font-medium tabular-nums">{formatINR(item.totalPaise)}</p>
        </li>
      ))}
    </ul>
  )
}
