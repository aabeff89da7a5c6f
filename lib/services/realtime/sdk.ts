import Pusher from 'pusher'
import { RealtimeError } from './errors'
import type { ChannelAuthorization, ChannelOccupancy, PresenceMember, Realtime, RealtimeBatchEvent } from './types'

// Pusher's per-request limits; longer lists are split into several requests, in order.
const CHANNELS_PER_TRIGGER = 100
const EVENTS_PER_BATCH = 10

/** Both drivers publish through the official SDK; they differ only in where it points. */
export function realtimeFromSdk(driver: Realtime['driver'], pusher: Pusher): Realtime {
  return {
    driver,
    async trigger(channels, name, data, options) {
      const list = Array.isArray(channels) ? channels : [channels]
      const params = options?.socketId ? { socket_id: options.socketId } : undefined
      for (const part of chunk(list, CHANNELS_PER_TRIGGER)) await request(() => pusher.trigger(part, name, data, params))
    },
    async triggerBatch(events: RealtimeBatchEvent[]) {
      for (const part of chunk(events, EVENTS_PER_BATCH)) {
        const batch = part.map((e) => ({ channel: e.channel, name: e.name, data: e.data, ...(e.socketId ? { socket_id: e.socketId } : {}) }))
        await request(() => pusher.triggerBatch(batch))
      }
    },
    async channelInfo(channel): Promise<ChannelOccupancy> {
      const presence = channel.startsWith('presence-')
      const info = presence ? 'user_count,subscription_count' : 'subscription_count'
      const path = `/channels/${encodeURIComponent(channel)}`
      let response: Response
      try {
        response = await request(() => pusher.get({ path, params: { info } }))
      } catch (error) {
        // Pusher answers 400 for subscription_count when the app has not enabled subscription counting.
        if (!(error instanceof RealtimeError) || error.status !== 400) throw error
        response = await request(() => pusher.get({ path, params: presence ? { info: 'user_count' } : {} }))
      }
      const body = (await response.json()) as { occupied?: boolean; subscription_count?: number; user_count?: number }
      return {
        occupied: body.occupied === true,
        ...(body.subscription_count !== undefined ? { subscriptionCount: body.subscription_count } : {}),
        ...(body.user_count !== undefined ? { userCount: body.user_count } : {}),
      }
    },
    authorizeChannel(socketId: string, channel: string, presence?: PresenceMember): ChannelAuthorization {
      const data = presence ? { user_id: presence.userId, ...(presence.userInfo ? { user_info: presence.userInfo } : {}) } : undefined
      const result = pusher.authorizeChannel(socketId, channel, data)
      return result.channel_data !== undefined ? { auth: result.auth, channel_data: result.channel_data } : { auth: result.auth }
    },
  }
}

// The SDK's fetch Response, typed loosely: node-fetch's and the DOM's differ only in details we don't use.
type Response = { json(): Promise<unknown> }

async function request<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call()
  } catch (error) {
    if (error instanceof Pusher.RequestError) {
      const detail = error.body ? `: ${String(error.body).trim().slice(0, 300)}` : error.error ? `: ${String(error.error)}` : ''
      throw new RealtimeError(`Realtime request failed (${error.status ?? 'no response'})${detail}`, error.status, { cause: error })
    }
    throw error
  }
}

function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}
