import { createHmac, randomUUID } from 'node:crypto'
import type PusherClient from 'pusher-js'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  connectClient,
  connected,
  connectionErrors,
  recorder,
  signedApiRequest,
  sleep,
  subscribed,
  waitUntil,
  type Authorize,
  type ContractServer,
} from './contract-client'
import { RealtimeError } from './errors'
import type { PresenceMember, Realtime } from './types'

export type RealtimeContractSetup = {
  realtime: Realtime
  server: ContractServer
  /** The server's activity timeout; the keep-alive test idles for longer than this. */
  activityTimeoutSeconds: number
}

/** How long to wait before concluding that an event did not arrive. */
const QUIET_MS = 300

/**
 * The behaviour every realtime driver must have, driven with the real `pusher` SDK (through
 * the driver) and the real pusher-js client in Node.
 */
export function runRealtimeContract(name: string, setup: () => RealtimeContractSetup | Promise<RealtimeContractSetup>): void {
  describe(`realtime contract: ${name}`, () => {
    let ctx: RealtimeContractSetup
    let clients: PusherClient[] = []

    beforeEach(async () => {
      ctx = await setup()
    })
    afterEach(() => {
      for (const client of clients) client.disconnect()
      clients = []
    })

    const client = (options: { key?: string; authorize?: Authorize } = {}) => {
      const c = connectClient(ctx.server, { authorize: (socketId, channel) => ctx.realtime.authorizeChannel(socketId, channel), ...options })
      clients.push(c)
      return c
    }
    const asMember = (member: PresenceMember): Authorize => (socketId, channel) => ctx.realtime.authorizeChannel(socketId, channel, member)
    const show = () => `show-${randomUUID()}`

    it('connects and hands out a socket id', async () => {
      const socketId = await connected(client())
      expect(socketId).toMatch(/^\d+\.\d+$/)
    })

    it('delivers a published event to every subscriber of a public channel, on each channel named', async () => {
      const [a, b] = [client(), client()]
      const [first, second] = [show(), show()]
      const onA = recorder(( await subscribed(a, first)).channel, 'chat-message')
      const onB = recorder((await subscribed(b, second)).channel, 'chat-message')
      const data = { id: randomUUID(), body: 'नमस्ते — ₹1,499 only', pricePaise: 149_900, nested: { ok: true } }

      await ctx.realtime.trigger([first, second], 'chat-message', data)

      expect(await onA.waitFor(1)).toEqual([data])
      expect(await onB.waitFor(1)).toEqual([data])
    })

    it('leaves out the connection named by socketId', async () => {
      const [sender, other] = [client(), client()]
      const channel = show()
      const senderId = await connected(sender)
      const onSender = recorder((await subscribed(sender, channel)).channel, 'reactions')
      const onOther = recorder((await subscribed(other, channel)).channel, 'reactions')

      await ctx.realtime.trigger(channel, 'reactions', { counts: { heart: 3 } }, { socketId: senderId })

      expect(await onOther.waitFor(1)).toEqual([{ counts: { heart: 3 } }])
      await sleep(QUIET_MS)
      expect(onSender.received).toEqual([])
    })

    it('admits a private subscription signed with the app secret and refuses a forged one', async () => {
      const channel = `private-user-${randomUUID()}`
      const good = client()
      await expect(subscribed(good, channel)).resolves.toBeDefined()

      const forged = client({
        authorize: (socketId, name) => ({ auth: `${ctx.server.key}:${createHmac('sha256', 'not-the-secret').update(`${socketId}:${name}`).digest('hex')}` }),
      })
      const error = await subscribed(forged, channel).then(
        () => null,
        (e: { data?: unknown }) => e.data,
      )
      expect(error).toMatchObject({ type: 'AuthError', status: 401 })

      // The forged socket receives nothing published there.
      const onGood = recorder(good.channel(channel), 'order')
      const onForged = recorder(forged.channel(channel), 'order')
      await ctx.realtime.trigger(channel, 'order', { orderId: 'ord_1' })
      await onGood.waitFor(1)
      await sleep(QUIET_MS)
      expect(onForged.received).toEqual([])
    })

    it('relays client events on private channels to the other subscribers only, and refuses them on public ones', async () => {
      const [a, b] = [client(), client()]
      const privateChannel = `private-signal-${randomUUID()}-${randomUUID()}`
      const { channel: aPrivate } = await subscribed(a, privateChannel)
      const { channel: bPrivate } = await subscribed(b, privateChannel)
      const onA = recorder(aPrivate, 'client-offer')
      const onB = recorder(bPrivate, 'client-offer')

      expect(aPrivate.trigger('client-offer', { sdp: 'v=0' })).toBe(true)
      expect(await onB.waitFor(1)).toEqual([{ sdp: 'v=0' }])
      await sleep(QUIET_MS)
      expect(onA.received).toEqual([])

      const publicChannel = show()
      const errors = connectionErrors(a)
      const { channel: aPublic } = await subscribed(a, publicChannel)
      const onPublicB = recorder((await subscribed(b, publicChannel)).channel, 'client-chat')
      aPublic.trigger('client-chat', { body: 'spoofed' })
      await waitUntil('a pusher:error', (resolve) => {
        const poll = setInterval(() => errors.length > 0 && (clearInterval(poll), resolve(undefined)), 20)
      })
      expect(errors[0]?.message).toMatch(/private and presence/)
      expect(onPublicB.received).toEqual([])
    })

    it('publishes batches, splitting lists longer than ten, in order', async () => {
      const c = client()
      const [first, second] = [show(), show()]
      const onFirst = recorder((await subscribed(c, first)).channel, 'stock')
      const onSecond = recorder((await subscribed(c, second)).channel, 'stock')
      const events = Array.from({ length: 12 }, (_, i) => ({ channel: i % 3 === 0 ? second : first, name: 'stock', data: { productId: `p${i}`, stock: i } }))

      await ctx.realtime.triggerBatch(events)

      expect(await onFirst.waitFor(8)).toEqual(events.filter((e) => e.channel === first).map((e) => e.data))
      expect(await onSecond.waitFor(4)).toEqual(events.filter((e) => e.channel === second).map((e) => e.data))
    })

    it('reports channel occupancy and subscription counts', async () => {
      const channel = show()
      expect(await ctx.realtime.channelInfo(channel)).toEqual({ occupied: false, subscriptionCount: 0 })
      const [a, b] = [client(), client()]
      await subscribed(a, channel)
      await subscribed(b, channel)
      expect(await ctx.realtime.channelInfo(channel)).toEqual({ occupied: true, subscriptionCount: 2 })

      a.unsubscribe(channel)
      await waitUntil('the count to drop', (resolve) => {
        const poll = setInterval(async () => {
          if ((await ctx.realtime.channelInfo(channel)).subscriptionCount === 1) resolve(clearInterval(poll))
        }, 50)
      })
    })

    it('tracks presence members: the member list, arrivals, departures and the user count', async () => {
      const channel = `presence-${randomUUID()}`
      const asha = client({ authorize: asMember({ userId: 'asha', userInfo: { name: 'Asha' } }) })
      const { channel: ashaChannel } = await subscribed(asha, channel)
      const added = recorder<{ id: string; info: unknown }>(ashaChannel, 'pusher:member_added')
      const removed = recorder<{ id: string }>(ashaChannel, 'pusher:member_removed')

      const ravi = client({ authorize: asMember({ userId: 'ravi', userInfo: { name: 'Ravi' } }) })
      const { data: members } = await subscribed(ravi, channel)
      expect(members).toMatchObject({ count: 2, me: { id: 'ravi', info: { name: 'Ravi' } }, members: { asha: { name: 'Asha' }, ravi: { name: 'Ravi' } } })
      expect(await added.waitFor(1)).toEqual([{ id: 'ravi', info: { name: 'Ravi' } }])
      expect(await ctx.realtime.channelInfo(channel)).toEqual({ occupied: true, subscriptionCount: 2, userCount: 2 })

      ravi.disconnect()
      expect(await removed.waitFor(1)).toEqual([{ id: 'ravi', info: { name: 'Ravi' } }])
    })

    it('answers 401 to an HTTP API request with a bad signature, a tampered body or a wrong key', async () => {
      const body = JSON.stringify({ name: 'status', channels: [show()], data: '{"status":"live"}' })
      const good = signedApiRequest(ctx.server, ctx.server.secret, 'POST', '/events', body)
      expect((await fetch(good.url, good.init)).status).toBe(200)

      const forged = signedApiRequest(ctx.server, 'not-the-secret', 'POST', '/events', body)
      const refused = await fetch(forged.url, forged.init)
      expect(refused.status).toBe(401)

      const tampered = await fetch(good.url, { ...good.init, body: body.replace('live', 'ended') })
      expect(tampered.status).toBe(401)

      const unsigned = await fetch(`http://${ctx.server.host}:${ctx.server.port}/apps/${ctx.server.appId}/channels`)
      expect(unsigned.status).toBe(401)
    })

    it('refuses event data over 10 KB with 413 and accepts data just under it', async () => {
      const channel = show()
      const tooBig = { body: 'x'.repeat(10 * 1024) }
      const error = await ctx.realtime.trigger(channel, 'chat-message', tooBig).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(RealtimeError)
      expect((error as RealtimeError).status).toBe(413)
      await expect(ctx.realtime.triggerBatch([{ channel, name: 'chat-message', data: tooBig }])).rejects.toMatchObject({ status: 413 })
      await expect(ctx.realtime.trigger(channel, 'chat-message', { body: 'x'.repeat(10 * 1024 - 20) })).resolves.toBeUndefined()
    })

    it('keeps an idle connection alive with ping and pong', async () => {
      const c = client()
      const channel = show()
      const socketId = await connected(c)
      const onEvent = recorder((await subscribed(c, channel)).channel, 'viewers')

      await sleep(ctx.activityTimeoutSeconds * 1000 * 2.5)

      expect(c.connection.state).toBe('connected')
      expect(c.connection.socket_id).toBe(socketId)
      await ctx.realtime.trigger(channel, 'viewers', { concurrent: 1, peak: 1, unique: 1 })
      expect(await onEvent.waitFor(1)).toHaveLength(1)
    })

    it('refuses an unknown app key with 4001 and does not reconnect', async () => {
      const c = client({ key: 'no-such-key' })
      const errors = connectionErrors(c)
      await waitUntil('the connection to be refused', (resolve) => {
        c.connection.bind('disconnected', () => resolve(undefined))
      })
      expect(errors.map((e) => e.code)).toContain(4001)
      await sleep(QUIET_MS)
      expect(c.connection.state).toBe('disconnected')
    })
  })
}
