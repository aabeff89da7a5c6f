import 'server-only'

import { getLiveShow } from '@/db/queries/live-shows'
import type { PollState, SpotlightProduct, ViewerStats } from '@/lib/live/events'
import { chatHistory, type ChatHistory } from './chat'
import type { LiveDeps } from './deps'
import { currentPoll } from './polls'
import { currentSpotlight } from './spotlight'
import { viewerStats } from './viewers'

export type RoomSnapshot = {
  chat: ChatHistory
  spotlight: { product: SpotlightProduct | null; at: string } | null
  poll: PollState | null
  viewers: ViewerStats
}

/**
 * Everything the live room renders before its first realtime event; public (a viewer needs no
 * account to watch). Subscribe to the show channel before reading this so nothing falls between.
 */
export async function getRoomSnapshot(deps: Pick<LiveDeps, 'db' | 'kv' | 'now'>, showId: string): Promise<RoomSnapshot | null> {
  const show = await getLiveShow(deps.db, showId)
  if (!show) return null
  const [chat, spotlight, poll, viewers] = await Promise.all([
    chatHistory(deps, showId),
    currentSpotlight(deps, show),
    currentPoll(deps, showId),
    viewerStats(deps, showId),
  ])
  return { chat, spotlight, poll, viewers }
}
