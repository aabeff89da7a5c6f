import 'server-only'

import { leaveViewerSession, touchViewerSession } from '@/db/queries/live-audience'
import type { ViewerStats } from '@/lib/live/events'
import { isLiveCached } from './access'
import { nowOf, publish, showEvent, type LiveDeps } from './deps'
import { viewerIdentity, type Viewer } from './reactions'

/*
 * Audience (SPEC §6.3), from heartbeats every ~15 s rather than presence channels (Pusher caps
 * presence at 100 members). In kv, per show:
 *   viewers  sorted set identity → last heartbeat (ms); concurrent = members seen in the last 40 s
 *   seen:{identity}  set once per identity, so `unique` is incremented exactly once
 *   unique, peak     counters; peak only ever rises
 *   tick     a 2 s lock: whichever heartbeat takes it publishes `viewers`
 * Every heartbeat recounts (so the peak is not missed between publishes); two heartbeats raising
 * the peak at the same instant may leave it one short until the next recount. The database keeps
 * watch sessions (show_viewers), written at most every 5 s per viewer.
 */

export const STALE_AFTER_MS = 40_000
const VIEWERS_TICK_SECONDS = 2
const SESSION_WRITE_SECONDS = 5
const KEY_TTL_SECONDS = 3 * 24 * 3600

const keys = (showId: string) => ({
  viewers: `live:${showId}:viewers`,
  unique: `live:${showId}:unique`,
  peak: `live:${showId}:peak`,
  tick: `live:${showId}:viewers-tick`,
  seen: (identity: string) => `live:${showId}:seen:${identity}`,
  session: (identity: string) => `live:${showId}:session:${identity}`,
})

/** Recounts from kv, raising the peak when the room is fuller than ever; `prune` drops stale members. */
export async function viewerStats(deps: Pick<LiveDeps, 'kv' | 'now'>, showId: string, options: { prune?: boolean } = {}): Promise<ViewerStats> {
  const k = keys(showId)
  const since = nowOf(deps).getTime() - STALE_AFTER_MS
  if (options.prune ?? true) await deps.kv.zremRangeByScore(k.viewers, -Infinity, since - 1)
  const [concurrent, unique, peak] = await Promise.all([deps.kv.zcount(k.viewers, since, Infinity), deps.kv.get<number>(k.unique), deps.kv.get<number>(k.peak)])
  let best = Number(peak ?? 0)
  if (concurrent > best) {
    best = concurrent
    await deps.kv.set(k.peak, best, { ttlSeconds: KEY_TTL_SECONDS })
  }
  return { concurrent, peak: best, unique: Number(unique ?? 0) }
}

async function recountAndPublish(deps: LiveDeps, showId: string): Promise<ViewerStats> {
  const tick = await deps.kv.setIfAbsent(keys(showId).tick, 1, { ttlSeconds: VIEWERS_TICK_SECONDS })
  // Pruning is a write; once per tick is enough to keep the set small.
  const stats = await viewerStats(deps, showId, { prune: tick })
  if (tick) await publish(deps, [showEvent(showId, 'viewers', stats)])
  return stats
}

/** One heartbeat from a watching browser; null (nothing counted) when the show is not live. */
export async function heartbeat(deps: LiveDeps, viewer: Viewer, input: { showId: string }): Promise<ViewerStats | null> {
  const identity = viewerIdentity(viewer)
  if (!(await isLiveCached(deps.db, input.showId))) return null
  const k = keys(input.showId)
  const now = nowOf(deps)

  await deps.kv.zadd(k.viewers, now.getTime(), identity)
  if (await deps.kv.setIfAbsent(k.seen(identity), 1, { ttlSeconds: KEY_TTL_SECONDS })) {
    await deps.kv.incr(k.unique)
    await Promise.all([deps.kv.expire(k.unique, KEY_TTL_SECONDS), deps.kv.expire(k.viewers, KEY_TTL_SECONDS)])
  }
  // A reloading tab or a misbehaving client must not turn heartbeats into database writes.
  if (await deps.kv.setIfAbsent(k.session(identity), 1, { ttlSeconds: SESSION_WRITE_SECONDS })) {
    await touchViewerSession(deps.db, { showId: input.showId, viewerKey: identity, userId: viewer.userId, now, staleMs: STALE_AFTER_MS })
  }
  return recountAndPublish(deps, input.showId)
}

/** The viewer closed the tab or left the page: out of the concurrent count at once, session closed. */
export async function leave(deps: LiveDeps, viewer: Viewer, input: { showId: string }): Promise<void> {
  const identity = viewerIdentity(viewer)
  const k = keys(input.showId)
  // No member removal in the kv interface: a score of 0 falls outside every window and is pruned.
  await deps.kv.zadd(k.viewers, 0, identity)
  await deps.kv.del(k.session(identity))
  await leaveViewerSession(deps.db, { showId: input.showId, viewerKey: identity, now: nowOf(deps), staleMs: STALE_AFTER_MS })
  await recountAndPublish(deps, input.showId)
}
