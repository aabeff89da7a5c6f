import crypto from 'node:crypto'
import fs from 'node:fs'
import pg from 'pg'
import { createDb, openPglite, wrapPglite, type Db, type DbHandle } from '@/db/client'
import { assertLocal, withDatabase } from './global-setup'
import { TEMPLATE_DB, TEMPLATE_DUMP_ENV } from './test-db-names'

export type TestDb = { db: Db; handle: DbHandle; driver: 'pglite' | 'pg'; close: () => Promise<void> }

/** A fresh, migrated database for one test file: PGlite in memory, or PostgreSQL when TEST_DATABASE_URL is set. */
export async function createTestDb(): Promise<TestDb> {
  const url = process.env.TEST_DATABASE_URL
  if (url) {
    assertLocal(url)
    const name = `haat_test_${crypto.randomBytes(6).toString('hex')}`
    const admin = new pg.Client({ connectionString: url })
    await admin.connect()
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DB}`)
    await admin.end()
    const handle = createDb({ driver: 'pg', url: withDatabase(url, name) })
    return {
      db: handle.db,
      handle,
      driver: 'pg',
      close: async () => {
        await handle.close()
        const cleanup = new pg.Client({ connectionString: url })
        await cleanup.connect()
        await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
        await cleanup.end()
      },
    }
  }
  const dumpFile = process.env[TEMPLATE_DUMP_ENV]
  let handle: DbHandle
  if (dumpFile && fs.existsSync(dumpFile)) {
    handle = wrapPglite(openPglite({ dataDir: null, loadDataDir: new Blob([fs.readFileSync(dumpFile)]) }))
  } else {
    handle = wrapPglite(openPglite({ dataDir: null }))
    await handle.migrate()
  }
  return { db: handle.db, handle, driver: 'pglite', close: () => handle.close() }
}
