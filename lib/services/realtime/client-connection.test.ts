import { createHmac, randomUUID } from 'node:crypto'
import type PusherClient from 'pusher-js'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { PusherConnection, pusherOptions } from './client-connection'
import { connectClient, connected, sleep, waitUntil, type Authorize, type ContractServer } from './contract-client'
import { createEmbeddedRealtime } from './embedded'
import { startRealtimeServer, type RealtimeServer } from './server'
import type { Realtime } from './types'

const app = { appId: 'client-app', key: 'client-key', secret: 'client-secret' }
let server: RealtimeServer
let target: ContractServer
let realtime: Realtime
let clients: PusherClient[] = []

beforeAll(async () => {
  server = await startRealtimeServer({ ...app, port: 0, host: '127.0.0.1' })
  target = { ...app, host: '127.0.0.1', port: server.port }
  realtime = createEmbeddedRealtime({ ...app, port: server.port })
})
afterEach(() => {
  for (const c of clients) c.disconnect()
  clients = []
})
afterAll(async () => {
  await server.close()
})

async function connection(authorize: Authorize = (socketId, channel) => realtime.authorizeChannel(socketId, channel)) {
  const pusher = connectClient(target, { authorize })
  clients.push(pusher)
  await connected(pusher)
  return new PusherConnection(pusher)
}

const until = (label: string, check: () => Promise<boolean> | boolean) =>
  waitUntil(label, (resolve) => {
    const poll = setInterval(async () => (await check()) && resolve(clearInterval(poll)), 20)
  })

describe('PusherConnection (the browser half, driven in Node)', () => {
  it('shares one subscription between holders and unsubscribes when the last releases', async () => {
    const conn = await connection()
    const channel = `show-${randomUUID()}`
    const first = conn.subscribe(channel)
    const second = conn.subscribe(channel)
    const gotFirst: unknown[] = []
    const gotSecond: unknown[] = []
    first.bind('stock', (d) => gotFirst.push(d))
    second.bind('stock', (d) => gotSecond.push(d))
    await new Promise<void>((resolve) => first.onSubscribed(resolve))
    expect(await realtime.channelInfo(channel)).toEqual({ occupied: true, subscriptionCount: 1 })

    first.release()
    first.release()
    await realtime.trigger(channel, 'stock', { stock: 4 })
    await until('the second holder to receive', () => gotSecond.length === 1)
    expect(gotFirst).toEqual([])

    second.release()
    await until('the channel to empty', async () => !(await realtime.channelInfo(channel)).occupied)
  })

  it('fires onSubscribed at once when already subscribed, and unbinds a handler on request', async () => {
    const conn = await connection()
    const sub = conn.subscribe(`show-${randomUUID()}`)
    await new Promise<void>((resolve) => sub.onSubscribed(resolve))
    let calls = 0
    sub.onSubscribed(() => calls++)
    expect(calls).toBe(1)

    const got: unknown[] = []
    const unbind = sub.bind('viewers', (d) => got.push(d))
    unbind()
    await realtime.trigger(sub.channel, 'viewers', { concurrent: 1 })
    await sleep(200)
    expect(got).toEqual([])
    sub.release()
  })

  it('sends client events only on subscribed private channels, to the other side', async () => {
    const [host, viewer] = [await connection(), await connection()]
    const name = `private-signal-${randomUUID()}-${randomUUID()}`
    const hostSub = host.subscribe(name)
    expect(hostSub.trigger('client-offer', { sdp: 'early' })).toBe(false)
    const viewerSub = viewer.subscribe(name)
    const got: unknown[] = []
    viewerSub.bind('client-offer', (d) => got.push(d))
    await Promise.all([hostSub, viewerSub].map((s) => new Promise<void>((resolve) => s.onSubscribed(resolve))))

    expect(hostSub.trigger('client-offer', { sdp: 'v=0' })).toBe(true)
    await until('the viewer to get the offer', () => got.length === 1)
    expect(got).toEqual([{ sdp: 'v=0' }])

    const publicSub = host.subscribe(`show-${randomUUID()}`)
    await new Promise<void>((resolve) => publicSub.onSubscribed(resolve))
    expect(publicSub.trigger('client-chat', { body: 'no' })).toBe(false)
  })

  it('reports a refused subscription through onError with its status', async () => {
    const conn = await connection((socketId, channel) => ({ auth: `${app.key}:${createHmac('sha256', 'wrong').update(`${socketId}:${channel}`).digest('hex')}` }))
    const sub = conn.subscribe(`private-user-${randomUUID()}`)
    const error = await new Promise((resolve) => sub.onError(resolve))
    expect(error).toEqual({ status: 401, message: expect.any(String) })
  })
})

describe('pusherOptions', () => {
  it('points the embedded driver at the page host and the server port, over plain ws', () => {
    expect(pusherOptions({ driver: 'embedded', key: 'k', port: 6001, authEndpoint: '/api/realtime/auth' }, '192.168.1.20')).toMatchObject({
      wsHost: '192.168.1.20',
      wsPort: 6001,
      forceTLS: false,
      enabledTransports: ['ws'],
      channelAuthorization: { endpoint: '/api/realtime/auth', transport: 'ajax' },
    })
    expect(pusherOptions({ driver: 'pusher', key: 'k', cluster: 'ap2', authEndpoint: '/api/realtime/auth' }, 'haat.in')).toEqual({
      cluster: 'ap2',
      forceTLS: true,
      channelAuthorization: { endpoint: '/api/realtime/auth', transport: 'ajax' },
    })
  })
})
