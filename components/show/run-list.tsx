import { ImageOffIcon } from 'lucide-react'
import Image from 'next/image'
import Link from 'next/link'
import { formatINR } from '@/lib/utils'
import type { RunListProduct } from '@/lib/dal/shows'

/** The products a show will present (or presented), in order, with their live prices. */
export function RunList({ products, heading, showId }: { products: RunListProduct[]; heading: string; showId?: string }) {
  if (products.length === 0) return null
  return (
    <section aria-labelledby="run-list-heading" className="grid gap-3">
      <h2 id="run-list-heading" className="text-xl font-semibold tracking-tight">
        {heading} <span className="text-base font-normal text-muted-foreground">({products.length})</span>
      </h2>
      <ol className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4">
        {products.map((p) => (
          <li key={p.productId} className="group relative flex flex-col overflow-hidden rounded-xl border bg-card has-[a:focus-visible]:ring-2 has-[a:focus-visible]:ring-ring">
            <div className="relative aspect-square bg-muted">
              {p.imageUrl ? (
                <Image src={p.imageUrl} alt="" fill sizes="(min-width: 1024px) 240px, (min-width: 640px) 31vw, 48vw" className="object-cover" />
              ) : (
                <ImageOffIcon aria-hidden="true" className="absolute inset-0 m-auto size-8 text-muted-foreground" />
              )}
              <span className="absolute top-2 left-2 rounded-md bg-background/90 px-1.5 py-0.5 text-xs font-semibold tabular-nums">#{p.position + 1}</span>
            </div>
            <div className="flex flex-1 flex-col gap-1 p-3">
              <h3 className="line-clamp-2 text-sm font-medium leading-snug">
                <Link href={showId ? `/p/${p.slug}?show=${showId}` : `/p/${p.slug}`} className="outline-none after:absolute after:inset-0 group-hover:underline">
                  {p.title}
                </Link>
              </h3>
              <p className="mt-auto flex flex-wrap items-baseline gap-x-2">
                <span className="sr-only">{p.livePricePaise !== null && p.pricePaise < p.listPricePaise ? 'Live price ' : 'Price '}</span>
                <span className="font-bold tabular-nums">
                  {p.hasVariants ? 'From ' : ''}
                  {formatINR(p.pricePaise)}
                </span>
                {p.mrpPaise !== null && p.mrpPaise > p.pricePaise ? (
                  <>
                    <span className="sr-only">, usually </span>
                    <s className="text-xs text-muted-foreground tabular-nums">{formatINR(p.mrpPaise)}</s>
                  </>
                ) : null}
              </p>
              {p.livePricePaise !== null && p.pricePaise < p.listPricePaise ? <p className="text-xs font-semibold text-live">Live-only price</p> : null}
              {p.stock === 0 ? <p className="text-xs text-muted-foreground">Out of stock</p> : null}
            </div>
          </li>
        ))}
      </ol>
    </section>
  )
}
