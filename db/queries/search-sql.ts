import { sql, type SQL } from 'drizzle-orm'
import { productMedia, products, stores } from '@/db/schema'
import type { CorrectedQuery } from '@/lib/search/correct'
import type { SearchSort } from '@/lib/validations/search'
import { publicProductWhere } from './catalog'

// SQL fragments shared by the search queries (./search.ts, ./search-suggest.ts).

export type SearchText = Pick<CorrectedQuery, 'words' | 'prefix' | 'phrases'>

export type SearchFilters = {
  /**
   * A category and everything under it, found by `categories.path` prefix in the cached tree
   * (lib/search/facets.ts). As constants PostgreSQL sizes them from its statistics; as a subquery
   * it guessed a third of the table and scanned all of it.
   */
  categoryIds: readonly string[] | null
  minPaise: number | null
  maxPaise: number | null
  minRating: number | null
  inStock: boolean
  storeSlug: string | null
}

/** The full-text query: every word (the one being typed as a prefix) and every phrase must match. */
export function tsQuery(text: SearchText | null): SQL | null {
  if (!text) return null
  const parts: SQL[] = []
  if (text.words.length > 0) parts.push(sql`plainto_tsquery('english', ${text.words.join(' ')})`)
  // The parser only lets letters and digits into a word, so this is a well-formed tsquery.
  if (text.prefix) parts.push(sql`to_tsquery('english', ${`${text.prefix}:*`})`)
  for (const phrase of text.phrases) parts.push(sql`phraseto_tsquery('english', ${phrase.join(' ')})`)
  return parts.length === 0 ? null : sql`(${sql.join(parts, sql` && `)})`
}

/** The partial sort indexes' predicate (db/schema/catalog.ts): the product half of publicProductWhere. */
export const publicOnly = sql`${products.visibility} = 'public' and ${products.status} = 'active'`

/** Every condition of a search, on `products` joined to `stores`. */
export function whereSql(text: SearchText | null, f: SearchFilters): SQL {
  const q = tsQuery(text)
  const conditions: (SQL | undefined)[] = [
    publicProductWhere,
    q ? sql`${products.searchVector} @@ ${q}` : undefined,
    f.categoryIds ? sql`${products.categoryId} = any(${uuidArray(f.categoryIds)})` : undefined,
    f.minPaise !== null ? sql`${products.pricePaise} >= ${f.minPaise}` : undefined,
    f.maxPaise !== null ? sql`${products.pricePaise} <= ${f.maxPaise}` : undefined,
    f.minRating !== null ? sql`${products.ratingAvg} >= ${f.minRating}` : undefined,
    f.inStock ? sql`${products.stock} > 0` : undefined,
    f.storeSlug ? sql`${stores.slug} = ${f.storeSlug}` : undefined,
  ]
  return sql.join(
    conditions.filter((c): c is SQL => c !== undefined),
    sql` and `,
  )
}

function uuidArray(ids: readonly string[]): SQL {
  if (ids.some((id) => !/^[0-9a-f-]{36}$/i.test(id))) throw new Error('Category ids must be uuids')
  return sql`${`{${ids.join(',')}}`}::uuid[]`
}

/**
 * ORDER BY over a relation with the products' column names; ties end on id so pages never overlap.
 * Null ordering matches the partial indexes exactly, or PostgreSQL cannot walk them.
 */
export function orderSql(sort: SearchSort, alias: string): SQL {
  const c = (column: string) => `${alias}.${column}`
  switch (sort) {
    case 'relevance':
      return sql.raw(`${c('rank')} desc, ${c('sold_count')} desc nulls last, ${c('id')}`)
    case 'newest':
      return sql.raw(`${c('created_at')} desc nulls last, ${c('id')} desc nulls last`)
    case 'price-asc':
      return sql.raw(`${c('price_paise')}, ${c('id')}`)
    case 'price-desc':
      return sql.raw(`${c('price_paise')} desc, ${c('id')} desc`)
    case 'rating':
      return sql.raw(`${c('rating_avg')} desc nulls last, ${c('rating_count')} desc nulls last, ${c('id')}`)
    case 'bestselling':
      return sql.raw(`${c('sold_count')} desc nulls last, ${c('id')}`)
    default: {
      const unknown: never = sort
      throw new Error(`Unknown sort ${String(unknown)}`)
    }
  }
}

/** A result card's fields, read from `products` and `stores` joined on the outer level. */
export const hitJson = sql`json_build_object(
  'id', ${products.id}, 'slug', ${products.slug}, 'title', ${products.title},
  'pricePaise', ${products.pricePaise}, 'compareAtPaise', ${products.compareAtPaise}, 'stock', ${products.stock},
  'ratingAvg', ${products.ratingAvg}, 'ratingCount', ${products.ratingCount},
  'storeName', ${stores.name}, 'storeSlug', ${stores.slug},
  'imageUrl', (select ${productMedia.url} from ${productMedia}
    where ${productMedia.productId} = ${products.id} and ${productMedia.kind} = 'image'
    order by ${productMedia.position} limit 1))`
