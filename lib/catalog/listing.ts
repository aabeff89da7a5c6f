export const PRODUCT_SORTS = ['popular', 'newest', 'price-asc', 'price-desc', 'rating'] as const
export type ProductSort = (typeof PRODUCT_SORTS)[number]

export const LISTING_PAGE_SIZE = 24
export const DEFAULT_SORT: ProductSort = 'popular'

export const SORT_LABELS: Record<ProductSort, string> = {
  popular: 'Best selling',
  newest: 'Newest',
  'price-asc': 'Price: low to high',
  'price-desc': 'Price: high to low',
  rating: 'Top rated',
}

type Param = string | string[] | undefined

function first(value: Param): string | undefined {
  return Array.isArray(value) ? value[0] : value
}

/** `?sort=&page=` from a listing URL; anything unknown falls back to the defaults. */
export function parseListingParams(params: { sort?: Param; page?: Param }): { sort: ProductSort; page: number } {
  const sortParam = first(params.sort)
  const sort = (PRODUCT_SORTS as readonly string[]).includes(sortParam ?? '') ? (sortParam as ProductSort) : DEFAULT_SORT
  const pageParam = first(params.page)
  const page = pageParam && /^[1-9][0-9]{0,5}$/.test(pageParam) ? Number(pageParam) : 1
  return { sort, page }
}

/** The URL of one listing page; defaults are left out so each page has one address. */
export function listingHref(pathname: string, state: { sort: ProductSort; page: number }): string {
  const query = new URLSearchParams()
  if (state.sort !== DEFAULT_SORT) query.set('sort', state.sort)
  if (state.page > 1) query.set('page', String(state.page))
  const qs = query.toString()
  return qs ? `${pathname}?${qs}` : pathname
}

export function pageCount(total: number, pageSize = LISTING_PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / pageSize))
}

/** Page numbers to link, with gaps: the first, the last, and the current one with its neighbours. */
export function paginationItems(current: number, total: number): (number | 'gap')[] {
  if (total <= 7) return Array.from({ length: total }, (_, i) => i + 1)
  const pages = new Set([1, total, current - 1, current, current + 1].filter((p) => p >= 1 && p <= total))
  if (current <= 3) [2, 3, 4].forEach((p) => pages.add(p))
  if (current >= total - 2) [total - 3, total - 2, total - 1].forEach((p) => pages.add(p))
  const sorted = [...pages].sort((a, b) => a - b)
  const out: (number | 'gap')[] = []
  sorted.forEach((p, i) => {
    const prev = sorted[i - 1]
    if (prev !== undefined && p - prev > 1) out.push(p - prev === 2 ? prev + 1 : 'gap')
    out.push(p)
  })
  return out
}
