/**
 * The realtime service: Pusher Channels in production, an embedded Pusher-protocol (v7) server
 * in development. Both speak the same protocol, so the browser half is pusher-js either way.
 */

export type RealtimeBatchEvent = { channel: string; name: string; data: unknown; socketId?: string }

export type ChannelOccupancy = { occupied: boolean; subscriptionCount?: number; userCount?: number }

export type PresenceMember = { userId: string; userInfo?: Record<string, unknown> }

/** The JSON a channel-auth endpoint returns to pusher-js. */
export type ChannelAuthorization = { auth: string; channel_data?: string }

export interface Realtime {
  readonly driver: 'pusher' | 'embedded'
  /** Publish after the database commit. `socketId` excludes the sender's own connection. */
  trigger(channels: string | string[], name: string, data: unknown, options?: { socketId?: string }): Promise<void>
  /** Up to 10 events in one request (Pusher's batch limit); longer lists are split. */
  triggerBatch(events: RealtimeBatchEvent[]): Promise<void>
  /** Occupancy of one channel (subscription_count where the app enables it). */
  channelInfo(channel: string): Promise<ChannelOccupancy>
  /** Signs a private or presence subscription; the caller has already decided it is allowed. */
  authorizeChannel(socketId: string, channel: string, presence?: PresenceMember): ChannelAuthorization
}

/** What the browser needs to connect; produced on the server, passed to the client provider. */
export type RealtimeClientConfig =
  | { driver: 'pusher'; key: string; cluster: string; authEndpoint: string }
  | { driver: 'embedded'; key: string; port: number; authEndpoint: string }
