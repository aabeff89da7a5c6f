import { ImageIcon } from 'lucide-react'
import Image from 'next/image'
import type { SellerOrderPage } from '@/lib/dal/seller-orders'
import { formatINR } from '@/lib/utils'

type Props = { items: SellerOrderPage['items']; order: SellerOrderPage['order'] }

const SOURCE: Partial<Record<SellerOrderPage['items'][number]['priceSource'], string>> = {
  live: 'Live price',
  flash: 'Flash sale',
  auction: 'Won at auction',
  giveaway: 'Giveaway',
}

/** What to pack, with the prices the buyer paid and the order's totals. */
export function OrderItemsCard({ items, order }: Props) {
  const units = items.reduce((sum, i) => sum + i.quantity, 0)
  return (
    <section aria-labelledby="order-items" className="rounded-xl border bg-card">
      <h2 id="order-items" className="border-b px-4 py-3 font-semibold">
        Items <span className="font-normal text-muted-foreground">({units.toLocaleString('en-IN')})</span>
      </h2>
      <ul className="divide-y">
        {items.map((item) => (
          <li key={item.id} className="flex gap-3 px-4 py-3">
            <div className="relative size-16 shrink-0 overflow-hidden rounded-md border bg-muted">
              {item.imageUrl ? (
                <Image src={item.imageUrl} alt="" fill sizes="64px" className="object-cover" />
              ) : (
                <ImageIcon aria-hidden="true" className="absolute inset-0 m-auto size-5 text-muted-foreground" />
              )}
            </div>
            <div className="grid min-w-0 flex-1 gap-0.5 text-sm">
              <p className="font-medium break-words">{item.title}</p>
              {item.variantTitle ? <p className="text-muted-foreground">{item.variantTitle}</p> : null}
              <p className="text-xs text-muted-foreground">
                {[item.sku ? `SKU ${item.sku}` : null, SOURCE[item.priceSource]].filter(Boolean).join(' · ')}
              </p>
            </div>
            <div className="shrink-0 text-right text-sm tabular-nums">
              <p className="font-medium">{formatINR(item.totalPaise)}</p>
              <p className="text-xs text-muted-foreground">
                {item.quantity} × {formatINR(item.unitPricePaise)}
              </p>
            </div>
          </li>
        ))}
      </ul>
      <dl className="grid grid-cols-[1fr_auto] gap-x-4 gap-y-1 border-t px-4 py-3 text-sm tabular-nums">
        <dt className="text-muted-foreground">Subtotal</dt>
        <dd className="text-right">{formatINR(order.subtotalPaise)}</dd>
        {order.discountPaise > 0 ? (
          <>
            <dt className="text-muted-foreground">Discount</dt>
            <dd className="text-right">−{formatINR(order.discountPaise)}</dd>
          </>
        ) : null}
        <dt className="text-muted-foreground">Shipping</dt>
        <dd className="text-right">{order.shippingPaise > 0 ? formatINR(order.shippingPaise) : 'Free'}</dd>
        <dt className="font-semibold">Total</dt>
        <dd className="text-right font-semibold">{formatINR(order.totalPaise)}</dd>
      </dl>
    </section>
  )
}
