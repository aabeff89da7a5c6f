import { searchHref, type SearchUrlState } from '@/lib/search/url'
import { searchInputSchema, type SearchInput } from '@/lib/validations/search'

export { searchHref, searchParsers, type SearchUrlState } from '@/lib/search/url'

export function toSearchInput(state: Partial<SearchUrlState>): SearchInput {
  return searchInputSchema.parse(state)
}

/** Link to the same search with some filters changed; any change of filter goes back to page 1. */
export function withFilters(input: SearchInput, changes: Partial<SearchUrlState>): string {
  return searchHref('/search', { ...input, page: 1, ...changes })
}

/** Filters that narrow the results (not the words, sort or page). */
export function hasFilters(input: SearchInput): boolean {
  return (
    input.category !== null ||
    input.min !== null ||
    input.max !== null ||
    input.rating !== null ||
    input.inStock ||
    input.store !== null
  )
}
