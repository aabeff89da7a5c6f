// `npm run db:migrate`: applies the committed migrations to the configured database.
import { env } from '@/lib/env'
import { resolveDatabaseConfig } from '@/lib/services/config'
import { createDb } from './client'

const config = resolveDatabaseConfig(env)
const handle = createDb(config)
const started = Date.now()
await handle.migrate()
await handle.close()
console.log(`Migrated the ${config.driver} database in ${Date.now() - started} ms.`)
