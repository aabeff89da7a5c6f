import 'server-only'

import { getDb } from '@/db'
import { getServiceConfig } from '@/lib/services'
import type { ServiceConfig } from '@/lib/services/config'
import { ShippingError } from './errors'
import { createShiprocketShipping } from './shiprocket'
import { createSimulatedShipping, type SimulatedShipping } from './simulated'
import type { SimulatedCourier } from './simulated-courier'
import type { ShipmentStatus, ShippingService } from './types'

export type {
  AssignedAwb,
  CreatedShipment,
  DeliveryAddress,
  EtaDays,
  NotServiceable,
  PickupAddress,
  ReturnInput,
  ServiceabilityRequest,
  ServiceabilityResult,
  ServiceableQuote,
  ShipmentInput,
  ShipmentItem,
  ShipmentStatus,
  ShippingService,
  Tracking,
  TrackingScan,
  TrackingWebhook,
} from './types'
export { SHIPMENT_STATUSES } from './types'
export { ShippingError } from './errors'
export { devCourierActionSchema, devCourierVisible, type DevCourierActionInput } from './dev-courier'
export { SIMULATED_STEP_MS, type SimulatedCourier, type SimulatedShipment } from './simulated-courier'
export type { WebhookDelivery } from './simulated-webhooks'

// Cached on globalThis: dev reloads modules, the Shiprocket driver holds its login token and the
// simulated courier its in-flight webhook retries.
const globalForShipping = globalThis as unknown as { haatShipping?: ShippingService }

export function getShipping(): ShippingService {
  globalForShipping.haatShipping ??= createShipping(getServiceConfig())
  return globalForShipping.haatShipping
}

export function createShipping(config: Pick<ServiceConfig, 'shipping' | 'appUrl'>): ShippingService {
  const shipping = config.shipping
  switch (shipping.driver) {
    case 'shiprocket':
      return createShiprocketShipping({
        email: shipping.email,
        password: shipping.password,
        apiBase: shipping.apiBase,
        webhookToken: shipping.webhookToken,
      })
    case 'simulated':
      return createSimulatedShipping({
        db: getDb,
        appUrl: config.appUrl,
        webhookToken: shipping.webhookToken,
        onWebhookError: (error) => console.error('[shipping] simulated webhook', error),
      })
    default: {
      const unknown: never = shipping
      throw new Error(`Unknown shipping driver: ${JSON.stringify(unknown)}`)
    }
  }
}

/** The embedded courier when it is the active driver; null with Shiprocket. */
export function getSimulatedCourier(): SimulatedCourier | null {
  if (getServiceConfig().shipping.driver !== 'simulated') return null
  return (getShipping() as SimulatedShipping).courier
}

function requireSimulatedCourier(): SimulatedCourier {
  const courier = getSimulatedCourier()
  if (!courier) throw new ShippingError('The simulated courier is not the active shipping driver')
  return courier
}

/** Moves a simulated parcel one step, or on to `to` ('delivered', 'rto_initiated', 'lost' …); sends the webhook. */
export function advanceSimulatedShipment(awb: string, to?: ShipmentStatus) {
  return requireSimulatedCourier().advance(awb, to)
}

/** Advances every simulated parcel whose next step is due and retries due webhooks; a no-op with Shiprocket. */
export async function tickSimulatedCourier(now: Date = new Date()): Promise<{ advanced: number; webhooksRetried: number }> {
  const courier = getSimulatedCourier()
  return courier ? courier.tick(now) : { advanced: 0, webhooksRetried: 0 }
}

/**
 * A job for the jobs registry (same shape as lib/jobs' JobHandler): moves the simulated courier's
 * clock. Cheap and a no-op with Shiprocket, so it can run every half minute everywhere.
 */
export const simulatedCourierTick = {
  name: 'shipping.simulated-tick',
  run: async (_payload?: unknown, ctx?: { now: Date }): Promise<void> => {
    await tickSimulatedCourier(ctx?.now ?? new Date())
  },
  recurring: { cron: '* * * * *', everySeconds: 30 },
}
