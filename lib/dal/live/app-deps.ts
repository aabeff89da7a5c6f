import 'server-only'

import { getDb } from '@/db'
import { getKv } from '@/lib/services/kv'
import { getRealtime } from '@/lib/services/realtime'
import type { LiveDeps } from './deps'

/** The configured database, realtime and kv, for actions, routes and jobs (tests build their own). */
export function liveDeps(): LiveDeps {
  return { db: getDb(), realtime: getRealtime(), kv: getKv() }
}
