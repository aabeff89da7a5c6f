import {
  createSerializer,
  parseAsBoolean,
  parseAsInteger,
  parseAsString,
  parseAsStringLiteral,
  type inferParserType,
} from 'nuqs/server'
import { SEARCH_SORTS, searchInputSchema, type SearchInput } from '@/lib/validations/search'

// Shared by the server page (parsing, links) and the client controls (useQueryStates): one
// definition of the URL. 'nuqs/server' holds no server-only code, so client components may import it.

export const searchParsers = {
  q: parseAsString.withDefault(''),
  category: parseAsString,
  min: parseAsInteger,
  max: parseAsInteger,
  rating: parseAsInteger,
  inStock: parseAsBoolean.withDefault(false),
  store: parseAsString,
  sort: parseAsStringLiteral(SEARCH_SORTS),
  page: parseAsInteger.withDefault(1),
  exact: parseAsBoolean.withDefault(false),
}

export type SearchUrlState = inferParserType<typeof searchParsers>

/** `/search?…` for a state; defaults (page 1, inStock false, empty q) are left out of the URL. */
export const searchHref = createSerializer(searchParsers, { clearOnDefault: true })

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
