import 'server-only'

import { getServiceConfig } from '@/lib/services'
import type { ServiceConfig } from '@/lib/services/config'
import { createShiprocketShipping } from './shiprocket'
import { createSimulatedShipping } from './simulated'
import type { ShippingService } from './types'

export type {
  EtaDays,
  NotServiceable,
  ServiceabilityRequest,
  ServiceabilityResult,
  ServiceableQuote,
  ShippingService,
} from './types'
export { ShippingError } from './errors'

// Cached on globalThis: dev reloads modules, and the Shiprocket driver holds its login token.
const globalForShipping = globalThis as unknown as { haatShipping?: ShippingService }

export function getShipping(): ShippingService {
  globalForShipping.haatShipping ??= createShipping(getServiceConfig().shipping)
  return globalForShipping.haatShipping
}

export function createShipping(config: ServiceConfig['shipping']): ShippingService {
  switch (config.driver) {
    case 'shiprocket':
      return createShiprocketShipping({ email: config.email, password: config.password, apiBase: config.apiBase })
    case 'simulated':
      return createSimulatedShipping()
    default: {
      const unknown: never = config
      throw new Error(`Unknown shipping driver: ${JSON.stringify(unknown)}`)
    }
  }
}
