import type { Db } from '@/db/client'
import type { ChatRow } from '@/db/queries/live-chat'
import { getLiveShow, storeRoleOf, type LiveShow } from '@/db/queries/live-shows'
import { ActionError } from '@/lib/actions/errors'
import type { ChatMessage, ChatRole } from '@/lib/live/events'
import { chatRole, toChatMessage as shapeChatMessage } from '@/lib/live/shape'

// Who may do what in a show (SPEC §6.1): decided from the show's own store, never from an id the browser sends.

export type ShowActor = {
  show: LiveShow
  userId: string | null
  role: ChatRole
  storeRole: 'owner' | 'moderator' | null
}

export const SHOW_NOT_FOUND = 'This show is no longer on Haat.'

export function roleIn(show: Pick<LiveShow, 'hostId' | 'coHostId'>, userId: string | null, storeRole: 'owner' | 'moderator' | null): ChatRole {
  return chatRole(userId, show, storeRole)
}

export async function showForActor(db: Db, showId: string, userId: string | null): Promise<ShowActor> {
  const show = await getLiveShow(db, showId)
  if (!show) throw new ActionError('not_found', SHOW_NOT_FOUND)
  const storeRole = userId ? await storeRoleOf(db, show.storeId, userId) : null
  return { show, userId, role: roleIn(show, userId, storeRole), storeRole }
}

/** The host, a co-host, or a member of the show's store: runs the show (pin, spotlight, polls, slow mode). */
export function requireHostOrModerator(actor: ShowActor): void {
  if (actor.role === 'viewer') throw new ActionError('forbidden', 'Only the host and the store’s moderators can do this.')
}

/** Store-wide sanctions (timeouts, bans) belong to the store's owner and moderators. */
export function requireStoreModerator(actor: ShowActor): void {
  if (!actor.storeRole) throw new ActionError('forbidden', 'Only the store’s owner and moderators can time out or ban people.')
}

export function requireLive(show: LiveShow): void {
  if (show.status === 'live') return
  const why =
    show.status === 'scheduled'
      ? 'This show hasn’t started yet. Chat opens when it goes live.'
      : 'This show has ended, so chat and live tools are closed.'
  throw new ActionError('conflict', why)
}

/** Milliseconds since the show went live: the replay's clock. */
export function mediaOffsetMs(show: Pick<LiveShow, 'startedAt'>, now: Date): number | null {
  if (!show.startedAt) return null
  return Math.max(0, now.getTime() - show.startedAt.getTime())
}

/** The row as the live room shows it (lib/live/shape.ts: the host speaks as the store, others by first name). */
export function toChatMessage(show: Pick<LiveShow, 'hostId' | 'coHostId' | 'storeName'>, row: ChatRow): ChatMessage {
  return shapeChatMessage(row, show)
}

// Reactions and heartbeats arrive many times a second per show; the status barely changes.
const LIVE_CACHE_MS = 5_000
const liveCache = new Map<string, { live: boolean; until: number }>()

/** Whether the show is live, from a cache a few seconds old at most (for high-rate, display-only calls). */
export async function isLiveCached(db: Db, showId: string, nowMs = Date.now()): Promise<boolean> {
  const hit = liveCache.get(showId)
  if (hit && hit.until > nowMs) return hit.live
  const show = await getLiveShow(db, showId)
  const live = show?.status === 'live'
  if (liveCache.size > 10_000) liveCache.clear()
  liveCache.set(showId, { live, until: nowMs + LIVE_CACHE_MS })
  return live
}
