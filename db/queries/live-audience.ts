import { and, countDistinct, eq, isNull, sql, sum } from 'drizzle-orm'
import type { DbOrTx } from '@/db/client'
import { showReactions, showViewers, shows } from '@/db/schema'

// Watch sessions, reaction totals and the show's final audience figures (SPEC §6.2–6.3).

/**
 * One heartbeat of a viewer. A session (show_viewers row) runs from the first heartbeat; each
 * later heartbeat stretches watch_ms to now. A gap longer than `staleMs` closes the old session at
 * its last heartbeat and opens a new one, so time spent away is never counted.
 */
export async function touchViewerSession(
  tx: DbOrTx,
  input: { showId: string; viewerKey: string; userId: string | null; now: Date; staleMs: number },
): Promise<'extended' | 'joined'> {
  const now = input.now.toISOString()
  const extended = await tx
    .update(showViewers)
    .set({ watchMs: sql`greatest(${showViewers.watchMs}, floor(extract(epoch from (${now}::timestamptz - ${showViewers.joinedAt})) * 1000)::int)` })
    .where(
      and(
        eq(showViewers.showId, input.showId),
        eq(showViewers.viewerKey, input.viewerKey),
        isNull(showViewers.leftAt),
        sql`${showViewers.joinedAt} + ${showViewers.watchMs} * interval '1 millisecond' + ${input.staleMs} * interval '1 millisecond' >= ${now}::timestamptz`,
      ),
    )
    .returning({ id: showViewers.id })
  if (extended.length > 0) return 'extended'
  await closeSessions(tx, input.showId, input.viewerKey)
  await tx.insert(showViewers).values({ showId: input.showId, viewerKey: input.viewerKey, userId: input.userId, joinedAt: input.now })
  return 'joined'
}

/** Explicit leave: count up to now, then close. */
export async function leaveViewerSession(tx: DbOrTx, input: { showId: string; viewerKey: string; now: Date; staleMs: number }): Promise<void> {
  const now = input.now.toISOString()
  await tx
    .update(showViewers)
    .set({
      watchMs: sql`greatest(${showViewers.watchMs}, floor(extract(epoch from (${now}::timestamptz - ${showViewers.joinedAt})) * 1000)::int)`,
      leftAt: input.now,
    })
    .where(
      and(
        eq(showViewers.showId, input.showId),
        eq(showViewers.viewerKey, input.viewerKey),
        isNull(showViewers.leftAt),
        sql`${showViewers.joinedAt} + ${showViewers.watchMs} * interval '1 millisecond' + ${input.staleMs} * interval '1 millisecond' >= ${now}::timestamptz`,
      ),
    )
  await closeSessions(tx, input.showId, input.viewerKey)
}

/** Closes open sessions at their last heartbeat (one viewer, or everyone when `viewerKey` is null). */
export async function closeSessions(tx: DbOrTx, showId: string, viewerKey: string | null): Promise<void> {
  await tx
    .update(showViewers)
    .set({ leftAt: sql`${showViewers.joinedAt} + ${showViewers.watchMs} * interval '1 millisecond'` })
    .where(and(eq(showViewers.showId, showId), isNull(showViewers.leftAt), viewerKey === null ? undefined : eq(showViewers.viewerKey, viewerKey)))
}

export async function audienceTotals(db: DbOrTx, showId: string): Promise<{ unique: number; watchMs: number }> {
  const [row] = await db
    .select({ unique: countDistinct(showViewers.viewerKey), watchMs: sum(showViewers.watchMs) })
    .from(showViewers)
    .where(eq(showViewers.showId, showId))
  return { unique: Number(row?.unique ?? 0), watchMs: Number(row?.watchMs ?? 0) }
}

/**
 * Raises each stored reaction count to the running total. The totals only grow, so writing the
 * larger value is safe to repeat (a job and the end of the show may both flush).
 */
export async function raiseReactionTotals(tx: DbOrTx, showId: string, totals: Record<string, number>): Promise<void> {
  const rows = Object.entries(totals)
    .filter(([, n]) => n > 0)
    .map(([kind, n]) => ({ showId, kind, count: n }))
  if (rows.length === 0) return
  await tx
    .insert(showReactions)
    .values(rows)
    .onConflictDoUpdate({
      target: [showReactions.showId, showReactions.kind],
      set: { count: sql`greatest(${showReactions.count}, excluded.count)` },
    })
}

export async function storedReactionTotals(db: DbOrTx, showId: string): Promise<Record<string, number>> {
  const rows = await db.select({ kind: showReactions.kind, count: showReactions.count }).from(showReactions).where(eq(showReactions.showId, showId))
  return Object.fromEntries(rows.map((r) => [r.kind, r.count]))
}

export async function writeShowAudience(tx: DbOrTx, showId: string, figures: { peak: number; unique: number; watchMs: number }): Promise<void> {
  await tx
    .update(shows)
    .set({
      peakViewers: sql`greatest(${shows.peakViewers}, ${figures.peak})`,
      uniqueViewers: figures.unique,
      totalWatchMs: figures.watchMs,
    })
    .where(eq(shows.id, showId))
}
