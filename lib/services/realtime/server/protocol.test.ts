import Pusher from 'pusher'
import { describe, expect, it } from 'vitest'
import { Hub, type Subscriber } from './hub'
import { isValidChannelName, verifyApiRequest, verifyChannelAuth } from './protocol'

const app = { appId: '42', key: 'unit-key', secret: 'unit-secret' }
const sdk = new Pusher({ ...app, host: 'localhost', useTLS: false })

/** Splits what the SDK would send into the parts the server sees. */
function fromSdk(method: 'GET' | 'POST', path: string, params?: Record<string, string>, body?: string) {
  const query = new URLSearchParams(sdk.createSignedQueryString({ method, path, params, body }))
  return { method, path, query, body: Buffer.from(body ?? '') }
}

describe('verifyApiRequest', () => {
  it('accepts requests signed by the pusher SDK, with and without a body', () => {
    expect(verifyApiRequest(app, fromSdk('GET', '/apps/42/channels', { filter_by_prefix: 'presence-', info: 'user_count,subscription_count' }))).toEqual({ ok: true })
    expect(verifyApiRequest(app, fromSdk('POST', '/apps/42/events', undefined, '{"name":"e","channels":["a"],"data":"{}"}'))).toEqual({ ok: true })
  })

  it('refuses another secret, another path, a changed body, a stale clock and another auth_version', () => {
    const body = '{"name":"e","channels":["a"],"data":"{}"}'
    expect(verifyApiRequest({ ...app, secret: 'other' }, fromSdk('GET', '/apps/42/channels'))).toMatchObject({ ok: false, status: 401 })
    expect(verifyApiRequest(app, { ...fromSdk('GET', '/apps/42/channels'), path: '/apps/42/channels/x' })).toMatchObject({ ok: false, status: 401 })
    expect(verifyApiRequest(app, { ...fromSdk('POST', '/apps/42/events', undefined, body), body: Buffer.from(body.replace('e', 'f')) })).toMatchObject({ ok: false, status: 401 })
    expect(verifyApiRequest(app, fromSdk('GET', '/apps/42/channels'), Date.now() / 1000 + 601)).toMatchObject({ ok: false, status: 401, message: expect.stringMatching(/Timestamp expired/) })
    expect(verifyApiRequest(app, fromSdk('GET', '/apps/42/channels'), Date.now() / 1000 + 590)).toEqual({ ok: true })
    const request = fromSdk('GET', '/apps/42/channels')
    request.query.set('auth_version', '2.0')
    expect(verifyApiRequest(app, request)).toMatchObject({ ok: false })
  })
})

describe('verifyChannelAuth', () => {
  it('accepts what pusher.authorizeChannel signs, for private and presence channels', () => {
    const priv = sdk.authorizeChannel('123.456', 'private-user-1')
    expect(verifyChannelAuth(app, { socketId: '123.456', channel: 'private-user-1', auth: priv.auth })).toBe(true)
    const presence = sdk.authorizeChannel('123.456', 'presence-room', { user_id: 'u1', user_info: { name: 'Asha' } })
    expect(verifyChannelAuth(app, { socketId: '123.456', channel: 'presence-room', auth: presence.auth, channelData: presence.channel_data })).toBe(true)
  })

  it('refuses a signature for another socket, channel, key or channel_data', () => {
    const { auth } = sdk.authorizeChannel('123.456', 'private-user-1')
    expect(verifyChannelAuth(app, { socketId: '123.457', channel: 'private-user-1', auth })).toBe(false)
    expect(verifyChannelAuth(app, { socketId: '123.456', channel: 'private-user-2', auth })).toBe(false)
    expect(verifyChannelAuth({ ...app, key: 'other-key' }, { socketId: '123.456', channel: 'private-user-1', auth })).toBe(false)
    const presence = sdk.authorizeChannel('1.2', 'presence-room', { user_id: 'u1' })
    expect(verifyChannelAuth(app, { socketId: '1.2', channel: 'presence-room', auth: presence.auth, channelData: '{"user_id":"admin"}' })).toBe(false)
    expect(verifyChannelAuth(app, { socketId: '1.2', channel: 'private-x', auth: undefined })).toBe(false)
  })
})

describe('isValidChannelName', () => {
  it("allows Pusher's characters up to 164 long", () => {
    expect(isValidChannelName('private-signal-a_b=c@d,e.f;g')).toBe(true)
    expect(isValidChannelName('x'.repeat(164))).toBe(true)
    expect(isValidChannelName('x'.repeat(165))).toBe(false)
    expect(isValidChannelName('show 1')).toBe(false)
    expect(isValidChannelName('')).toBe(false)
    expect(isValidChannelName(7)).toBe(false)
  })
})

describe('Hub.publish', () => {
  it('serialises an event once and sends the same frame to every subscriber but the excluded one', () => {
    const got = new Map<string, Buffer[]>()
    const sub = (socketId: string): Subscriber => ({ socketId, send: (frame) => got.set(socketId, [...(got.get(socketId) ?? []), frame]) })
    const hub = new Hub()
    const [a, b, c] = [sub('1.1'), sub('1.2'), sub('1.3')]
    for (const s of [a, b, c]) hub.subscribe(s, 'show-1')

    expect(hub.publish('show-1', { event: 'stock', data: '{"stock":3}' }, '1.3')).toBe(2)

    expect(got.get('1.1')![0]).toBe(got.get('1.2')![0])
    expect(got.has('1.3')).toBe(false)
    expect(JSON.parse(got.get('1.1')![0]!.toString())).toEqual({ event: 'stock', channel: 'show-1', data: '{"stock":3}' })
  })
})
