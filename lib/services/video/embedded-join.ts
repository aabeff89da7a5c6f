import type { DbOrTx } from '@/db/client'
import { getShowVideoState } from '@/db/queries/show-video'
import { channels } from '@/lib/live/channels'
import type { StudioEvents } from '@/lib/live/events'
import type { Kv } from '@/lib/services/kv/types'
import type { Realtime } from '@/lib/services/realtime/types'
import type { VideoJoinInput } from '@/lib/validations/video'
import { EMBEDDED_FULL_MESSAGE } from './embedded'

/** A viewer's place lapses this long after its last join or heartbeat. */
export const VIEWER_TTL_SECONDS = 45
/** The viewer's browser heartbeats this often, well inside the TTL. */
export const HEARTBEAT_SECONDS = 15
/** Joins per viewer key per minute: a waiting viewer retries every few seconds, nothing more. */
const JOIN_RULE = { limit: 30, windowSeconds: 60 }

export type JoinDeps = {
  db: DbOrTx
  kv: Kv
  realtime: Pick<Realtime, 'trigger'>
  maxViewers: number
  now?: () => number
}

export type JoinErrorCode = 'not-found' | 'not-live' | 'full' | 'no-viewer-key' | 'rate-limited'

export type JoinReply =
  | { status: 200; body: { ok: true; viewers: number; maxViewers: number; heartbeatSeconds: number } }
  | { status: 400 | 404 | 409 | 429; body: { ok: false; code: JoinErrorCode; error: string } }

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

const fail = (status: 400 | 404 | 409 | 429, code: JoinErrorCode, error: string): JoinReply => ({ status, body: { ok: false, code, error } })

export const viewersKey = (showId: string) => `video:viewers:${showId}`
const memberKey = (showId: string, viewerKey: string) => `video:viewer:${showId}:${viewerKey}`

/**
 * The logic of POST /api/video/join. Places are a sorted set scored by expiry, so a viewer who
 * closes the tab frees the place within VIEWER_TTL_SECONDS without saying goodbye.
 */
export async function joinEmbeddedVideo(deps: JoinDeps, viewerKey: string | null, input: VideoJoinInput): Promise<JoinReply> {
  const { kv, maxViewers } = deps
  if (!viewerKey || !UUID.test(viewerKey)) return fail(400, 'no-viewer-key', 'Your browser has no viewer id yet. Reload the page to watch.')
  const show = await getShowVideoState(deps.db, input.showId)
  if (!show) return fail(404, 'not-found', 'This show does not exist. Check the link.')
  const zkey = viewersKey(input.showId)
  const mkey = memberKey(input.showId, viewerKey)

  if (input.action === 'leave') {
    // Kv has no ZREM: moving the member to score 0 puts it among the expired, which are swept next.
    await kv.zadd(zkey, 0, viewerKey)
    await kv.zremRangeByScore(zkey, -Infinity, 0)
    await kv.del(mkey)
    return { status: 200, body: { ok: true, viewers: await kv.zcard(zkey), maxViewers, heartbeatSeconds: HEARTBEAT_SECONDS } }
  }
  if (show.status !== 'live')
    return fail(409, 'not-live', show.status === 'ended' ? 'This show has ended.' : 'This show is not live yet. The video starts here when the host goes live.')

  const limited = await kv.limit(`video-join:${viewerKey}`, JOIN_RULE)
  if (!limited.success) return fail(429, 'rate-limited', 'Too many attempts to connect. Wait a minute, then reload the page.')

  const now = (deps.now ?? Date.now)()
  const expiresAt = now + VIEWER_TTL_SECONDS * 1000
  await kv.zremRangeByScore(zkey, -Infinity, now)
  const placeUntil = await kv.get<number>(mkey)
  const member = typeof placeUntil === 'number' && placeUntil > now
  if (!member && (await kv.zcard(zkey)) >= maxViewers) return fail(409, 'full', EMBEDDED_FULL_MESSAGE(maxViewers))

  await kv.zadd(zkey, expiresAt, viewerKey)
  await kv.set(mkey, expiresAt, { ttlSeconds: VIEWER_TTL_SECONDS })
  await kv.expire(zkey, VIEWER_TTL_SECONDS * 2)
  const viewers = await kv.zcount(zkey, now, Infinity)
  if (!member && viewers > maxViewers) {
    // Two newcomers raced past the check: both step back, so the cap holds; each retries later.
    await kv.zadd(zkey, 0, viewerKey)
    await kv.zremRangeByScore(zkey, -Infinity, 0)
    await kv.del(mkey)
    return fail(409, 'full', EMBEDDED_FULL_MESSAGE(maxViewers))
  }

  if (input.action === 'join') {
    const event: StudioEvents['viewer-join'] = { viewerKey }
    await deps.realtime.trigger(channels.studio(input.showId), 'viewer-join', event)
  }
  return { status: 200, body: { ok: true, viewers, maxViewers, heartbeatSeconds: HEARTBEAT_SECONDS } }
}
