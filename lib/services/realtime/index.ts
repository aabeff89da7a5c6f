import 'server-only'

import { getServiceConfig } from '@/lib/services'
import type { ServiceConfig } from '@/lib/services/config'
import { createEmbeddedRealtime } from './embedded'
import { createPusherRealtime } from './pusher'
import { startRealtimeServer, type RealtimeServer } from './server'
import type { Realtime, RealtimeClientConfig } from './types'

export type { ChannelAuthorization, ChannelOccupancy, PresenceMember, Realtime, RealtimeBatchEvent, RealtimeClientConfig } from './types'
export { RealtimeError } from './errors'

/** Where pusher-js asks to join private channels (app/api/realtime/auth/route.ts). */
export const REALTIME_AUTH_ENDPOINT = '/api/realtime/auth'

// Cached on globalThis: instrumentation (which starts the server) and each route are bundled
// apart, and dev reloads modules; a second server on the same port would fail to listen.
const globalForRealtime = globalThis as unknown as {
  haatRealtime?: Realtime
  haatRealtimeServer?: Promise<RealtimeServer | null>
}

export function getRealtime(): Realtime {
  globalForRealtime.haatRealtime ??= createRealtime(getServiceConfig())
  return globalForRealtime.haatRealtime
}

export function createRealtime(config: Pick<ServiceConfig, 'realtime'>): Realtime {
  const realtime = config.realtime
  switch (realtime.driver) {
    case 'pusher':
      return createPusherRealtime(realtime)
    case 'embedded':
      return createEmbeddedRealtime(realtime)
    default: {
      const unknown: never = realtime
      throw new Error(`Unknown realtime driver: ${JSON.stringify(unknown)}`)
    }
  }
}

/** What the browser needs to connect; no secrets. */
export function getRealtimeClientConfig(): RealtimeClientConfig {
  const realtime = getServiceConfig().realtime
  switch (realtime.driver) {
    case 'pusher':
      return { driver: 'pusher', key: realtime.key, cluster: realtime.cluster, authEndpoint: REALTIME_AUTH_ENDPOINT }
    case 'embedded':
      return { driver: 'embedded', key: realtime.key, port: realtime.port, authEndpoint: REALTIME_AUTH_ENDPOINT }
    default: {
      const unknown: never = realtime
      throw new Error(`Unknown realtime driver: ${JSON.stringify(unknown)}`)
    }
  }
}

/**
 * Starts the embedded Pusher-protocol server once per process (boot calls it; later calls share
 * the first). Resolves null with the Pusher driver, or when the port is taken — logged, not thrown,
 * so the rest of the app still starts.
 */
export function startEmbeddedRealtimeServer(): Promise<RealtimeServer | null> {
  const realtime = getServiceConfig().realtime
  if (realtime.driver !== 'embedded') return Promise.resolve(null)
  globalForRealtime.haatRealtimeServer ??= startRealtimeServer(realtime).then(
    (server) => {
      console.log(`[haat] Realtime server (Pusher protocol 7) listening on port ${server.port}`)
      return server
    },
    (error: unknown) => {
      if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE')
        console.warn(
          `[haat] Realtime: port ${realtime.port} is already in use, so the embedded realtime server did not start. ` +
            'If another Haat dev server is running, it serves live updates; otherwise stop whatever holds the port ' +
            'or set EMBEDDED_REALTIME_PORT to a free one.',
        )
      else console.error('[haat] Realtime: the embedded realtime server failed to start', error)
      return null
    },
  )
  return globalForRealtime.haatRealtimeServer
}

export async function stopEmbeddedRealtimeServer(): Promise<void> {
  const server = await globalForRealtime.haatRealtimeServer
  globalForRealtime.haatRealtimeServer = undefined
  await server?.close()
}
