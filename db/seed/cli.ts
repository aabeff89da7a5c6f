// `npm run db:seed`: migrates the configured database and fills it with the demo data when empty.
import path from 'node:path'
import { env } from '@/lib/env'
import { resolveDatabaseConfig } from '@/lib/services/config'
import { createDb } from '../client'
import { DEMO_ACCOUNTS } from './data/accounts'
import { seed } from './index'

const started = Date.now()
const config = resolveDatabaseConfig(env)
const handle = createDb(config)
try {
  await handle.migrate()
  const result = await seed(handle.db, {
    uploadsDir: path.join(env.DATA_DIR, 'uploads'),
    log: (msg) => console.log(msg),
  })
  if (result.skipped) {
    console.log(`The ${config.driver} database is already seeded; nothing to do.`)
  } else {
    console.log(
      `Seeded the ${config.driver} database: ${result.users} users, ${result.stores} stores, ` +
        `${result.products} products, ${result.shows} shows, ${result.orders} orders, ${result.reviews} reviews in ${Date.now() - started} ms.`,
    )
    console.log('Demo accounts:')
    for (const account of Object.values(DEMO_ACCOUNTS))
      console.log(`  ${account.email.padEnd(18)} ${account.password.padEnd(13)} ${account.role}`)
  }
} finally {
  await handle.close()
}
