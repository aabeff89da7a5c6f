import { createHash, createHmac, randomInt, timingSafeEqual } from 'node:crypto'

/**
 * The Pusher Channels protocol (v7) as pusher-js and the `pusher` SDK speak it, and the limits
 * Pusher documents, so that code which works here works against Pusher unchanged.
 */

export const PROTOCOL_VERSION = 7
/** Seconds of silence after which either side pings (Pusher announces 120). */
export const ACTIVITY_TIMEOUT_SECONDS = 120
/** How long a ping may go unanswered before the connection is closed with 4201. */
export const PONG_TIMEOUT_MS = 30_000
/** Pusher's limit on an event's data, for client events and for the HTTP API alike. */
export const MAX_EVENT_DATA_BYTES = 10 * 1024
export const MAX_BATCH_EVENTS = 10
export const MAX_CHANNELS_PER_EVENT = 100
export const MAX_CHANNEL_NAME_LENGTH = 164
export const MAX_EVENT_NAME_LENGTH = 200
export const CLIENT_EVENTS_PER_SECOND = 10
export const MAX_PRESENCE_MEMBERS = 100
/** The HTTP API refuses requests signed further than this from the server's clock. */
export const AUTH_TIMESTAMP_GRACE_SECONDS = 600

/** pusher:error codes and WebSocket close codes (pusher.com/docs/channels/library_auth_reference/pusher-websockets-protocol). */
export const ErrorCode = {
  /** The app key is unknown: the client must not reconnect. */
  AppDoesNotExist: 4001,
  /** Too many connections for this app. */
  OverConnectionQuota: 4004,
  UnsupportedProtocol: 4007,
  /** A ping went unanswered: the client reconnects at once. */
  PongNotReceived: 4201,
  ClientEventRateLimit: 4301,
} as const

const CHANNEL_NAME = /^[A-Za-z0-9_\-=@,.;]+$/

export function isValidChannelName(name: unknown): name is string {
  return typeof name === 'string' && name.length <= MAX_CHANNEL_NAME_LENGTH && CHANNEL_NAME.test(name)
}

export type ChannelType = 'public' | 'private' | 'presence'

export function channelType(name: string): ChannelType {
  if (name.startsWith('presence-')) return 'presence'
  if (name.startsWith('private-')) return 'private'
  return 'public'
}

export function newSocketId(): string {
  return `${randomInt(1, 2 ** 47)}.${randomInt(1, 2 ** 47)}`
}

export function hmacHex(secret: string, data: string): string {
  return createHmac('sha256', secret).update(data).digest('hex')
}

export function md5Hex(data: Buffer | string): string {
  return createHash('md5').update(data).digest('hex')
}

/** Constant-time comparison of two strings; unequal lengths are simply unequal. */
export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a)
  const right = Buffer.from(b)
  return left.length === right.length && timingSafeEqual(left, right)
}

/**
 * A subscription's `auth` is `key:hex(HMAC-SHA256(secret, socket_id:channel[:channel_data]))`,
 * as `pusher.authorizeChannel` computes it.
 */
export function verifyChannelAuth(
  app: { key: string; secret: string },
  input: { socketId: string; channel: string; auth: unknown; channelData?: string },
): boolean {
  if (typeof input.auth !== 'string') return false
  const colon = input.auth.indexOf(':')
  if (colon < 0 || input.auth.slice(0, colon) !== app.key) return false
  const signed = [input.socketId, input.channel, ...(input.channelData !== undefined ? [input.channelData] : [])].join(':')
  return safeEqual(input.auth.slice(colon + 1), hmacHex(app.secret, signed))
}

export type ApiAuthResult = { ok: true } | { ok: false; status: 400 | 401; message: string }

/**
 * Checks an HTTP API request the way Pusher does: auth_key, auth_timestamp within 600 s,
 * auth_version 1.0, body_md5 for a body, and auth_signature = HMAC-SHA256 of
 * `METHOD\nPATH\n` + every other query parameter, keys lower-cased and sorted, values unescaped.
 */
export function verifyApiRequest(
  app: { key: string; secret: string },
  request: { method: string; path: string; query: URLSearchParams; body: Buffer },
  nowSeconds: number = Date.now() / 1000,
): ApiAuthResult {
  const params = new Map<string, string>()
  for (const [k, v] of request.query) params.set(k.toLowerCase(), v)
  const signature = params.get('auth_signature')
  if (params.get('auth_key') !== app.key) return { ok: false, status: 401, message: 'Unknown auth_key' }
  const timestamp = Number(params.get('auth_timestamp'))
  if (!Number.isFinite(timestamp) || Math.abs(nowSeconds - timestamp) > AUTH_TIMESTAMP_GRACE_SECONDS)
    return {
      ok: false,
      status: 401,
      message: `Timestamp expired: Given timestamp (${params.get('auth_timestamp') ?? 'none'}) not within ${AUTH_TIMESTAMP_GRACE_SECONDS}s of server time (${Math.floor(nowSeconds)})`,
    }
  if (params.get('auth_version') !== '1.0') return { ok: false, status: 400, message: 'auth_version must be 1.0' }
  if (request.body.length > 0 && params.get('body_md5') !== md5Hex(request.body))
    return { ok: false, status: 401, message: 'body_md5 does not match the request body' }
  if (!signature) return { ok: false, status: 401, message: 'Missing auth_signature' }

  params.delete('auth_signature')
  const query = [...params.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join('&')
  const expected = hmacHex(app.secret, [request.method.toUpperCase(), request.path, query].join('\n'))
  if (!safeEqual(signature, expected)) return { ok: false, status: 401, message: 'Invalid signature: you should have sent HmacSHA256Hex(' + JSON.stringify([request.method.toUpperCase(), request.path, query].join('\n')) + ', your_secret_key)' }
  return { ok: true }
}
