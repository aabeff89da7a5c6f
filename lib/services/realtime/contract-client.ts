import { createHash, createHmac } from 'node:crypto'
import PusherClient, { type Channel } from 'pusher-js'
import type { ChannelAuthorization } from './types'

/** The server a contract run talks to: where pusher-js connects and the HTTP API answers. */
export type ContractServer = { host: string; port: number; appId: string; key: string; secret: string }

export type Authorize = (socketId: string, channel: string) => ChannelAuthorization

/** pusher-js (its Node build) connected to `server`, exactly as the browser half configures it. */
export function connectClient(server: ContractServer, options: { key?: string; authorize?: Authorize } = {}): PusherClient {
  return new PusherClient(options.key ?? server.key, {
    cluster: 'embedded',
    wsHost: server.host,
    wsPort: server.port,
    forceTLS: false,
    enabledTransports: ['ws'],
    enableStats: false,
    channelAuthorization: {
      customHandler: ({ socketId, channelName }, callback) => {
        try {
          if (!options.authorize) throw new Error('This client has no authorizer')
          callback(null, options.authorize(socketId, channelName))
        } catch (error) {
          callback(error as Error, null)
        }
      },
    },
  })
}

export function waitUntil<T>(label: string, register: (resolve: (value: T) => void, reject: (error: Error) => void) => void, timeoutMs = 5000): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Timed out after ${timeoutMs} ms waiting for ${label}`)), timeoutMs)
    register(
      (value) => {
        clearTimeout(timer)
        resolve(value)
      },
      (error) => {
        clearTimeout(timer)
        reject(error)
      },
    )
  })
}

export function connected(client: PusherClient): Promise<string> {
  return waitUntil('connected', (resolve) => {
    if (client.connection.state === 'connected') return resolve(client.connection.socket_id)
    client.connection.bind('connected', () => resolve(client.connection.socket_id))
  })
}

/** Resolves with the subscription_succeeded data; rejects with the subscription_error data. */
export function subscribed(client: PusherClient, name: string): Promise<{ channel: Channel; data: unknown }> {
  const channel = client.subscribe(name)
  return waitUntil(`subscription to ${name}`, (resolve, reject) => {
    channel.bind('pusher:subscription_succeeded', (data: unknown) => resolve({ channel, data }))
    channel.bind('pusher:subscription_error', (data: unknown) => reject(Object.assign(new Error(`subscription_error on ${name}`), { data })))
  })
}

/** Every event `name` a channel receives, in order, and a way to wait for the nth. */
export function recorder<T = unknown>(channel: Channel, name: string) {
  const received: T[] = []
  const waiters: { count: number; resolve: () => void }[] = []
  channel.bind(name, (data: T) => {
    received.push(data)
    for (const w of waiters.filter((w) => received.length >= w.count)) w.resolve()
  })
  return {
    received,
    waitFor(count: number, timeoutMs = 5000): Promise<T[]> {
      return waitUntil(`${count} × ${name} on ${channel.name}`, (resolve) => {
        if (received.length >= count) return resolve(received)
        waiters.push({ count, resolve: () => resolve(received) })
      }, timeoutMs)
    },
  }
}

/** Errors the connection reports (pusher:error and refused handshakes), flattened to code and message. */
export function connectionErrors(client: PusherClient): { code: number | null; message: string }[] {
  const errors: { code: number | null; message: string }[] = []
  client.connection.bind('error', (error: { data?: { code?: number; message?: string }; error?: { data?: { code?: number; message?: string } } }) => {
    const data = error.data ?? error.error?.data
    if (data) errors.push({ code: data.code ?? null, message: data.message ?? '' })
  })
  return errors
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** An HTTP API request signed by hand as Pusher documents it, with `secret` (right or wrong). */
export function signedApiRequest(server: ContractServer, secret: string, method: 'GET' | 'POST', subPath: string, body?: string, extra: Record<string, string> = {}) {
  const path = `/apps/${server.appId}${subPath}`
  const params: Record<string, string> = {
    auth_key: server.key,
    auth_timestamp: String(Math.floor(Date.now() / 1000)),
    auth_version: '1.0',
    ...(body !== undefined ? { body_md5: createHash('md5').update(body).digest('hex') } : {}),
    ...extra,
  }
  const query = Object.keys(params)
    .sort()
    .map((k) => `${k}=${params[k]}`)
    .join('&')
  const signature = createHmac('sha256', secret).update([method, path, query].join('\n')).digest('hex')
  return { url: `http://${server.host}:${server.port}${path}?${query}&auth_signature=${signature}`, init: { method, body, headers: body ? { 'content-type': 'application/json' } : undefined } }
}
