import { and, desc, eq, sql, type SQL } from 'drizzle-orm'
import type { DbOrTx } from '@/db/client'
import { products, stores } from '@/db/schema'
import type { SearchText } from './search-sql'
import { publicProductWhere } from './catalog'

/**
 * Titles for the suggestion list: products whose title or tags (weights A and B) hold every word,
 * best sellers first. Ordering by sales rather than rank lets PostgreSQL
 * walk the best-selling index and stop after a handful when a short prefix matches half the
 * catalogue.
 */
export async function suggestProductTitles(db: DbOrTx, text: SearchText, limit: number) {
  const q = headlineQuery(text)
  if (!q) return []
  return db
    .select({ title: products.title, slug: products.slug })
    .from(products)
    .innerJoin(stores, eq(stores.id, products.storeId))
    .where(and(publicProductWhere, sql`${products.searchVector} @@ ${q}`))
    .orderBy(sql`${products.soldCount} desc nulls last`, products.id)
    .limit(limit)
}

/** Approved stores whose name has a word starting with each query word. */
export async function suggestStores(db: DbOrTx, words: readonly string[], limit: number) {
  if (words.length === 0) return []
  // Words are letters and digits only (lib/search/parse.ts), so they are safe inside the regex.
  const conditions = words.map((w) => sql`${stores.name} ~* ${`\\m${w}`}`)
  return db
    .select({ name: stores.name, slug: stores.slug })
    .from(stores)
    .where(and(eq(stores.status, 'approved'), ...conditions))
    .orderBy(desc(stores.followerCount), stores.name)
    .limit(limit)
}

/** Like the search query, but restricted to titles and tags. */
function headlineQuery(text: SearchText): SQL | null {
  // `word:AB` in to_tsquery syntax: the word, stemmed, at weight A or B only.
  const terms = [...text.words.map((w) => `${w}:AB`), ...(text.prefix ? [`${text.prefix}:*AB`] : [])]
  const parts: SQL[] = []
  if (terms.length > 0) parts.push(sql`to_tsquery('english', ${terms.join(' & ')})`)
  for (const phrase of text.phrases) parts.push(sql`phraseto_tsquery('english', ${phrase.join(' ')})`)
  return parts.length === 0 ? null : sql`(${sql.join(parts, sql` && `)})`
}
