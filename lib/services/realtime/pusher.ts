import Pusher from 'pusher'
import { realtimeFromSdk } from './sdk'
import type { Realtime } from './types'

export type PusherRealtimeOptions = {
  appId: string
  key: string
  secret: string
  cluster: string
  /** Overrides for tests: point the SDK at another Pusher-protocol server. */
  host?: string
  port?: number
  useTLS?: boolean
}

/** Pusher Channels through the official `pusher` SDK. */
export function createPusherRealtime(options: PusherRealtimeOptions): Realtime {
  const base = { appId: options.appId, key: options.key, secret: options.secret, useTLS: options.useTLS ?? true }
  const pusher =
    options.host || options.port
      ? new Pusher({ ...base, host: options.host ?? `api-${options.cluster}.pusher.com`, ...(options.port ? { port: String(options.port) } : {}) })
      : new Pusher({ ...base, cluster: options.cluster })
  return realtimeFromSdk('pusher', pusher)
}
