import 'server-only'

import { raiseReactionTotals, storedReactionTotals } from '@/db/queries/live-audience'
import { ActionError } from '@/lib/actions/errors'
import { REACTIONS, type Reaction } from '@/lib/live/events'
import type { Realtime } from '@/lib/services/realtime/types'
import { RATE_LIMITS, rateLimit } from '@/lib/services/kv/rate-limit'
import { isLiveCached } from './access'
import { createCoalescer } from './coalesce'
import { publish, showEvent, type LiveDeps } from './deps'

/*
 * Reactions (SPEC §6.2). Each tap is counted at once in a kv counter per show and kind (the exact
 * total, shared by every instance), and joins an in-process batch that publishes `reactions`
 * with the counts since the last batch, at most every 250 ms per show.
 *
 * Serverless trade-off: each warm instance batches only the taps it received, so with N instances
 * a show gets up to N `reactions` events per window — still bounded, and the totals stay exact
 * because they live in kv. A frozen instance cannot fire a timer, so the caller keeps the
 * invocation alive until the batch is out (`after(delivered)` in the action): up to 250 ms extra
 * per invocation. Nothing is written to the database per tap; the totals reach show_reactions
 * through flushReactionTotals (the end of the show, or a job while it runs).
 */

export const REACTION_BATCH_MS = 250
// Long enough to outlive any show and its final flush.
const TOTAL_TTL_SECONDS = 3 * 24 * 3600

const totalKey = (showId: string, kind: string) => `live:${showId}:reactions:${kind}`

type Batch = { realtime: Realtime; logError?: LiveDeps['logError']; counts: Record<string, number> }

const batches = createCoalescer<Batch>(
  REACTION_BATCH_MS,
  (into, next) => {
    for (const [kind, n] of Object.entries(next.counts)) into.counts[kind] = (into.counts[kind] ?? 0) + n
    return into
  },
  (showId, batch) => publish(batch, [showEvent(showId, 'reactions', { counts: batch.counts })]),
)

export type Viewer = { userId: string | null; viewerKey: string | null }

/** The identity a viewer is counted under: the account when signed in, else the browser's viewer key. */
export function viewerIdentity(viewer: Viewer): string {
  if (viewer.userId) return viewer.userId
  if (viewer.viewerKey) return viewer.viewerKey
  throw new ActionError('unauthenticated', 'Reload the page to join the show, then try again.')
}

/** Returns `delivered`, which settles when the batch carrying this tap has been published. */
export async function react(deps: LiveDeps, viewer: Viewer, input: { showId: string; kind: Reaction }): Promise<{ delivered: Promise<void> }> {
  const identity = viewerIdentity(viewer)
  if (!(await isLiveCached(deps.db, input.showId))) throw new ActionError('conflict', 'Reactions open when the show is live.')
  const limit = await rateLimit(deps.kv, 'reaction', `${input.showId}:${identity}`, RATE_LIMITS.reaction)
  if (!limit.success) throw new ActionError('rate_limited', 'That’s a lot of love! Give it a second.')

  const total = await deps.kv.incr(totalKey(input.showId, input.kind))
  if (total === 1) await deps.kv.expire(totalKey(input.showId, input.kind), TOTAL_TTL_SECONDS)
  const delivered = batches.add(input.showId, { realtime: deps.realtime, logError: deps.logError, counts: { [input.kind]: 1 } })
  return { delivered }
}

/** Sends a pending batch now (the end of a show); no-op when none. */
export function flushReactionBatch(showId: string): Promise<void> {
  return batches.flushNow(showId)
}

/** The running totals in kv; kinds nobody tapped are 0. */
export async function liveReactionTotals(deps: Pick<LiveDeps, 'kv'>, showId: string): Promise<Record<Reaction, number>> {
  const values = await Promise.all(REACTIONS.map((kind) => deps.kv.get<number>(totalKey(showId, kind))))
  return Object.fromEntries(REACTIONS.map((kind, i) => [kind, Number(values[i] ?? 0)])) as Record<Reaction, number>
}

/** Adds what kv counted to show_reactions; safe to repeat (a job during the show, then at the end). */
export async function flushReactionTotals(deps: Pick<LiveDeps, 'db' | 'kv'>, showId: string): Promise<Record<string, number>> {
  const live = await liveReactionTotals(deps, showId)
  await raiseReactionTotals(deps.db, showId, live)
  return reactionTotals(deps, showId, live)
}

/** The best totals known: kv while the show runs, the database once kv has let them go. */
export async function reactionTotals(deps: Pick<LiveDeps, 'db' | 'kv'>, showId: string, live?: Record<string, number>): Promise<Record<string, number>> {
  const [fromKv, stored] = await Promise.all([live ?? liveReactionTotals(deps, showId), storedReactionTotals(deps.db, showId)])
  const out: Record<string, number> = { ...stored }
  for (const [kind, n] of Object.entries(fromKv)) out[kind] = Math.max(out[kind] ?? 0, n)
  return out
}
