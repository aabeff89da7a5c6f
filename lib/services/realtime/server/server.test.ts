import { createHmac } from 'node:crypto'
import Pusher from 'pusher'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import { startRealtimeServer, type RealtimeServer } from '.'

const app = { appId: 'raw-app', key: 'raw-key', secret: 'raw-secret' }
let server: RealtimeServer
const sockets: WebSocket[] = []

beforeAll(async () => {
  // Short timers so ping, pong and the 4201 close happen within a test.
  server = await startRealtimeServer({ ...app, port: 0, host: '127.0.0.1', activityTimeoutSeconds: 1, pongTimeoutMs: 600 })
})
afterAll(async () => {
  for (const ws of sockets) ws.terminate()
  await server.close()
})

type Frame = { event: string; channel?: string; data?: unknown }

/** A bare protocol client: every frame it receives, and how it was closed. */
async function raw(query = 'protocol=7&client=test&version=1', key = app.key) {
  const ws = new WebSocket(`ws://127.0.0.1:${server.port}/app/${key}?${query}`)
  sockets.push(ws)
  const frames: Frame[] = []
  const closed = new Promise<{ code: number; reason: string }>((resolve) => ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() })))
  ws.on('message', (data) => {
    const f = JSON.parse(data.toString()) as Frame
    frames.push({ ...f, data: typeof f.data === 'string' ? tryJson(f.data) : f.data })
  })
  await new Promise((resolve, reject) => ws.on('open', resolve).on('error', reject))
  const next = async (event: string, timeoutMs = 3000): Promise<Frame> => {
    const deadline = Date.now() + timeoutMs
    for (;;) {
      const found = frames.find((f) => f.event === event)
      if (found) return found
      if (Date.now() > deadline) throw new Error(`no ${event} in ${JSON.stringify(frames.map((f) => f.event))}`)
      await new Promise((r) => setTimeout(r, 10))
    }
  }
  const send = (event: string, data: unknown, channel?: string) => ws.send(JSON.stringify({ event, data, ...(channel ? { channel } : {}) }))
  return { ws, frames, closed, next, send }
}

function tryJson(s: string): unknown {
  try {
    return JSON.parse(s)
  } catch {
    return s
  }
}

const sign = (data: string) => `${app.key}:${createHmac('sha256', app.secret).update(data).digest('hex')}`

async function subscribePrivate(client: Awaited<ReturnType<typeof raw>>, channel: string) {
  const established = await client.next('pusher:connection_established')
  const socketId = (established.data as { socket_id: string }).socket_id
  client.send('pusher:subscribe', { channel, auth: sign(`${socketId}:${channel}`) })
  await client.next('pusher_internal:subscription_succeeded')
  return socketId
}

describe('embedded realtime server: the WebSocket protocol', () => {
  it('announces a socket id and the activity timeout', async () => {
    const c = await raw()
    const established = await c.next('pusher:connection_established')
    expect(established.data).toEqual({ socket_id: expect.stringMatching(/^\d+\.\d+$/), activity_timeout: 1 })
  })

  it('closes protocols older than 7 with 4007 and unknown keys with 4001', async () => {
    const old = await raw('protocol=6&client=js')
    expect(await old.closed).toMatchObject({ code: 4007 })
    expect(old.frames[0]).toMatchObject({ event: 'pusher:error', data: { code: 4007 } })
    const unknown = await raw(undefined, 'wrong-key')
    expect(await unknown.closed).toMatchObject({ code: 4001 })
  })

  it('answers pusher:ping with pusher:pong', async () => {
    const c = await raw()
    c.send('pusher:ping', {})
    await expect(c.next('pusher:pong')).resolves.toBeDefined()
  })

  it('pings a silent connection and closes it with 4201 when no pong comes back', async () => {
    const silent = await raw()
    await silent.next('pusher:ping', 3000)
    expect(await silent.closed).toMatchObject({ code: 4201 })
  })

  it('keeps a connection that answers pings open', async () => {
    const polite = await raw()
    polite.ws.on('message', (data) => {
      if (JSON.parse(data.toString()).event === 'pusher:ping') polite.send('pusher:pong', {})
    })
    await new Promise((r) => setTimeout(r, 3500))
    expect(polite.frames.filter((f) => f.event === 'pusher:ping').length).toBeGreaterThanOrEqual(2)
    expect(polite.ws.readyState).toBe(WebSocket.OPEN)
  })

  it('refuses invalid channel names and unsigned private channels with subscription_error', async () => {
    const c = await raw()
    await c.next('pusher:connection_established')
    c.send('pusher:subscribe', { channel: 'bad channel!' })
    expect((await c.next('pusher:subscription_error')).data).toMatchObject({ status: 400 })
    c.frames.length = 0
    c.send('pusher:subscribe', { channel: 'private-x', auth: `${app.key}:00` })
    expect(await c.next('pusher:subscription_error')).toMatchObject({ channel: 'private-x', data: { type: 'AuthError', status: 401 } })
  })

  it('rate-limits client events to 10 a second with 4301, and refuses them from non-subscribers or over 10 KB', async () => {
    const [a, b, outsider] = [await raw(), await raw(), await raw()]
    await subscribePrivate(a, 'private-rate')
    await subscribePrivate(b, 'private-rate')
    for (let i = 0; i < 12; i++) a.send('client-tick', { i }, 'private-rate')
    const limited = await a.next('pusher:error')
    expect(limited.data).toMatchObject({ code: 4301 })
    await new Promise((r) => setTimeout(r, 200))
    expect(b.frames.filter((f) => f.event === 'client-tick')).toHaveLength(10)

    await outsider.next('pusher:connection_established')
    outsider.send('client-tick', { i: 99 }, 'private-rate')
    expect((await outsider.next('pusher:error')).data).toMatchObject({ message: expect.stringMatching(/not subscribed/) })

    await new Promise((r) => setTimeout(r, 1000))
    a.frames.length = 0
    a.send('client-big', { body: 'x'.repeat(11 * 1024) }, 'private-rate')
    expect((await a.next('pusher:error')).data).toMatchObject({ message: expect.stringMatching(/10240 bytes/) })
    expect(b.frames.some((f) => f.event === 'client-big')).toBe(false)
  })

  it('does not echo a presence client event to its sender and tags it with the user id', async () => {
    const channel = 'presence-room'
    const join = async (userId: string) => {
      const c = await raw()
      const socketId = (( await c.next('pusher:connection_established')).data as { socket_id: string }).socket_id
      const channelData = JSON.stringify({ user_id: userId })
      c.send('pusher:subscribe', { channel, auth: sign(`${socketId}:${channel}:${channelData}`), channel_data: channelData })
      return { c, succeeded: await c.next('pusher_internal:subscription_succeeded') }
    }
    const { c: first } = await join('u1')
    const { c: second, succeeded } = await join('u2')
    expect(succeeded.data).toEqual({ presence: { ids: ['u1', 'u2'], hash: { u1: null, u2: null }, count: 2 } })
    second.send('client-wave', { hi: 1 }, channel)
    expect(await first.next('client-wave')).toMatchObject({ channel, data: { hi: 1 }, user_id: 'u2' })
    await new Promise((r) => setTimeout(r, 100))
    expect(second.frames.some((f) => f.event === 'client-wave')).toBe(false)
  })
})

describe('embedded realtime server: the HTTP API', () => {
  const sdk = new Pusher({ ...app, host: '127.0.0.1', port: '0', useTLS: false })
  const base = () => `http://127.0.0.1:${server.port}`
  const signed = (method: 'GET' | 'POST', path: string, params?: Record<string, string>, body?: string) =>
    `${base()}/apps/${app.appId}${path}?${sdk.createSignedQueryString({ method, path: `/apps/${app.appId}${path}`, params, body })}`

  it('lists occupied channels, presence user counts and presence users', async () => {
    const a = await raw()
    const socketId = ((await a.next('pusher:connection_established')).data as { socket_id: string }).socket_id
    const channelData = JSON.stringify({ user_id: 'lister' })
    a.send('pusher:subscribe', { channel: 'presence-list', auth: sign(`${socketId}:presence-list:${channelData}`), channel_data: channelData })
    await a.next('pusher_internal:subscription_succeeded')

    const list = await fetch(signed('GET', '/channels', { filter_by_prefix: 'presence-', info: 'user_count' }))
    expect(await list.json()).toMatchObject({ channels: { 'presence-list': { user_count: 1 } } })
    const users = await fetch(signed('GET', '/channels/presence-list/users'))
    expect(await users.json()).toEqual({ users: [{ id: 'lister' }] })
    const notPresence = await fetch(signed('GET', '/channels/show-x', { info: 'user_count' }))
    expect(notPresence.status).toBe(400)
  })

  it('refuses batches over ten events, stale timestamps and unknown apps', async () => {
    const batch = JSON.stringify({ batch: Array.from({ length: 11 }, () => ({ channel: 'show-x', name: 'e', data: '{}' })) })
    expect((await fetch(signed('POST', '/batch_events', undefined, batch), { method: 'POST', body: batch })).status).toBe(400)

    const stale = signed('GET', '/channels').replace(/auth_timestamp=\d+/, `auth_timestamp=${Math.floor(Date.now() / 1000) - 700}`)
    const staleResponse = await fetch(stale)
    expect(staleResponse.status).toBe(401)
    expect(await staleResponse.text()).toMatch(/Timestamp expired/)
    expect((await fetch(`${base()}/apps/other-app/channels`)).status).toBe(404)
  })
})
