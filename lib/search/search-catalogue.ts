import type { DbOrTx } from '@/db/client'
import { MATCH_CAP, searchProductRows, type SearchHit } from '@/db/queries/search'
import { lookUpWords } from '@/db/queries/search-terms'
import { effectiveSort, MAX_SEARCH_PAGE, SEARCH_PAGE_SIZE, type SearchInput, type SearchSort } from '@/lib/validations/search'
import { correctQuery, isCorrectable, type CorrectedQuery } from './correct'
import { buildCategoryFacet, PRICE_BUCKETS, subtreeIds, type CategoryFacet, type CategoryNode } from './facets'
import { isEmptyQuery, parseQuery, queryWords } from './parse'
import { ENGLISH_STOP_WORDS } from './stopwords'

// No 'server-only': the integration tests and the benchmark call this directly.

export type SearchOutcome = {
  query: string
  /** Set when a word was corrected: what was searched instead ("iphone 128" for "iphne 128"). */
  correctedQuery: string | null
  sort: SearchSort
  page: number
  pageSize: number
  pageCount: number
  /** Exact unless `capped`: more than MATCH_CAP products match, and counting stopped there. */
  total: number
  capped: boolean
  hits: SearchHit[]
  facets: {
    categories: CategoryFacet
    stores: { slug: string; name: string; count: number }[]
    prices: { min: number | null; max: number | null; count: number }[]
    ratings: { min: number; count: number }[]
    inStock: number
  }
}

/**
 * Parses the words and corrects each against the catalogue dictionary (one round trip); null when
 * nothing searchable is left, e.g. an empty query or only stop words.
 */
export async function correctSearchText(
  db: DbOrTx,
  q: string,
  options: { completeOpenWord: boolean; exact?: boolean },
): Promise<CorrectedQuery | null> {
  const parsed = parseQuery(q)
  if (isEmptyQuery(parsed)) return null
  const open = options.completeOpenWord ? parsed.openWord : null
  const asked = options.exact
    ? []
    : queryWords(parsed).filter((w) => !ENGLISH_STOP_WORDS.has(w) && (isCorrectable(w) || w === open))
  const lookups = await lookUpWords(db, asked, open)
  const corrected = correctQuery(parsed, lookups, options)
  return corrected.searchable ? corrected : null
}

export async function searchCatalogue(
  db: DbOrTx,
  input: SearchInput,
  categoryTree: readonly CategoryNode[],
): Promise<SearchOutcome> {
  const text = await correctSearchText(db, input.q, { completeOpenWord: false, exact: input.exact })
  const sort = effectiveSort({ q: text ? input.q : '', sort: input.sort })
  const category = input.category ? categoryTree.find((c) => c.slug === input.category) : undefined

  const rows = await searchProductRows(db, {
    text,
    filters: {
      categoryIds: category ? subtreeIds(categoryTree, category.path) : null,
      minPaise: input.min === null ? null : input.min * 100,
      maxPaise: input.max === null ? null : input.max * 100,
      minRating: input.rating,
      inStock: input.inStock,
      storeSlug: input.store,
    },
    sort,
    page: input.page,
    pageSize: SEARCH_PAGE_SIZE,
  })

  const countsById = new Map(rows.facets.categories.map((c) => [c.categoryId, c.count]))
  return {
    query: input.q,
    correctedQuery: text?.changed ? text.text : null,
    sort,
    page: input.page,
    pageSize: SEARCH_PAGE_SIZE,
    pageCount: Math.min(MAX_SEARCH_PAGE, Math.ceil(rows.total / SEARCH_PAGE_SIZE)),
    total: rows.total,
    capped: rows.capped,
    hits: rows.hits,
    facets: {
      categories: buildCategoryFacet(categoryTree, countsById, category?.slug ?? null),
      stores: rows.facets.stores,
      prices: PRICE_BUCKETS.map((b, i) => ({ ...b, count: rows.facets.prices[i] ?? 0 })),
      ratings: rows.facets.ratings,
      inStock: rows.facets.inStock,
    },
  }
}

export { MATCH_CAP }
