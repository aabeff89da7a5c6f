'use client'

import type PusherClient from 'pusher-js'
import { createContext, useContext, useEffect, useEffectEvent, useState, useSyncExternalStore, type ReactNode } from 'react'
import { PusherConnection, pusherOptions, type ConnectionState, type RealtimeConnection } from './client-connection'
import type { RealtimeClientConfig } from './types'

export type { ConnectionState, RealtimeConnection, RealtimeSubscription } from './client-connection'

const StoreContext = createContext<RealtimeStore | null>(null)

export function RealtimeProvider(props: { config: RealtimeClientConfig; children: ReactNode }): React.JSX.Element {
  const key = JSON.stringify(props.config)
  const [current, setCurrent] = useState(() => ({ key, store: new RealtimeStore(props.config) }))
  if (current.key !== key) setCurrent({ key, store: new RealtimeStore(props.config) })
  const { store } = current
  useEffect(() => () => store.dispose(), [store])
  return <StoreContext value={store}>{props.children}</StoreContext>
}

/** The shared connection, or null until pusher-js has loaded (it is imported lazily, on first use). */
export function useRealtime(): RealtimeConnection | null {
  const store = useStore()
  useEffect(() => store.request(), [store])
  return useSyncExternalStore(store.subscribe, store.getConnection, serverConnection)
}

/** Observes the connection without asking for one: 'initialized' until something subscribes. */
export function useConnectionState(): ConnectionState {
  const store = useStore()
  return useSyncExternalStore(store.subscribe, store.getState, serverState)
}

/** Subscribes while mounted; the latest handler is used without resubscribing. channel null = nothing. */
export function useChannelEvent<T = unknown>(channel: string | null, event: string, handler: (data: T) => void): void {
  const realtime = useRealtime()
  const onEvent = useEffectEvent((data: unknown) => handler(data as T))
  useEffect(() => {
    if (!realtime || !channel) return
    const subscription = realtime.subscribe(channel)
    subscription.bind(event, (data) => onEvent(data))
    return () => subscription.release()
  }, [realtime, channel, event])
}

function useStore(): RealtimeStore {
  const store = useContext(StoreContext)
  if (!store) throw new Error('Realtime hooks need a <RealtimeProvider> above them')
  return store
}

const serverConnection = () => null
const serverState = (): ConnectionState => 'initialized'

/** Loads pusher-js on the first request() and owns the one connection; dispose() makes it loadable again. */
class RealtimeStore {
  private connection: PusherConnection | null = null
  private pusher: PusherClient | null = null
  private state: ConnectionState = 'initialized'
  private loading = false
  private generation = 0
  private listeners = new Set<() => void>()

  constructor(private readonly config: RealtimeClientConfig) {}

  subscribe = (listener: () => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }
  getConnection = (): RealtimeConnection | null => this.connection
  getState = (): ConnectionState => this.state

  request(): void {
    if (this.connection || this.loading) return
    this.loading = true
    const generation = this.generation
    import('pusher-js').then(
      ({ default: Pusher }) => {
        if (generation !== this.generation) return
        this.loading = false
        const pusher = new Pusher(this.config.key, pusherOptions(this.config, window.location.hostname))
        pusher.connection.bind('state_change', ({ current }: { current: ConnectionState }) => this.setState(current))
        this.pusher = pusher
        this.connection = new PusherConnection(pusher)
        this.setState(pusher.connection.state as ConnectionState)
      },
      () => {
        if (generation !== this.generation) return
        this.loading = false
        this.setState('failed')
      },
    )
  }

  dispose(): void {
    this.generation++
    this.loading = false
    this.pusher?.disconnect()
    this.pusher = null
    this.connection = null
    this.setState('initialized')
  }

  private setState(state: ConnectionState): void {
    this.state = state
    for (const listener of this.listeners) listener()
  }
}
