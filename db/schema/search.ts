import { sql } from 'drizzle-orm'
import { index, integer, pgTable, text } from 'drizzle-orm/pg-core'

/**
 * Words of the visible catalogue (titles, tags, descriptions, store and category names) and how
 * many products contain each: query words are corrected against this table
 * (docs/decisions/0006-search.md). Counts may run ahead of the catalogue between full rebuilds.
 */
export const searchTerms = pgTable(
  'search_terms',
  {
    term: text('term').primaryKey(),
    ndoc: integer('ndoc').notNull().default(0),
  },
  (t) => [index('search_terms_term_trgm_idx').using('gin', sql`${t.term} gin_trgm_ops`)],
)
