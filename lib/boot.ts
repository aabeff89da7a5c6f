import 'server-only'

import path from 'node:path'
import { getDbHandle } from '@/db'
import { isSeeded, seed } from '@/db/seed'
import { env } from '@/lib/env'
import { getServiceConfig } from '@/lib/services'
import { ServiceConfigError, type ServiceConfig } from '@/lib/services/config'
import { startEmbeddedScheduler } from '@/lib/services/jobs'
import { startEmbeddedRealtimeServer } from '@/lib/services/realtime'
import '@/lib/jobs'

const globalForBoot = globalThis as unknown as { haatBoot?: Promise<void> }

/** Idempotent: dev re-evaluates instrumentation, and every caller shares one boot. */
export function boot(): Promise<void> {
  globalForBoot.haatBoot ??= run()
  return globalForBoot.haatBoot
}

async function run() {
  let config: ServiceConfig
  try {
    config = getServiceConfig()
  } catch (error) {
    if (error instanceof ServiceConfigError) {
      console.error(`\n${error.message}\n`)
      // A half-configured production must not serve traffic at all.
      process.exit(1)
    }
    throw error
  }

  const started = Date.now()
  const handle = getDbHandle()
  if (handle.driver === 'pglite') {
    await handle.migrate()
    if (env.SEED_ON_BOOT === 'auto' && !(await isSeeded(handle.db))) {
      console.log('[haat] Seeding demo data (first boot)…')
      const counts = await seed(handle.db, { uploadsDir: path.join(config.dataDir, 'uploads'), log: (m) => console.log(`[haat] ${m}`) })
      console.log(`[haat] Seeded ${counts.products} products in ${counts.stores} stores.`)
    }
  }
  // After migrating: the scheduler's first pass reads scheduled_jobs. QStash needs no process.
  if (config.jobs.driver === 'embedded') startEmbeddedScheduler()
  if (config.realtime.driver === 'embedded') await startEmbeddedRealtimeServer()
  console.log(`[haat] Ready in ${Date.now() - started} ms · ${describe(config)}`)
}

function describe(config: ServiceConfig): string {
  const db = config.database.driver === 'pglite' ? `pglite (${config.database.dataDir ?? 'memory'})` : config.database.driver
  return [
    `database ${db}`,
    `kv ${config.kv.driver}`,
    `realtime ${config.realtime.driver}`,
    `video ${config.video.driver}`,
    `payments ${config.payments.driver}`,
    `shipping ${config.shipping.driver}`,
    `storage ${config.storage.driver}`,
    `email ${config.email.driver}`,
    `jobs ${config.jobs.driver}`,
  ].join(' · ')
}
