import type { BuyerOrderView } from '@/lib/dal/buyer-orders'
import type { OrderStatus } from '@/lib/domain/order-state'
import { formatINR } from '@/lib/utils'
import { paymentText } from './order-format'

export function PriceBreakdown({ price, status }: { price: BuyerOrderView['price']; status: OrderStatus }) {
  return (
    <div className="grid gap-3 text-sm">
      <dl className="grid grid-cols-[1fr_auto] gap-x-4 gap-y-1.5">
        <dt className="text-muted-foreground">Subtotal</dt>
        <dd className="text-right tabular-nums">{formatINR(price.subtotalPaise)}</dd>
        {price.discountPaise > 0 ? (
          <>
            <dt className="text-muted-foreground">Discount</dt>
            <dd className="text-right tabular-nums">−{formatINR(price.discountPaise)}</dd>
          </>
        ) : null}
        <dt className="text-muted-foreground">Shipping</dt>
        <dd className="text-right tabular-nums">{price.shippingPaise > 0 ? formatINR(price.shippingPaise) : 'Free'}</dd>
        <dt className="border-t pt-2 font-semibold">Total</dt>
        <dd className="border-t pt-2 text-right font-semibold tabular-nums">{formatINR(price.totalPaise)}</dd>
      </dl>
      <p className="text-muted-foreground">{paymentText(price, status)}</p>
    </div>
  )
}
