import type { Metadata } from 'next'
import Link from 'next/link'
import { createSearchParamsCache } from 'nuqs/server'
import { ActiveFilters, activeFilters } from '@/components/search/active-filters'
import { FiltersSheet } from '@/components/search/filters-sheet'
import { SearchEmpty } from '@/components/search/search-empty'
import { SearchFilters } from '@/components/search/search-filters'
import { SortSelect } from '@/components/search/sort-select'
import { Pagination } from '@/components/catalog/pagination'
import { ProductGrid } from '@/components/product/product-grid'
import { getWishlistState } from '@/lib/dal/catalog'
import { getSearchResults } from '@/lib/dal/search'
import { hasFilters, searchHref, searchParsers, toSearchInput } from '@/lib/search/params'
import { MATCH_CAP } from '@/lib/search/search-catalogue'
import { cn } from '@/lib/utils'

const searchParamsCache = createSearchParamsCache(searchParsers)
const count = new Intl.NumberFormat('en-IN')

async function readInput(searchParams: PageProps<'/search'>['searchParams']) {
  return toSearchInput(searchParamsCache.parse(await searchParams))
}

export async function generateMetadata({ searchParams }: PageProps<'/search'>): Promise<Metadata> {
  const input = await readInput(searchParams)
  const title = input.q ? `Search: ${input.q}` : 'Search'
  // Only the plain query is worth indexing; its filtered, sorted and paged views point back to it.
  const plain = !hasFilters(input) && input.page === 1 && input.sort === null && !input.exact
  return {
    title,
    alternates: { canonical: searchHref('/search', { q: input.q }) },
    robots: plain && input.q ? { index: true, follow: true } : { index: false, follow: true },
  }
}

export default async function SearchPage({ searchParams }: PageProps<'/search'>) {
  const input = await readInput(searchParams)
  const results = await getSearchResults(input)
  const wishlist = await getWishlistState(results.products.flatMap((p) => p.id ?? []))
  const filters = activeFilters(input, {
    category: results.facets.categories.trail.at(-1)?.name ?? null,
    store: results.facets.stores.find((s) => s.slug === input.store)?.name ?? null,
  })
  const summary =
    results.total === 0
      ? 'No results'
      : results.capped
        ? `${count.format(MATCH_CAP)}+ results`
        : `${count.format(results.total)} ${results.total === 1 ? 'result' : 'results'}`
  const heading = input.q ? `Results for “${input.q}”` : (results.facets.categories.trail.at(-1)?.name ?? 'All products')
  const panel = <SearchFilters input={input} results={results} />

  return (
    <div className="mx-auto w-full max-w-7xl px-4 pt-5 pb-16 sm:px-6">
      <header className="mb-4 flex flex-col gap-1">
        <h1 className="text-xl font-bold tracking-tight text-balance break-words sm:text-2xl">{heading}</h1>
        <p role="status" aria-live="polite" aria-atomic="true" className="text-sm text-muted-foreground">
          {summary}
          {results.total > 0 && results.pageCount > 1 ? ` · page ${input.page} of ${results.pageCount}` : ''}
        </p>
        {results.correctedQuery ? (
          <p className="text-sm" data-testid="corrected-query">
            Showing results for <strong className="font-semibold">{results.correctedQuery}</strong>.{' '}
            <Link
              href={searchHref('/search', { ...input, page: 1, exact: true })}
              className="font-medium text-primary-ink underline underline-offset-4"
            >
              Search instead for “{input.q}”
            </Link>
          </p>
        ) : null}
      </header>

      <div className="md:grid md:grid-cols-[14rem_minmax(0,1fr)] md:gap-8 lg:grid-cols-[16rem_minmax(0,1fr)]">
        <aside aria-labelledby="filters-heading" className="hidden md:block">
          <h2 id="filters-heading" className="mb-3 text-base font-semibold">
            Filters
          </h2>
          {panel}
        </aside>

        <section aria-labelledby="results-heading" className="min-w-0">
          <h2 id="results-heading" className="sr-only">
            Results
          </h2>
          <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
            <FiltersSheet activeCount={filters.length}>{panel}</FiltersSheet>
            {results.total > 1 ? <SortSelect current={results.sort} hasQuery={input.q !== ''} /> : null}
          </div>
          <ActiveFilters filters={filters} q={input.q} />
          <ProductGrid
            products={results.products}
            titleAs="h3"
            eagerCount={4}
            wishlist={wishlist}
            className={cn('lg:grid-cols-3 xl:grid-cols-4', filters.length > 0 && 'mt-4')}
            empty={<SearchEmpty input={input} results={results} className={filters.length > 0 ? 'mt-4' : undefined} />}
          />
          <Pagination
            page={input.page}
            totalPages={results.pageCount}
            href={(page) => searchHref('/search', { ...input, page })}
          />
        </section>
      </div>
    </div>
  )
}
