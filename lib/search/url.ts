import {
  createSerializer,
  parseAsBoolean,
  parseAsInteger,
  parseAsString,
  parseAsStringLiteral,
  type inferParserType,
} from 'nuqs/server'

// The search page's URL, shared by the server page (parsing, links) and the client controls
// (useQueryStates). No zod here: the controls would carry it into the browser. 'nuqs/server' holds
// no server-only code, so client components may import it.

export const SEARCH_SORTS = ['relevance', 'newest', 'price-asc', 'price-desc', 'rating', 'bestselling'] as const
export type SearchSort = (typeof SEARCH_SORTS)[number]

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
