import Link from 'next/link'
import { XIcon } from 'lucide-react'
import { priceBucketLabel } from '@/lib/search/facets'
import { searchHref, withFilters } from '@/lib/search/params'
import { formatINR } from '@/lib/utils'
import type { SearchInput } from '@/lib/validations/search'

export type ActiveFilter = { key: string; label: string; href: string }

/** One removable chip per filter in use, each a link to the same search without it. */
export function activeFilters(
  input: SearchInput,
  names: { category: string | null; store: string | null },
): ActiveFilter[] {
  const out: ActiveFilter[] = []
  if (input.category)
    out.push({ key: 'category', label: names.category ?? input.category, href: withFilters(input, { category: null }) })
  if (input.min !== null || input.max !== null)
    out.push({ key: 'price', label: priceBucketLabel({ min: input.min, max: input.max }, formatINR), href: withFilters(input, { min: null, max: null }) })
  if (input.rating !== null) out.push({ key: 'rating', label: `${input.rating}★ & up`, href: withFilters(input, { rating: null }) })
  if (input.inStock) out.push({ key: 'inStock', label: 'In stock', href: withFilters(input, { inStock: false }) })
  if (input.store) out.push({ key: 'store', label: names.store ?? input.store, href: withFilters(input, { store: null }) })
  return out
}

export function ActiveFilters({ filters, q }: { filters: ActiveFilter[]; q: string }) {
  if (filters.length === 0) return null
  return (
    <ul aria-label="Filters in use" className="flex flex-wrap items-center gap-2">
      {filters.map((f) => (
        <li key={f.key}>
          <Link
            href={f.href}
            scroll={false}
            className="inline-flex h-8 items-center gap-1 rounded-full border border-input bg-card pr-2 pl-3 text-sm outline-none hover:bg-accent focus-visible:ring-2 focus-visible:ring-ring"
          >
            {f.label}
            <XIcon aria-hidden="true" className="size-3.5" />
            <span className="sr-only">(remove filter)</span>
          </Link>
        </li>
      ))}
      {filters.length > 1 ? (
        <li>
          <Link href={searchHref('/search', { q })} scroll={false} className="px-2 text-sm font-medium underline-offset-4 hover:underline">
            Clear all
          </Link>
        </li>
      ) : null}
    </ul>
  )
}
