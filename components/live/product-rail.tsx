'use client'

import Image from 'next/image'
import { Button } from '@/components/ui/button'
import type { RunListProduct } from '@/lib/dal/shows'
import { cn, formatINR } from '@/lib/utils'

/** The run list as a strip under the video (SPEC §6.4); the spotlighted product leads. */
export function ProductRail({
  products,
  spotlightId,
  stock,
  onBuy,
}: {
  products: RunListProduct[]
  spotlightId: string | null
  stock: Record<string, number>
  onBuy: (product: RunListProduct) => void
}) {
  if (products.length === 0) return null
  return (
    <section aria-labelledby="rail-title" className="grid gap-2">
      <h2 id="rail-title" className="text-sm font-semibold">
        In this show <span className="text-muted-foreground font-normal">· {products.length}</span>
      </h2>
      <ul className="-mx-1 flex snap-x gap-3 overflow-x-auto px-1 pb-2" data-testid="product-rail">
        {products.map((p) => {
          const left = stock[p.productId] ?? p.stock
          const active = p.productId === spotlightId
          return (
            <li
              key={p.productId}
              className={cn('bg-card w-40 shrink-0 snap-start rounded-xl border p-2 transition-shadow', active && 'border-primary ring-primary/30 ring-2')}
              data-testid="rail-item"
              data-product-id={p.productId}
              aria-current={active ? 'true' : undefined}
            >
              <div className="bg-muted relative aspect-square overflow-hidden rounded-lg">
                {p.imageUrl ? <Image src={p.imageUrl} alt="" fill sizes="160px" className="object-cover" /> : null}
                {active ? <span className="bg-primary text-primary-foreground absolute top-1 left-1 rounded px-1.5 py-0.5 text-[10px] font-semibold uppercase">Now showing</span> : null}
              </div>
              <p className="mt-2 line-clamp-2 text-sm leading-snug">{p.title}</p>
              <p className="mt-1 text-sm font-semibold">
                {formatINR(p.pricePaise)}
                {p.livePricePaise !== null && p.livePricePaise < p.listPricePaise ? (
                  <span className="text-muted-foreground ml-1 text-xs font-normal line-through">{formatINR(p.listPricePaise)}</span>
                ) : null}
              </p>
              <p className={cn('text-xs', left <= 0 ? 'text-destructive' : 'text-muted-foreground')}>{left <= 0 ? 'Sold out' : `${left} left`}</p>
              <Button size="sm" className="mt-2 w-full" disabled={left <= 0} onClick={() => onBuy(p)} aria-label={`Buy ${p.title}`}>
                Buy
              </Button>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
