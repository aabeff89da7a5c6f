import type { SQL } from 'drizzle-orm'
import type { DbOrTx } from '@/db/client'

/** Raw SQL rows: `db.execute` is typed `unknown` over our three drivers, and each returns `{ rows }`. */
export async function executeRows<T>(db: DbOrTx, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] }
  return result.rows
}

type PreparingSession = {
  session: { prepareQuery(query: unknown, fields: undefined, name: string, arrayMode: boolean): { execute(): Promise<unknown> } }
  dialect: { sqlToQuery(sql: SQL): unknown }
}

/**
 * Like executeRows, for a hot statement whose text never changes: node-postgres and Neon then
 * parse and plan it once per connection as a named prepared statement instead of on every call
 * (PGlite ignores the name). `db.execute` has no name parameter, so this goes one level down to
 * the session drizzle's own `.prepare(name)` uses.
 */
export async function executeNamedRows<T>(db: DbOrTx, name: string, query: SQL): Promise<T[]> {
  const d = db as unknown as PreparingSession
  const result = (await d.session.prepareQuery(d.dialect.sqlToQuery(query), undefined, name, false).execute()) as { rows: T[] }
  return result.rows
}
