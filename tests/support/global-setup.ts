import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { openPglite, wrapPglite } from '@/db/client'
import { TEMPLATE_DB, TEMPLATE_DUMP_ENV } from './test-db-names'

/**
 * Migrates one template database per run; each test file then gets a copy of it
 * (a PGlite data-dir dump, or `CREATE DATABASE … TEMPLATE` on PostgreSQL).
 */
export default async function setup() {
  const url = process.env.TEST_DATABASE_URL
  if (url) {
    assertLocal(url)
    const admin = new pg.Client({ connectionString: url })
    await admin.connect()
    try {
      await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DB} WITH (FORCE)`)
      await admin.query(`CREATE DATABASE ${TEMPLATE_DB}`)
    } finally {
      await admin.end()
    }
    const { createDb } = await import('@/db/client')
    const handle = createDb({ driver: 'pg', url: withDatabase(url, TEMPLATE_DB) })
    await handle.migrate()
    await handle.close()
    return
  }
  const handle = wrapPglite(openPglite({ dataDir: null }))
  await handle.migrate()
  const dump = await handle.pglite!.dumpDataDir('none')
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'haat-test-')), 'template.tar')
  fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()))
  await handle.close()
  process.env[TEMPLATE_DUMP_ENV] = file
  return () => fs.rmSync(path.dirname(file), { recursive: true, force: true })
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url)
  u.pathname = `/${database}`
  return u.toString()
}

/** Tests drop and create databases: refuse anything that is not on this machine. */
export function assertLocal(url: string) {
  const host = new URL(url).hostname
  if (!['127.0.0.1', 'localhost', '::1', '[::1]'].includes(host))
    throw new Error(`TEST_DATABASE_URL must point at a local PostgreSQL, not ${host}`)
}
