import type { WebSocket } from 'ws'
import { frame, type Hub, type PresenceMemberData, type Subscriber } from './hub'
import {
  CLIENT_EVENTS_PER_SECOND,
  channelType,
  ErrorCode,
  isValidChannelName,
  MAX_EVENT_DATA_BYTES,
  MAX_EVENT_NAME_LENGTH,
  verifyChannelAuth,
} from './protocol'

export type AppCredentials = { appId: string; key: string; secret: string }

/** One pusher-js connection: the subscribe/unsubscribe/ping/client-event half of the protocol. */
export class Connection implements Subscriber {
  readonly channels = new Set<string>()
  /** Last time anything arrived; the server's sweep pings after the activity timeout. */
  lastSeen = Date.now()
  pingSentAt: number | null = null
  private windowStart = 0
  private windowCount = 0

  constructor(
    readonly socketId: string,
    private readonly ws: WebSocket,
    private readonly hub: Hub,
    private readonly app: AppCredentials,
  ) {}

  send(data: Buffer): void {
    if (this.ws.readyState === this.ws.OPEN) this.ws.send(data, { binary: false })
  }

  sendEvent(event: string, data: unknown, channel?: string): void {
    this.send(frame(channel === undefined ? { event, data } : { event, channel, data }))
  }

  error(code: number | null, message: string): void {
    this.sendEvent('pusher:error', { code, message })
  }

  get closing(): boolean {
    return this.ws.readyState !== this.ws.OPEN
  }

  /** Pusher sends the code as a pusher:error first, then closes the socket with it. */
  close(code: number, message: string): void {
    this.error(code, message)
    this.ws.close(code, message)
  }

  terminate(): void {
    this.ws.terminate()
  }

  ping(): void {
    this.pingSentAt = Date.now()
    this.sendEvent('pusher:ping', {})
  }

  handleMessage(raw: string): void {
    this.lastSeen = Date.now()
    this.pingSentAt = null
    let message: { event?: unknown; channel?: unknown; data?: unknown }
    try {
      message = JSON.parse(raw)
    } catch {
      return this.error(null, 'Invalid JSON')
    }
    if (message === null || typeof message !== 'object' || typeof message.event !== 'string')
      return this.error(null, 'Messages need an event name')
    const data = parseData(message.data)

    switch (message.event) {
      case 'pusher:ping':
        return this.sendEvent('pusher:pong', {})
      case 'pusher:pong':
        return
      case 'pusher:subscribe':
        return this.subscribe(data)
      case 'pusher:unsubscribe': {
        const channel = (data as { channel?: unknown } | null)?.channel
        if (typeof channel === 'string' && this.hub.unsubscribe(this, channel)) this.channels.delete(channel)
        return
      }
      default:
        if (message.event.startsWith('client-')) return this.clientEvent(message.event, message.channel, message.data)
        return this.error(null, `Unsupported event ${message.event.slice(0, MAX_EVENT_NAME_LENGTH)}`)
    }
  }

  /** Leaves every channel (presence members are removed) once the socket has gone. */
  dispose(): void {
    for (const channel of this.channels) this.hub.unsubscribe(this, channel)
    this.channels.clear()
  }

  private subscribe(data: unknown): void {
    const { channel, auth, channel_data: channelData } = (data ?? {}) as { channel?: unknown; auth?: unknown; channel_data?: unknown }
    if (!isValidChannelName(channel)) {
      const name = typeof channel === 'string' ? channel.slice(0, 200) : undefined
      return this.subscriptionError(name, 400, 'Invalid channel name')
    }
    if (this.channels.has(channel)) return this.succeeded(channel, this.presenceSnapshot(channel))

    const type = channelType(channel)
    let member: PresenceMemberData | undefined
    if (type !== 'public') {
      const signedData = typeof channelData === 'string' ? channelData : undefined
      if (!verifyChannelAuth(this.app, { socketId: this.socketId, channel, auth, channelData: type === 'presence' ? signedData : undefined }))
        return this.subscriptionError(channel, 401, `Invalid signature for ${channel}`)
      if (type === 'presence') {
        member = parseMember(signedData)
        if (!member) return this.subscriptionError(channel, 400, 'channel_data must be JSON with a user_id')
      }
    }
    const result = this.hub.subscribe(this, channel, member)
    if (!result.ok) return this.subscriptionError(channel, 403, result.message)
    this.channels.add(channel)
    this.succeeded(channel, result.presence)
  }

  private succeeded(channel: string, presence?: unknown): void {
    this.sendEvent('pusher_internal:subscription_succeeded', JSON.stringify(presence ? { presence } : {}), channel)
  }

  private presenceSnapshot(channel: string) {
    return channelType(channel) === 'presence' ? this.hub.presence(channel) : undefined
  }

  private subscriptionError(channel: string | undefined, status: number, error: string): void {
    const data = { type: 'AuthError', error, status }
    if (channel === undefined) this.sendEvent('pusher:subscription_error', data)
    else this.sendEvent('pusher:subscription_error', data, channel)
  }

  private clientEvent(event: string, channel: unknown, data: unknown): void {
    if (typeof channel !== 'string' || channelType(channel) === 'public')
      return this.error(null, 'Client event rejected - only supported on private and presence channels')
    if (!this.channels.has(channel)) return this.error(null, `Client event rejected - not subscribed to ${channel.slice(0, 200)}`)
    if (event.length > MAX_EVENT_NAME_LENGTH) return this.error(null, 'Client event rejected - event name too long')
    const now = Date.now()
    if (now - this.windowStart >= 1000) {
      this.windowStart = now
      this.windowCount = 0
    }
    if (++this.windowCount > CLIENT_EVENTS_PER_SECOND)
      return this.error(ErrorCode.ClientEventRateLimit, 'Client event rejected due to rate limit')
    const size = Buffer.byteLength(typeof data === 'string' ? data : (JSON.stringify(data) ?? ''))
    if (size > MAX_EVENT_DATA_BYTES) return this.error(null, `Client event rejected - data is over ${MAX_EVENT_DATA_BYTES} bytes`)
    this.hub.publish(channel, { event, data, user_id: this.hub.memberId(this, channel) }, this.socketId)
  }
}

function parseData(data: unknown): unknown {
  if (typeof data !== 'string') return data
  try {
    return JSON.parse(data)
  } catch {
    return data
  }
}

function parseMember(channelData: string | undefined): PresenceMemberData | undefined {
  if (channelData === undefined) return undefined
  try {
    const parsed = JSON.parse(channelData) as { user_id?: unknown; user_info?: unknown }
    const id = parsed.user_id
    if ((typeof id !== 'string' || id === '') && typeof id !== 'number') return undefined
    return { user_id: String(id), user_info: parsed.user_info }
  } catch {
    return undefined
  }
}
