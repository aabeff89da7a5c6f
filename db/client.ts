import fs from 'node:fs'
import path from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm'
import { Pool as NeonPool, neonConfig } from '@neondatabase/serverless'
import type { ExtractTablesWithRelations } from 'drizzle-orm'
import { drizzle as drizzleNeon } from 'drizzle-orm/neon-serverless'
import { migrate as migrateNeon } from 'drizzle-orm/neon-serverless/migrator'
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres'
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator'
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core'
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite'
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator'
import pg from 'pg'
import ws from 'ws'
import type { DatabaseConfig } from '@/lib/services/config'
import * as schema from './schema'

// No 'server-only' here: scripts (migrate, seed) and tests use this module outside Next.

export type Schema = typeof schema
export type Db = PgDatabase<PgQueryResultHKT, Schema>
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>
/** Queries take `db | tx` first, so the caller decides the transaction. */
export type DbOrTx = Db | Tx

export type DbHandle = {
  db: Db
  driver: DatabaseConfig['driver']
  migrate: () => Promise<void>
  close: () => Promise<void>
  /** The PGlite instance, for cloning test databases. */
  pglite?: PGlite
}

export const migrationsFolder = path.join(process.cwd(), 'db', 'migrations')

export function openPglite(options: { dataDir: string | null; loadDataDir?: Blob | File }): PGlite {
  if (options.dataDir) fs.mkdirSync(path.dirname(path.resolve(options.dataDir)), { recursive: true })
  return new PGlite({
    dataDir: options.dataDir ? path.resolve(options.dataDir) : undefined,
    extensions: { pg_trgm },
    loadDataDir: options.loadDataDir,
  })
}

export function wrapPglite(client: PGlite): DbHandle {
  const db = drizzlePglite({ client, schema, casing: 'snake_case' })
  return {
    db: db as unknown as Db,
    driver: 'pglite',
    pglite: client,
    migrate: () => migratePglite(db, { migrationsFolder }),
    close: () => client.close(),
  }
}

export function createDb(config: DatabaseConfig): DbHandle {
  switch (config.driver) {
    case 'pglite':
      return wrapPglite(openPglite({ dataDir: config.dataDir }))
    case 'pg': {
      const pool = new pg.Pool({ connectionString: config.url, max: 10 })
      // An idle connection that the server closes (restart, failover, a forced drop) must not
      // crash the process: the pool discards it and opens a new one on the next query.
      pool.on('error', (error) => console.warn(`[db] idle connection closed: ${error.message}`))
      const db = drizzlePg({ client: pool, schema, casing: 'snake_case' })
      return {
        db: db as unknown as Db,
        driver: 'pg',
        migrate: () => migratePg(db, { migrationsFolder }),
        close: () => pool.end(),
      }
    }
    case 'neon': {
      // Node 20 has no global WebSocket; Neon's Pool needs one for interactive transactions.
      neonConfig.webSocketConstructor = ws
      const pool = new NeonPool({ connectionString: config.url })
      pool.on('error', (error: Error) => console.warn(`[db] idle connection closed: ${error.message}`))
      const db = drizzleNeon({ client: pool, schema, casing: 'snake_case' })
      return {
        db: db as unknown as Db,
        driver: 'neon',
        migrate: () => migrateNeon(db, { migrationsFolder }),
        close: () => pool.end(),
      }
    }
    default: {
      const unknown: never = config
      throw new Error(`Unknown database driver: ${JSON.stringify(unknown)}`)
    }
  }
}
