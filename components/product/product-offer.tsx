'use client'

import { CheckCircle2Icon, CircleAlertIcon, CircleSlashIcon } from 'lucide-react'
import { discountPercent, stockState } from '@/lib/catalog/pricing'
import { cn, formatINR } from '@/lib/utils'
import { useProductVariant } from './product-variant-context'

/** Price, MRP, % off and the stock line for the chosen variant; read out when the choice changes. */
export function ProductOffer() {
  const { offer, product, variant } = useProductVariant()
  const off = discountPercent(offer.pricePaise, offer.compareAtPaise)
  const stock = stockState(offer.stock, product.lowStockThreshold)
  const StockIcon = stock.kind === 'in_stock' ? CheckCircle2Icon : stock.kind === 'low_stock' ? CircleAlertIcon : CircleSlashIcon

  return (
    <div aria-live="polite" aria-atomic="true" data-testid="product-offer" className="flex flex-col gap-2">
      {variant ? <span className="sr-only">{`${variant.title}: `}</span> : null}
      <p className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <span className="sr-only">Price </span>
        <span data-testid="product-price" className="text-3xl font-bold tracking-tight tabular-nums">
          {formatINR(offer.pricePaise)}
        </span>
        {off > 0 && offer.compareAtPaise !== null ? (
          <>
            <span className="text-base text-muted-foreground">
              <span className="sr-only">, MRP </span>
              <s className="tabular-nums">
                {formatINR(offer.compareAtPaise)}
              </s>
            </span>
            <span className="rounded-md bg-success px-2 py-0.5 text-sm font-bold text-success-foreground">{off}% off</span>
          </>
        ) : null}
      </p>
      <p className="text-xs text-muted-foreground">Inclusive of all taxes</p>
      <p
        data-testid="product-stock"
        data-stock={stock.kind}
        className={cn(
          'flex items-center gap-1.5 text-sm font-semibold',
          stock.kind === 'in_stock' && 'text-success',
          stock.kind === 'low_stock' && 'text-primary-ink',
          stock.kind === 'out_of_stock' && 'text-destructive',
        )}
      >
        <StockIcon aria-hidden="true" className="size-4" />
        {stock.label}
      </p>
    </div>
  )
}
