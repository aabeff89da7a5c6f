import type PusherClient from 'pusher-js'
import type { Channel, Options } from 'pusher-js'
import type { RealtimeClientConfig } from './types'

/**
 * The browser half's connection, apart from React so it can be driven against the embedded
 * server in Node. pusher-js itself is passed in: client.tsx imports it lazily.
 */

export type ConnectionState = 'initialized' | 'connecting' | 'connected' | 'unavailable' | 'failed' | 'disconnected'

export interface RealtimeConnection {
  readonly state: ConnectionState
  socketId(): string | undefined
  /** Reference-counted: several components may subscribe to one channel; release() unsubscribes when the last lets go. */
  subscribe(channel: string): RealtimeSubscription
}

export interface RealtimeSubscription {
  readonly channel: string
  /** Returns the unbind function. */
  bind(event: string, handler: (data: unknown) => void): () => void
  /** Client events: only on private/presence channels, name starts with 'client-'. Returns false when not yet subscribed. */
  trigger(event: `client-${string}`, data: unknown): boolean
  /** Fires at once if already subscribed. Returns an unregister function. */
  onSubscribed(cb: () => void): () => void
  onError(cb: (error: { status?: number; message: string }) => void): () => void
  release(): void
}

export function pusherOptions(config: RealtimeClientConfig, pageHostname: string): Options {
  const channelAuthorization = { endpoint: config.authEndpoint, transport: 'ajax' as const }
  switch (config.driver) {
    case 'pusher':
      return { cluster: config.cluster, forceTLS: true, channelAuthorization }
    case 'embedded':
      // The embedded server listens on its own port of the host that served the page, so phones on the LAN reach it too.
      return {
        cluster: 'embedded',
        wsHost: pageHostname,
        wsPort: config.port,
        wssPort: config.port,
        forceTLS: false,
        enabledTransports: ['ws'],
        enableStats: false,
        channelAuthorization,
      }
    default: {
      const unknown: never = config
      throw new Error(`Unknown realtime driver: ${JSON.stringify(unknown)}`)
    }
  }
}

type Entry = { channel: Channel; count: number }

export class PusherConnection implements RealtimeConnection {
  private entries = new Map<string, Entry>()

  constructor(private readonly pusher: PusherClient) {}

  get state(): ConnectionState {
    return this.pusher.connection.state as ConnectionState
  }

  socketId(): string | undefined {
    return this.pusher.connection.socket_id || undefined
  }

  subscribe(name: string): RealtimeSubscription {
    let entry = this.entries.get(name)
    if (!entry) {
      entry = { channel: this.pusher.subscribe(name), count: 0 }
      this.entries.set(name, entry)
    }
    entry.count++
    const held = entry
    return subscriptionHandle(held.channel, () => {
      if (--held.count > 0 || this.entries.get(name) !== held) return
      this.entries.delete(name)
      this.pusher.unsubscribe(name)
    })
  }
}

/** One component's hold on a shared channel: its bindings go when it releases. */
function subscriptionHandle(channel: Channel, unsubscribe: () => void): RealtimeSubscription {
  const bindings = new Set<() => void>()
  let released = false
  const bind = (event: string, handler: (data: unknown) => void) => {
    if (released) return () => {}
    const listener = (data: unknown) => handler(data)
    channel.bind(event, listener)
    const unbind = () => {
      channel.unbind(event, listener)
      bindings.delete(unbind)
    }
    bindings.add(unbind)
    return unbind
  }
  const isPrivate = channel.name.startsWith('private-') || channel.name.startsWith('presence-')
  return {
    channel: channel.name,
    bind,
    trigger: (event, data) => !released && isPrivate && channel.subscribed && channel.trigger(event, data),
    onSubscribed(cb) {
      const unbind = bind('pusher:subscription_succeeded', () => cb())
      if (channel.subscribed && !released) cb()
      return unbind
    },
    onError: (cb) => bind('pusher:subscription_error', (data) => cb(subscriptionError(data))),
    release() {
      if (released) return
      released = true
      for (const unbind of [...bindings]) unbind()
      unsubscribe()
    },
  }
}

function subscriptionError(data: unknown): { status?: number; message: string } {
  const d = (data ?? {}) as { status?: unknown; error?: unknown; message?: unknown }
  const message = typeof d.error === 'string' ? d.error : typeof d.message === 'string' ? d.message : 'Could not subscribe to live updates'
  return typeof d.status === 'number' ? { status: d.status, message } : { message }
}
