'use client'

import { ImageOffIcon, Trash2Icon } from 'lucide-react'
import Image from 'next/image'
import Link from 'next/link'
import type { CartLineView } from '@/lib/cart/types'
import { cn, formatINR } from '@/lib/utils'
import { QuantityStepper } from './quantity-stepper'

type CartLineProps = {
  line: CartLineView
  error: string | null
  onQuantity: (line: CartLineView, quantity: number) => void
  onNavigate?: () => void
}

/** One cart line: picture, title and option, price, stock or why it can't be bought, quantity, remove. */
export function CartLine({ line, error, onQuantity, onNavigate }: CartLineProps) {
  const label = line.variantTitle ? `${line.title} (${line.variantTitle})` : line.title
  return (
    <li data-testid="cart-line" data-available={line.available} className="flex gap-3 py-4">
      <Link
        href={line.href}
        onClick={onNavigate}
        tabIndex={-1}
        aria-hidden="true"
        className="relative size-20 shrink-0 overflow-hidden rounded-lg bg-muted sm:size-24"
      >
        {line.image ? (
          <Image src={line.image.url} alt="" fill sizes="96px" className={cn('object-cover', !line.available && 'opacity-50 grayscale')} />
        ) : (
          <ImageOffIcon aria-hidden="true" className="absolute inset-0 m-auto size-6 text-muted-foreground" />
        )}
      </Link>
      <div className="flex min-w-0 flex-1 flex-col gap-1">
        <div className="flex items-start justify-between gap-2">
          <div className="min-w-0">
            <Link href={line.href} onClick={onNavigate} className="line-clamp-2 text-sm font-medium outline-none hover:underline focus-visible:underline">
              {line.title}
            </Link>
            {line.variantTitle ? <p className="text-xs text-muted-foreground">{line.variantTitle}</p> : null}
          </div>
          <p className="shrink-0 text-sm font-semibold tabular-nums">
            <span className="sr-only">Total </span>
            {line.available ? formatINR(line.lineTotalPaise) : '—'}
          </p>
        </div>
        <p className="text-xs text-muted-foreground tabular-nums">
          {formatINR(line.unitPricePaise)} each
          {line.compareAtPaise !== null && line.compareAtPaise > line.unitPricePaise ? (
            <>
              {' · '}
              <span className="sr-only">MRP </span>
              <s>{formatINR(line.compareAtPaise)}</s>
            </>
          ) : null}
        </p>
        {line.available ? (
          line.stockLabel !== 'In stock' ? <p className="text-xs font-semibold text-primary-ink">{line.stockLabel}</p> : null
        ) : (
          <p className="text-xs font-semibold text-destructive">{line.problem} It won’t be checked out.</p>
        )}
        {line.notice ? <p className="text-xs text-primary-ink">{line.notice}</p> : null}
        {error ? <p className="text-xs font-medium text-destructive">{error}</p> : null}
        <div className="mt-1 flex flex-wrap items-center gap-2">
          {line.available ? (
            <QuantityStepper label={label} value={line.quantity} max={line.maxQuantity} onChange={(q) => onQuantity(line, q)} />
          ) : (
            <span className="text-xs text-muted-foreground">Qty {line.quantity}</span>
          )}
          <button
            type="button"
            onClick={() => onQuantity(line, 0)}
            aria-label={`Remove ${label} from cart`}
            className="inline-flex h-10 items-center gap-1.5 rounded-lg px-2.5 text-sm font-medium text-muted-foreground outline-none hover:bg-accent hover:text-foreground focus-visible:ring-2 focus-visible:ring-ring"
          >
            <Trash2Icon aria-hidden="true" className="size-4" />
            Remove
          </button>
        </div>
      </div>
    </li>
  )
}
