import { AlertTriangleIcon, TruckIcon } from 'lucide-react'
import Image from 'next/image'
import Link from 'next/link'
import type { CheckoutQuote, QuotedLine } from '@/lib/dal/checkout-quote'
import { formatINR } from '@/lib/utils'

type StoreGroup = { storeId: string; name: string; slug: string; lines: QuotedLine[] }

function groupByStore(lines: QuotedLine[]): { groups: StoreGroup[]; orphans: QuotedLine[] } {
  const groups = new Map<string, StoreGroup>()
  const orphans: QuotedLine[] = []
  for (const line of lines) {
    if (!line.row) {
      orphans.push(line)
      continue
    }
    const store = line.row.store
    const group = groups.get(store.id) ?? { storeId: store.id, name: store.name, slug: store.slug, lines: [] }
    group.lines.push(line)
    groups.set(store.id, group)
  }
  return { groups: [...groups.values()], orphans }
}

function etaText(days: { min: number; max: number }): string {
  const fmt = (d: number) =>
    new Intl.DateTimeFormat('en-IN', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'Asia/Kolkata' }).format(new Date(Date.now() + d * 86_400_000))
  return days.min === days.max ? `Arrives by ${fmt(days.max)}` : `Arrives ${fmt(days.min)} – ${fmt(days.max)}`
}

/** The bag as checkout will order it: one block per store (one order each), with delivery. */
export function CheckoutLines({ quote }: { quote: CheckoutQuote }) {
  const { groups, orphans } = groupByStore(quote.lines)
  return (
    <section aria-labelledby="checkout-items" className="grid gap-4">
      <h2 id="checkout-items" className="text-lg font-semibold">
        Your items
      </h2>
      {groups.length > 1 ? (
        <p className="text-muted-foreground text-sm">Items from {groups.length} sellers arrive as {groups.length} separate orders, paid together.</p>
      ) : null}
      {groups.map((group) => {
        const priced = quote.priced?.stores.find((s) => s.storeId === group.storeId)
        const delivery = quote.delivery?.find((d) => d.storeId === group.storeId)
        return (
          <div key={group.storeId} className="bg-card rounded-lg border">
            <div className="flex flex-wrap items-center justify-between gap-2 border-b px-4 py-3">
              <p className="text-sm">
                Sold by{' '}
                <Link href={`/s/${group.slug}`} className="font-medium underline-offset-4 hover:underline">
                  {group.name}
                </Link>
              </p>
              {delivery ? (
                delivery.serviceable ? (
                  <p className="text-muted-foreground flex items-center gap-1.5 text-sm">
                    <TruckIcon className="size-4" aria-hidden />
                    {etaText(delivery.etaDays)}
                  </p>
                ) : (
                  <p className="text-destructive flex items-center gap-1.5 text-sm" role="status">
                    <AlertTriangleIcon className="size-4" aria-hidden />
                    {delivery.reason}
                  </p>
                )
              ) : null}
            </div>
            <ul className="divide-y">
              {group.lines.map((line) => (
                <CheckoutLineRow key={`${line.productId}:${line.variantId ?? '-'}`} line={line} />
              ))}
            </ul>
            {priced ? (
              <dl className="text-muted-foreground grid grid-cols-[1fr_auto] gap-x-4 gap-y-1 border-t px-4 py-3 text-sm">
                <dt>Items</dt>
                <dd className="text-foreground text-right tabular-nums">{formatINR(priced.subtotalPaise)}</dd>
                {priced.discountPaise > 0 ? (
                  <>
                    <dt>Coupon</dt>
                    <dd className="text-right text-emerald-700 tabular-nums dark:text-emerald-400">−{formatINR(priced.discountPaise)}</dd>
                  </>
                ) : null}
                <dt>Delivery</dt>
                <dd className="text-foreground text-right tabular-nums">{priced.shippingPaise === 0 ? 'Free' : formatINR(priced.shippingPaise)}</dd>
              </dl>
            ) : null}
          </div>
        )
      })}
      {orphans.length > 0 ? (
        <div className="rounded-lg border border-dashed p-4 text-sm" role="status">
          {orphans.map((line) => (
            <p key={`${line.productId}:${line.variantId ?? '-'}`}>{line.message}</p>
          ))}
          <p className="mt-2">
            <Link href="/cart" className="font-medium underline underline-offset-4">
              Review your bag
            </Link>
          </p>
        </div>
      ) : null}
    </section>
  )
}

function CheckoutLineRow({ line }: { line: QuotedLine }) {
  const row = line.row!
  return (
    <li className="flex gap-3 px-4 py-3">
      <div className="bg-muted relative size-16 shrink-0 overflow-hidden rounded-md">
        {row.imageUrl ? <Image src={row.imageUrl} alt="" fill sizes="64px" className="object-cover" /> : null}
      </div>
      <div className="grid min-w-0 flex-1 gap-0.5">
        <Link href={`/p/${row.slug}`} className="line-clamp-2 text-sm font-medium underline-offset-4 hover:underline">
          {row.title}
        </Link>
        {row.variantTitle ? <p className="text-muted-foreground text-xs">{row.variantTitle}</p> : null}
        <p className="text-muted-foreground text-xs">Qty {line.quantity}</p>
        {line.issue ? (
          <p className="text-destructive text-xs font-medium" role="status">
            {line.message}{' '}
            <Link href="/cart" className="underline underline-offset-2">
              Fix in bag
            </Link>
          </p>
        ) : null}
      </div>
      <p className="text-sm font-medium tabular-nums">{formatINR(row.unitPricePaise * line.quantity)}</p>
    </li>
  )
}
