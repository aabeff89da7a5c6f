import 'server-only'

import { audienceTotals, closeSessions, raiseReactionTotals, writeShowAudience } from '@/db/queries/live-audience'
import { countChatMessages } from '@/db/queries/live-chat'
import { showSales } from '@/db/queries/live-products'
import type { ViewerStats } from '@/lib/live/events'
import { requireHostOrModerator, showForActor } from './access'
import type { LiveDeps } from './deps'
import { flushReactionBatch, liveReactionTotals, reactionTotals } from './reactions'
import { viewerStats } from './viewers'

export type LiveStats = {
  viewers: ViewerStats
  orders: number
  revenuePaise: number
  messages: number
  reactions: number
  reactionCounts: Record<string, number>
}

/** Figures for the console; no authorisation here (see getLiveStats). */
export async function liveStats(deps: Pick<LiveDeps, 'db' | 'kv' | 'now'>, showId: string): Promise<LiveStats> {
  const [viewers, sales, messages, reactionCounts] = await Promise.all([
    viewerStats(deps, showId),
    showSales(deps.db, showId),
    countChatMessages(deps.db, showId),
    reactionTotals(deps, showId),
  ])
  const reactions = Object.values(reactionCounts).reduce((a, b) => a + b, 0)
  return { viewers, ...sales, messages, reactions, reactionCounts }
}

/** The console's first paint: sales figures are for the host and the store's members only. */
export async function getLiveStats(deps: Pick<LiveDeps, 'db' | 'kv' | 'now'>, ctx: { userId: string }, showId: string): Promise<LiveStats> {
  const actor = await showForActor(deps.db, showId, ctx.userId)
  requireHostOrModerator(actor)
  return liveStats(deps, showId)
}

export type FinalShowStats = { peakViewers: number; uniqueViewers: number; totalWatchMs: number; reactions: Record<string, number> }

/**
 * Writes the show's audience figures when it ends: peak (the larger of kv's and what is stored),
 * unique viewers and watch time from the watch sessions (open ones closed at their last
 * heartbeat), and the reaction totals. Safe to run twice. Call after the show is marked ended.
 */
export async function finalizeShowStats(deps: Pick<LiveDeps, 'db' | 'kv' | 'now'>, showId: string): Promise<FinalShowStats> {
  await flushReactionBatch(showId)
  const [viewers, reactions] = await Promise.all([viewerStats(deps, showId), liveReactionTotals(deps, showId)])
  const totals = await deps.db.transaction(async (tx) => {
    await closeSessions(tx, showId, null)
    const audience = await audienceTotals(tx, showId)
    await writeShowAudience(tx, showId, { peak: viewers.peak, unique: audience.unique, watchMs: audience.watchMs })
    await raiseReactionTotals(tx, showId, reactions)
    return audience
  })
  return {
    peakViewers: viewers.peak,
    uniqueViewers: totals.unique,
    totalWatchMs: totals.watchMs,
    reactions: await reactionTotals(deps, showId, reactions),
  }
}
