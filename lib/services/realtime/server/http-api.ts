import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AppCredentials } from './connection'
import type { Hub } from './hub'
import {
  channelType,
  isValidChannelName,
  MAX_BATCH_EVENTS,
  MAX_CHANNELS_PER_EVENT,
  MAX_EVENT_DATA_BYTES,
  MAX_EVENT_NAME_LENGTH,
  verifyApiRequest,
} from './protocol'

/** A batch of ten 10 KB events plus JSON overhead fits well inside this. */
const MAX_BODY_BYTES = 256 * 1024
const SOCKET_ID = /^\d+\.\d+$/

class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message)
  }
}

type EventInput = { name: string; data: string; channels: string[]; socketId?: string; info: string[] }

/** The Pusher HTTP API: events, batch events and channel queries, every request signed. */
export function createHttpApi(app: AppCredentials, hub: Hub) {
  return async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    try {
      const url = new URL(req.url ?? '/', 'http://embedded')
      if (url.pathname === '/' && req.method === 'GET') return send(res, 200, 'Haat embedded realtime server (Pusher protocol 7)\n')
      const match = /^\/apps\/([^/]+)(\/.*)$/.exec(url.pathname)
      if (!match) throw new ApiError(404, 'Not found')
      if (decodeURIComponent(match[1]!) !== app.appId) throw new ApiError(404, `Unknown app ${match[1]}`)
      const body = await readBody(req)
      const auth = verifyApiRequest(app, { method: req.method ?? 'GET', path: url.pathname, query: url.searchParams, body })
      if (!auth.ok) throw new ApiError(auth.status, auth.message)
      const result = route(req.method ?? 'GET', match[2]!, url.searchParams, body, hub)
      send(res, 200, JSON.stringify(result), 'application/json')
    } catch (error) {
      if (error instanceof ApiError) send(res, error.status, `${error.message}\n`)
      else send(res, 500, 'Internal error\n')
    }
  }
}

function route(method: string, path: string, query: URLSearchParams, body: Buffer, hub: Hub): unknown {
  if (path === '/events') {
    requireMethod(method, 'POST')
    const event = parseEvent(parseJson(body))
    publish(hub, event)
    return event.info.length > 0 ? { channels: Object.fromEntries(event.channels.map((c) => [c, attributes(hub, c, event.info)])) } : {}
  }
  if (path === '/batch_events') {
    requireMethod(method, 'POST')
    const batch = (parseJson(body) as { batch?: unknown } | null)?.batch
    if (!Array.isArray(batch)) throw new ApiError(400, 'Expected {"batch": [...]}')
    if (batch.length > MAX_BATCH_EVENTS) throw new ApiError(400, `Batch too large: at most ${MAX_BATCH_EVENTS} events`)
    const events = batch.map(parseEvent)
    for (const event of events) publish(hub, event)
    return events.some((e) => e.info.length > 0) ? { batch: events.map((e) => attributes(hub, e.channels[0]!, e.info)) } : {}
  }
  requireMethod(method, 'GET')
  if (path === '/channels') {
    const prefix = query.get('filter_by_prefix') ?? ''
    const info = list(query.get('info'))
    if (info.includes('user_count') && !prefix.startsWith('presence-'))
      throw new ApiError(400, 'user_count may only be requested with filter_by_prefix=presence-')
    return { channels: Object.fromEntries(hub.occupied(prefix).map((c) => [c, attributes(hub, c, info)])) }
  }
  const channelMatch = /^\/channels\/([^/]+)(\/users)?$/.exec(path)
  if (!channelMatch) throw new ApiError(404, 'Not found')
  const channel = decodeURIComponent(channelMatch[1]!)
  if (!isValidChannelName(channel)) throw new ApiError(400, 'Invalid channel name')
  if (channelMatch[2]) {
    if (channelType(channel) !== 'presence') throw new ApiError(400, 'Users can only be listed for presence channels')
    return { users: hub.users(channel).map((id) => ({ id })) }
  }
  const info = list(query.get('info'))
  if (info.includes('user_count') && channelType(channel) !== 'presence')
    throw new ApiError(400, 'user_count is only available for presence channels')
  return { occupied: hub.info(channel).occupied, ...attributes(hub, channel, info) }
}

function publish(hub: Hub, event: EventInput): void {
  for (const channel of event.channels) hub.publish(channel, { event: event.name, data: event.data }, event.socketId)
}

function attributes(hub: Hub, channel: string, info: string[]): Record<string, number> {
  const state = hub.info(channel)
  const out: Record<string, number> = {}
  if (info.includes('subscription_count')) out.subscription_count = state.subscriptionCount
  if (info.includes('user_count') && channelType(channel) === 'presence') out.user_count = state.userCount
  return out
}

function parseEvent(input: unknown): EventInput {
  const e = (input ?? {}) as { name?: unknown; data?: unknown; channels?: unknown; channel?: unknown; socket_id?: unknown; info?: unknown }
  if (typeof e.name !== 'string' || e.name === '' || e.name.length > MAX_EVENT_NAME_LENGTH)
    throw new ApiError(400, `Event name must be 1–${MAX_EVENT_NAME_LENGTH} characters`)
  const channels = Array.isArray(e.channels) ? e.channels : typeof e.channel === 'string' ? [e.channel] : null
  if (!channels || channels.length === 0) throw new ApiError(400, 'No channels given')
  if (channels.length > MAX_CHANNELS_PER_EVENT) throw new ApiError(400, `At most ${MAX_CHANNELS_PER_EVENT} channels per event`)
  for (const c of channels) if (!isValidChannelName(c)) throw new ApiError(400, `Invalid channel name: ${String(c).slice(0, 200)}`)
  const data = typeof e.data === 'string' ? e.data : (JSON.stringify(e.data) ?? '')
  if (Buffer.byteLength(data) > MAX_EVENT_DATA_BYTES) throw new ApiError(413, `Payload too large: event data is limited to ${MAX_EVENT_DATA_BYTES} bytes`)
  if (e.socket_id !== undefined && (typeof e.socket_id !== 'string' || !SOCKET_ID.test(e.socket_id)))
    throw new ApiError(400, 'Invalid socket_id')
  return { name: e.name, data, channels: channels as string[], socketId: e.socket_id, info: list(typeof e.info === 'string' ? e.info : null) }
}

function list(value: string | null): string[] {
  return value ? value.split(',').map((s) => s.trim()).filter(Boolean) : []
}

function requireMethod(actual: string, expected: string): void {
  if (actual !== expected) throw new ApiError(405, `Use ${expected}`)
}

function parseJson(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8'))
  } catch {
    throw new ApiError(400, 'The body must be JSON')
  }
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      // Keep draining an oversized body so the 413 can still be answered on this socket.
      if (size <= MAX_BODY_BYTES) chunks.push(chunk)
    })
    req.on('end', () => (size > MAX_BODY_BYTES ? reject(new ApiError(413, 'Request body too large')) : resolve(Buffer.concat(chunks))))
    req.on('error', reject)
  })
}

function send(res: ServerResponse, status: number, body: string, type = 'text/plain; charset=utf-8'): void {
  if (res.headersSent) return
  res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body) })
  res.end(body)
}
