import Link from 'next/link'
import { CheckIcon, ChevronLeftIcon, StarIcon } from 'lucide-react'
import { PriceRangeForm } from '@/components/search/price-range-form'
import { priceBucketLabel } from '@/lib/search/facets'
import { withFilters } from '@/lib/search/params'
import type { SearchResults } from '@/lib/dal/search'
import { cn, formatINR } from '@/lib/utils'
import type { SearchInput } from '@/lib/validations/search'

const count = new Intl.NumberFormat('en-IN')

type FiltersProps = { input: SearchInput; results: SearchResults; className?: string }

/**
 * Every filter is a link to the URL with that filter set (or cleared): it works without
 * JavaScript, and the browser's back button undoes it. When the search was too broad to count,
 * counts cover its first matches only, so they show as lower bounds ("1,200+").
 */
export function SearchFilters({ input, results, className }: FiltersProps) {
  const { facets, capped } = results
  const n = (value: number) => ({ value, atLeast: capped })
  return (
    <div className={cn('flex flex-col gap-6 text-sm', className)}>
      <FilterGroup title="Category">
        {facets.categories.trail.length > 0 ? (
          <FilterLink href={withFilters(input, { category: null })} back>
            All categories
          </FilterLink>
        ) : null}
        {facets.categories.trail.map((c, i) => (
          <FilterLink
            key={c.slug}
            href={withFilters(input, { category: c.slug })}
            selected={i === facets.categories.trail.length - 1}
            className={i > 0 ? 'pl-4' : undefined}
          >
            {c.name}
          </FilterLink>
        ))}
        {facets.categories.options.map((c) => (
          <FilterLink
            key={c.slug}
            href={withFilters(input, { category: c.slug })}
            count={n(c.count)}
            className={facets.categories.trail.length > 0 ? 'pl-8' : undefined}
          >
            {c.name}
          </FilterLink>
        ))}
      </FilterGroup>

      <FilterGroup title="Price">
        {facets.prices.map((b) => {
          const selected = input.min === b.min && input.max === b.max
          if (b.count === 0 && !selected) return null
          return (
            <FilterLink
              key={`${b.min}-${b.max}`}
              href={withFilters(input, selected ? { min: null, max: null } : { min: b.min, max: b.max })}
              selected={selected}
              count={n(b.count)}
            >
              {priceBucketLabel(b, formatINR)}
            </FilterLink>
          )
        })}
        <PriceRangeForm min={input.min} max={input.max} />
      </FilterGroup>

      <FilterGroup title="Customer rating">
        {facets.ratings.map((r) => {
          const selected = input.rating === r.min
          if (r.count === 0 && !selected) return null
          return (
            <FilterLink
              key={r.min}
              href={withFilters(input, { rating: selected ? null : r.min })}
              selected={selected}
              count={n(r.count)}
            >
              <span className="inline-flex items-center gap-1">
                {r.min}
                <StarIcon aria-hidden="true" className="size-3.5 fill-primary stroke-none" />
                <span className="sr-only"> stars</span> & up
              </span>
            </FilterLink>
          )
        })}
      </FilterGroup>

      <FilterGroup title="Availability">
        <FilterLink href={withFilters(input, { inStock: !input.inStock })} selected={input.inStock} count={n(facets.inStock)}>
          In stock only
        </FilterLink>
      </FilterGroup>

      {facets.stores.length > 0 ? (
        <FilterGroup title="Seller">
          {facets.stores.map((s) => {
            const selected = input.store === s.slug
            return (
              <FilterLink
                key={s.slug}
                href={withFilters(input, { store: selected ? null : s.slug })}
                selected={selected}
                count={n(s.count)}
              >
                {s.name}
              </FilterLink>
            )
          })}
        </FilterGroup>
      ) : null}
    </div>
  )
}

function FilterGroup({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="flex flex-col gap-1">
      <h3 className="mb-1 text-sm font-semibold text-foreground">{title}</h3>
      <ul className="flex flex-col gap-0.5">{children}</ul>
    </section>
  )
}

function FilterLink({
  href,
  selected = false,
  count: value,
  back = false,
  className,
  children,
}: {
  href: string
  selected?: boolean
  count?: { value: number; atLeast: boolean }
  /** A link up the category tree rather than a choice. */
  back?: boolean
  className?: string
  children: React.ReactNode
}) {
  return (
    <li className={className}>
      <Link
        href={href}
        scroll={false}
        aria-current={selected ? 'true' : undefined}
        className={cn(
          'flex min-h-9 items-center gap-2 rounded-md px-2 py-1.5 outline-none hover:bg-accent focus-visible:ring-2 focus-visible:ring-ring',
          selected ? 'font-semibold text-foreground' : back ? 'text-muted-foreground' : 'text-foreground/90',
        )}
      >
        {back ? (
          <ChevronLeftIcon aria-hidden="true" className="size-4 shrink-0" />
        ) : (
          <span
            aria-hidden="true"
            className={cn(
              'flex size-4 shrink-0 items-center justify-center rounded border',
              selected ? 'border-primary bg-primary text-primary-foreground' : 'border-input bg-card',
            )}
          >
            {selected ? <CheckIcon className="size-3" /> : null}
          </span>
        )}
        <span className="min-w-0 flex-1">{children}</span>
        {value ? (
          <span className="text-xs text-muted-foreground tabular-nums">
            <span className="sr-only">{value.atLeast ? ', at least ' : ', '}</span>
            {count.format(value.value)}
            <span aria-hidden="true">{value.atLeast ? '+' : ''}</span>
            <span className="sr-only">{value.value === 1 && !value.atLeast ? ' result' : ' results'}</span>
          </span>
        ) : null}
        {selected ? <span className="sr-only">(selected; select to remove)</span> : null}
      </Link>
    </li>
  )
}
