import { sql } from 'drizzle-orm'
import type { DbOrTx } from '@/db/client'
import { executeRows } from '@/db/queries/execute-rows'

// No 'server-only': the seed and the benchmark call these outside Next.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/**
 * Call after products are created, edited or imported (after the product rows are written, in the
 * same transaction or after it commits): adds the words of those that are visible to the
 * dictionary that corrects query words. Counts only grow here; `rebuildSearchTerms` makes them
 * exact and drops words no product uses any more. Returns how many words were upserted.
 */
export async function refreshSearchIndex(db: DbOrTx, productIds: readonly string[]): Promise<number> {
  const ids = [...new Set(productIds)].filter((id) => UUID.test(id))
  if (ids.length === 0) return 0
  const [row] = await executeRows<{ n: number }>(db, sql`select refresh_search_terms(${toUuidArray(ids)}) as n`)
  return Number(row?.n ?? 0)
}

/** After a store is approved (or reinstated) its products become visible at once. */
export async function refreshSearchIndexForStore(db: DbOrTx, storeId: string): Promise<number> {
  if (!UUID.test(storeId)) return 0
  const [row] = await executeRows<{ n: number }>(
    db,
    sql`select refresh_search_terms(array(select id from products where store_id = ${storeId}::uuid)) as n`,
  )
  return Number(row?.n ?? 0)
}

/** Recounts the whole dictionary from the visible catalogue (seed, benchmark, a nightly job). */
export async function rebuildSearchTerms(db: DbOrTx): Promise<number> {
  const [row] = await executeRows<{ n: number }>(db, sql`select rebuild_search_terms() as n`)
  return Number(row?.n ?? 0)
}

function toUuidArray(ids: readonly string[]) {
  return sql`${`{${ids.join(',')}}`}::uuid[]`
}
