import { channelType, MAX_PRESENCE_MEMBERS, type ChannelType } from './protocol'

/** What the hub needs of a connection: its id and a way to send a prepared text frame. */
export interface Subscriber {
  readonly socketId: string
  send(frame: Buffer): void
}

export type PresenceMemberData = { user_id: string; user_info?: unknown }

type Channel = {
  type: ChannelType
  subscribers: Map<string, Subscriber>
  /** Presence only: user id → info and how many of that user's sockets are subscribed. */
  members: Map<string, { info: unknown; sockets: Set<string> }>
  /** Presence only: which member each socket joined as. */
  memberOf: Map<string, string>
}

export type PresenceSnapshot = { ids: string[]; hash: Record<string, unknown>; count: number }

export type SubscribeResult =
  | { ok: true; presence?: PresenceSnapshot }
  | { ok: false; message: string }

/** Frames go out as text; one Buffer per publish is shared by every subscriber. */
export function frame(message: Record<string, unknown>): Buffer {
  return Buffer.from(JSON.stringify(message))
}

/** Channel membership and fan-out for one app. */
export class Hub {
  private channels = new Map<string, Channel>()

  subscribe(sub: Subscriber, name: string, member?: PresenceMemberData): SubscribeResult {
    let channel = this.channels.get(name)
    if (!channel) {
      channel = { type: channelType(name), subscribers: new Map(), members: new Map(), memberOf: new Map() }
      this.channels.set(name, channel)
    }
    if (channel.type === 'presence') {
      if (!member) return this.refuse(name, channel, 'Presence subscriptions need channel_data with a user_id')
      const existing = channel.members.get(member.user_id)
      if (!existing && channel.members.size >= MAX_PRESENCE_MEMBERS)
        return this.refuse(name, channel, `Presence channels are limited to ${MAX_PRESENCE_MEMBERS} members`)
      channel.subscribers.set(sub.socketId, sub)
      channel.memberOf.set(sub.socketId, member.user_id)
      if (existing) existing.sockets.add(sub.socketId)
      else {
        channel.members.set(member.user_id, { info: member.user_info, sockets: new Set([sub.socketId]) })
        const added = frame({ event: 'pusher_internal:member_added', channel: name, data: JSON.stringify(member) })
        this.fanOut(channel, added, sub.socketId)
      }
      return { ok: true, presence: this.presence(name) }
    }
    channel.subscribers.set(sub.socketId, sub)
    return { ok: true }
  }

  /** Returns whether the socket was subscribed. */
  unsubscribe(sub: Subscriber, name: string): boolean {
    const channel = this.channels.get(name)
    if (!channel || !channel.subscribers.delete(sub.socketId)) return false
    const userId = channel.memberOf.get(sub.socketId)
    if (userId !== undefined) {
      channel.memberOf.delete(sub.socketId)
      const member = channel.members.get(userId)
      member?.sockets.delete(sub.socketId)
      if (member && member.sockets.size === 0) {
        channel.members.delete(userId)
        this.fanOut(channel, frame({ event: 'pusher_internal:member_removed', channel: name, data: JSON.stringify({ user_id: userId }) }))
      }
    }
    if (channel.subscribers.size === 0) this.channels.delete(name)
    return true
  }

  isSubscribed(sub: Subscriber, name: string): boolean {
    return this.channels.get(name)?.subscribers.has(sub.socketId) ?? false
  }

  /** The presence user id this socket joined `name` as. */
  memberId(sub: Subscriber, name: string): string | undefined {
    return this.channels.get(name)?.memberOf.get(sub.socketId)
  }

  /** Sends one event to every subscriber of `name` except `exceptSocketId`; serialised once. */
  publish(name: string, message: { event: string; data: unknown; user_id?: string }, exceptSocketId?: string): number {
    const channel = this.channels.get(name)
    if (!channel) return 0
    return this.fanOut(channel, frame({ event: message.event, channel: name, data: message.data, ...(message.user_id !== undefined ? { user_id: message.user_id } : {}) }), exceptSocketId)
  }

  info(name: string): { occupied: boolean; subscriptionCount: number; userCount: number } {
    const channel = this.channels.get(name)
    return { occupied: Boolean(channel), subscriptionCount: channel?.subscribers.size ?? 0, userCount: channel?.members.size ?? 0 }
  }

  /** The members hash pusher-js expects in a presence subscription_succeeded. */
  presence(name: string): PresenceSnapshot {
    const hash: Record<string, unknown> = {}
    for (const [id, m] of this.channels.get(name)?.members ?? []) hash[id] = m.info ?? null
    const ids = Object.keys(hash)
    return { ids, hash, count: ids.length }
  }

  users(name: string): string[] {
    return [...(this.channels.get(name)?.members.keys() ?? [])]
  }

  occupied(prefix = ''): string[] {
    return [...this.channels.keys()].filter((name) => name.startsWith(prefix))
  }

  get channelCount(): number {
    return this.channels.size
  }

  private refuse(name: string, channel: Channel, message: string): SubscribeResult {
    if (channel.subscribers.size === 0) this.channels.delete(name)
    return { ok: false, message }
  }

  private fanOut(channel: Channel, data: Buffer, exceptSocketId?: string): number {
    let sent = 0
    for (const [socketId, sub] of channel.subscribers) {
      if (socketId === exceptSocketId) continue
      sub.send(data)
      sent++
    }
    return sent
  }
}
