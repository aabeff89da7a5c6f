import Pusher from 'pusher'
import { realtimeFromSdk } from './sdk'
import type { Realtime } from './types'

export type EmbeddedRealtimeOptions = { appId: string; key: string; secret: string; port: number; host?: string }

/** The official `pusher` SDK aimed at the embedded server on this machine. */
export function createEmbeddedRealtime(options: EmbeddedRealtimeOptions): Realtime {
  const pusher = new Pusher({
    appId: options.appId,
    key: options.key,
    secret: options.secret,
    host: options.host ?? '127.0.0.1',
    port: String(options.port),
    useTLS: false,
  })
  return realtimeFromSdk('embedded', pusher)
}
