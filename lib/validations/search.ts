import { z } from 'zod'
import { normaliseQuery, normaliseTyping } from '@/lib/search/parse'
import { SEARCH_SORTS, type SearchSort } from '@/lib/search/url'

export { SEARCH_SORTS, type SearchSort }

export const SEARCH_PAGE_SIZE = 24
/** Deeper pages cost an ever larger OFFSET and nobody reads them; filters narrow instead. */
export const MAX_SEARCH_PAGE = 100
export const RATING_FILTERS = [4, 3, 2] as const
/** ₹1 crore, the largest price a product can have. */
const MAX_RUPEES = 1_00_00_000

const slugParam = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  .max(80)
const rupees = z.number().int().min(0).max(MAX_RUPEES)

/**
 * The search page's state as it arrives in the URL. Prices are whole rupees there (shareable,
 * readable); the query layer works in paise. A malformed value is dropped rather than failing the
 * page, since anyone can edit a URL.
 */
export const searchInputSchema = z
  .object({
    q: z.string().max(1000).catch('').default('').transform(normaliseQuery),
    category: slugParam.nullable().catch(null).default(null),
    min: rupees.nullable().catch(null).default(null),
    max: rupees.nullable().catch(null).default(null),
    rating: z.number().int().min(1).max(4).nullable().catch(null).default(null),
    inStock: z.boolean().catch(false).default(false),
    store: slugParam.nullable().catch(null).default(null),
    sort: z.enum(SEARCH_SORTS).nullable().catch(null).default(null),
    page: z.number().int().min(1).max(MAX_SEARCH_PAGE).catch(1).default(1),
    /** Search the words as typed, without correction ("Search instead for …"). */
    exact: z.boolean().catch(false).default(false),
  })
  .transform((v) => (v.min !== null && v.max !== null && v.min > v.max ? { ...v, min: v.max, max: v.min } : v))

export type SearchInput = z.output<typeof searchInputSchema>

/** Relevance needs words to rank by; without them the best sellers come first. */
export function effectiveSort(input: Pick<SearchInput, 'q' | 'sort'>): SearchSort {
  if (input.sort && (input.sort !== 'relevance' || input.q !== '')) return input.sort
  return input.q === '' ? 'bestselling' : 'relevance'
}

/** GET /api/search/suggest?q= (a trailing space is meaningful: the last word is complete). */
export const suggestInputSchema = z.object({
  q: z
    .string()
    .max(1000)
    .transform(normaliseTyping)
    .refine((q) => q.trim().length >= 2),
})
