import { sql } from 'drizzle-orm'
import type { DbOrTx } from '@/db/client'
import { products, searchTerms, stores } from '@/db/schema'
import { MIN_SIMILARITY, MIN_SIMILARITY_INDEXED, type TermCandidate, type WordLookup } from '@/lib/search/correct'
import { publicProductWhere } from './catalog'
import { executeRows } from './execute-rows'

/** Candidates fetched per word; the choice among them is made in lib/search/correct.ts. */
const CANDIDATES = 6

/**
 * Asks the dictionary about each query word in one round trip: is it a catalogue word, which words
 * look like it (pg_trgm `%`, through the trigram index), and — for the word being typed — does any
 * catalogue word start with it. Whether the full-text index finds the word anyway costs a GIN
 * lookup (~10 ms for a common stem at a million products), so it is asked only when the best
 * candidate is in the band where the answer matters (lib/search/correct.ts).
 */
export async function lookUpWords(
  db: DbOrTx,
  words: readonly string[],
  openWord: string | null,
): Promise<Map<string, WordLookup>> {
  const lookups = new Map<string, WordLookup>()
  if (words.length === 0) return lookups
  const list = sql`${`{${words.map((w) => `"${w.replace(/["\\]/g, '\\$&')}"`).join(',')}}`}::text[]`
  const rows = await executeRows<{
    word: string
    exact: boolean
    indexed: boolean
    completable: boolean
    similar: TermCandidate[] | null
  }>(
    db,
    sql`
    select w.word, k.exact, k.completable, s.similar,
      -- Asked only when it can change the choice: a close enough candidate wins anyway.
      case when s.best >= ${MIN_SIMILARITY} and s.best < ${MIN_SIMILARITY_INDEXED} then exists(
        select 1 from ${products} inner join ${stores} on ${stores.id} = ${products.storeId}
        where ${publicProductWhere} and ${products.searchVector} @@ plainto_tsquery('english', w.word)) else false end as indexed
    from unnest(${list}) as w(word)
    cross join lateral (
      select
        exists(select 1 from ${searchTerms} where ${searchTerms.term} = w.word) as exact,
        w.word = ${openWord ?? ''} and exists(
          select 1 from ${searchTerms} where ${searchTerms.term} like w.word || '%' and ${searchTerms.term} <> w.word) as completable
    ) k
    cross join lateral (
      select json_agg(json_build_object('term', c.term, 'ndoc', c.ndoc, 'similarity', c.sim) order by c.sim desc, c.ndoc desc) as similar,
        max(c.sim) as best
      from (
        select ${searchTerms.term} as term, ${searchTerms.ndoc} as ndoc, similarity(${searchTerms.term}, w.word)::float8 as sim
        from ${searchTerms}
        where not k.exact and not k.completable and ${searchTerms.term} % w.word
        order by sim desc, ndoc desc limit ${CANDIDATES}
      ) c
    ) s`,
  )
  for (const row of rows)
    lookups.set(row.word, { exact: row.exact, indexed: row.indexed, completable: row.completable, similar: row.similar ?? [] })
  return lookups
}
