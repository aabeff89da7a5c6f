import 'server-only'

import { env } from '@/lib/env'
import { resolveServiceConfig, type ServiceConfig } from './config'

let cached: ServiceConfig | undefined

/** The resolved driver configuration; throws ServiceConfigError naming every missing variable. */
export function getServiceConfig(): ServiceConfig {
  cached ??= resolveServiceConfig(env)
  return cached
}
