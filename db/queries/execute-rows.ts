import type { SQL } from 'drizzle-orm'
import type { DbOrTx } from '@/db/client'

/** Raw SQL rows: `db.execute` is typed `unknown` over our three drivers, and each returns `{ rows }`. */
export async function executeRows<T>(db: DbOrTx, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] }
  return result.rows
}
