'use client'

import Image from 'next/image'
import { Button } from '@/components/ui/button'
import type { SpotlightProduct } from '@/lib/live/events'
import { cn, formatINR } from '@/lib/utils'

/** The product the host is showing now, over the bottom of the video (SPEC §6.4). */
export function SpotlightCard({ product, onBuy }: { product: SpotlightProduct; onBuy: () => void }) {
  const soldOut = product.stock <= 0
  return (
    <div
      className="bg-background/95 animate-pop-in flex items-center gap-3 rounded-xl p-2 pr-3 shadow-lg backdrop-blur"
      data-testid="spotlight"
      data-product-id={product.productId}
      role="region"
      aria-label="Now showing"
      aria-live="polite"
    >
      <div className="bg-muted relative size-14 shrink-0 overflow-hidden rounded-lg">
        {product.imageUrl ? <Image src={product.imageUrl} alt="" fill sizes="56px" className="object-cover" /> : null}
      </div>
      <div className="min-w-0 flex-1">
        <p className="text-primary text-[10px] font-semibold tracking-wide uppercase">Now showing</p>
        <p className="truncate text-sm font-medium" data-testid="spotlight-title">
          {product.title}
        </p>
        <p className="text-sm">
          <span className="font-semibold">{formatINR(product.pricePaise)}</span>
          {product.mrpPaise && product.mrpPaise > product.pricePaise ? (
            <span className="text-muted-foreground ml-1 text-xs line-through">{formatINR(product.mrpPaise)}</span>
          ) : null}
          <span className={cn('ml-2 text-xs', soldOut ? 'text-destructive' : 'text-muted-foreground')} data-testid="spotlight-stock">
            {soldOut ? 'Sold out' : `${product.stock} left`}
          </span>
        </p>
      </div>
      <Button onClick={onBuy} disabled={soldOut} data-testid="spotlight-buy">
        Buy now
      </Button>
    </div>
  )
}
