import 'server-only'

import { getServiceConfig } from '@/lib/services'
import type { ServiceConfig } from '@/lib/services/config'
import { createMemoryKv } from './memory'
import type { Kv } from './types'
import { createUpstashKv } from './upstash'

export type { Kv, KvSetOptions, RateLimitResult, RateLimitRule } from './types'
export { RATE_LIMITS, rateLimit, type RateLimitOptions, type RateLimitOutcome } from './rate-limit'

// Cached on globalThis: dev reloads modules, and the memory driver's counters must survive that.
const globalForKv = globalThis as unknown as { haatKv?: Kv }

export function getKv(): Kv {
  globalForKv.haatKv ??= createKv(getServiceConfig().kv)
  return globalForKv.haatKv
}

export function createKv(config: ServiceConfig['kv']): Kv {
  switch (config.driver) {
    case 'upstash':
      return createUpstashKv({ url: config.url, token: config.token })
    case 'memory':
      return createMemoryKv()
    default: {
      const unknown: never = config
      throw new Error(`Unknown kv driver: ${JSON.stringify(unknown)}`)
    }
  }
}
