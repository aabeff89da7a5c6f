'use client'

import { PackageIcon, SparklesIcon, XIcon } from 'lucide-react'
import Image from 'next/image'
import type { Dispatch } from 'react'
import { spotlightAction } from '@/components/live/actions'
import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import type { ConsoleProduct } from '@/lib/dal/live-console'
import { cn, formatINR } from '@/lib/utils'
import type { ConsoleAction } from './console-state'
import { useConsoleCommand } from './use-console-command'
import { CommandStatus } from './command-status'

type Props = {
  showId: string
  live: boolean
  products: ConsoleProduct[]
  stock: Record<string, number>
  spotlightId: string | null
  dispatch: Dispatch<ConsoleAction>
}

/** The run list: what is on sale in the show, stock left as it sells, and the spotlight toggle. */
export function RunListPanel({ showId, live, products, stock, spotlightId, dispatch }: Props) {
  const command = useConsoleCommand()
  const current = products.find((p) => p.productId === spotlightId) ?? null

  /** `from`: the button pressed, so its label says it is working. */
  const spotlight = (productId: string | null, from: string) =>
    command.run(from, () => spotlightAction({ showId, productId }), (data) => {
      dispatch({ type: 'spotlight', productId: data.product?.productId ?? null, stock: data.product?.stock })
      return data.product ? `${data.product.title} is in the spotlight.` : 'Spotlight cleared.'
    })

  return (
    <section aria-labelledby="console-run-list" className="grid gap-3 rounded-xl border bg-card p-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="console-run-list" className="text-base font-semibold">
          Run list
        </h2>
        <Button type="button" size="sm" variant="outline" onClick={() => spotlight(null, 'clear')} disabled={!live || !spotlightId || command.pending}>
          <XIcon aria-hidden="true" /> {command.running === 'clear' ? 'Clearing…' : 'Clear spotlight'}
        </Button>
      </div>
      <p className="text-[13px] text-muted-foreground">
        {live
          ? current
            ? `In the spotlight: ${current.title}. Viewers see it under the video with a buy button.`
            : 'Tap “Spotlight” on a product to show it to every viewer with its price and a buy button.'
          : 'Spotlight opens when you go live.'}
      </p>
      <CommandStatus command={command} />

      {products.length === 0 ? (
        <p className="rounded-lg border border-dashed p-4 text-center text-sm text-muted-foreground">
          <PackageIcon aria-hidden="true" className="mx-auto mb-2 size-6" />
          This show has no products. The run list can change only before a show starts; schedule your next show with the products you want to sell.
        </p>
      ) : (
        <ul className="grid gap-2">
          {products.map((p) => {
            const left = stock[p.productId] ?? p.stock
            const on = spotlightId === p.productId
            return (
              <li key={p.productId} className={cn('flex items-center gap-3 rounded-lg border p-2', on && 'border-primary bg-primary/5 ring-1 ring-primary')}>
                <span className="relative size-12 shrink-0 overflow-hidden rounded-md bg-muted">
                  {p.imageUrl ? <Image src={p.imageUrl} alt="" fill sizes="48px" className="object-cover" /> : null}
                </span>
                <span className="grid min-w-0 flex-1 gap-0.5">
                  <span className="line-clamp-2 text-sm font-medium">{p.title}</span>
                  <span className="flex flex-wrap items-center gap-x-2 text-xs text-muted-foreground">
                    <span className="font-semibold text-foreground">{formatINR(p.pricePaise)}</span>
                    {p.livePricePaise !== null && p.pricePaise < p.listPricePaise ? (
                      <span>
                        <span className="sr-only">usually </span>
                        <s>{formatINR(p.listPricePaise)}</s> live price
                      </span>
                    ) : null}
                    <span data-testid={`stock-${p.productId}`} className={cn(left <= 3 && 'font-medium text-destructive')}>
                      {left > 0 ? `${left} left` : 'Sold out'}
                    </span>
                    {!p.available ? <Badge variant="outline">Off sale</Badge> : null}
                  </span>
                </span>
                <Button
                  type="button"
                  size="sm"
                  variant={on ? 'default' : 'outline'}
                  aria-pressed={on}
                  aria-label={on ? `Take ${p.title} out of the spotlight` : `Spotlight ${p.title}`}
                  data-testid={`spotlight-${p.productId}`}
                  onClick={() => spotlight(on ? null : p.productId, p.productId)}
                  disabled={!live || !p.available || command.pending}
                  className="shrink-0"
                >
                  <SparklesIcon aria-hidden="true" />
                  {command.running === p.productId ? 'Working…' : on ? 'In spotlight' : 'Spotlight'}
                </Button>
              </li>
            )
          })}
        </ul>
      )}
    </section>
  )
}
