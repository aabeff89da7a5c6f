import 'server-only'

import { getServiceConfig } from '@/lib/services'
import { createDb, type Db, type DbHandle } from './client'

export type { Db, DbOrTx, Tx } from './client'

// Cached on globalThis: dev reloads modules, and PGlite allows one open instance per directory.
const globalForDb = globalThis as unknown as { haatDb?: DbHandle }

export function getDbHandle(): DbHandle {
  globalForDb.haatDb ??= createDb(getServiceConfig().database)
  return globalForDb.haatDb
}

export function getDb(): Db {
  return getDbHandle().db
}
