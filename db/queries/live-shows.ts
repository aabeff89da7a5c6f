import { and, eq, gt, isNull, or } from 'drizzle-orm'
import type { DbOrTx } from '@/db/client'
import { showModeration, shows, storeBlockedWords, storeMembers, stores, users } from '@/db/schema'

// Reads of a show for the live room's interaction (SPEC §6); the show lifecycle lives in shows.ts.

export type LiveShow = {
  id: string
  storeId: string
  storeName: string
  hostId: string
  coHostId: string | null
  status: 'scheduled' | 'live' | 'ended' | 'cancelled'
  startedAt: Date | null
  slowModeSeconds: number
  pinnedMessageId: string | null
  spotlightProductId: string | null
  spotlightAt: Date | null
}

export async function getLiveShow(db: DbOrTx, showId: string): Promise<LiveShow | null> {
  const [row] = await db
    .select({
      id: shows.id,
      storeId: shows.storeId,
      storeName: stores.name,
      hostId: shows.hostId,
      coHostId: shows.coHostId,
      status: shows.status,
      startedAt: shows.startedAt,
      slowModeSeconds: shows.slowModeSeconds,
      pinnedMessageId: shows.pinnedMessageId,
      spotlightProductId: shows.spotlightProductId,
      spotlightAt: shows.spotlightAt,
    })
    .from(shows)
    .innerJoin(stores, eq(stores.id, shows.storeId))
    .where(eq(shows.id, showId))
    .limit(1)
  return row ?? null
}

/** The show row, locked for the rest of the transaction: serialises "one open poll" and pins. */
export async function lockShow(tx: DbOrTx, showId: string): Promise<{ status: LiveShow['status'] } | null> {
  const [row] = await tx.select({ status: shows.status }).from(shows).where(eq(shows.id, showId)).for('update')
  return row ?? null
}

export async function storeRoleOf(db: DbOrTx, storeId: string, userId: string): Promise<'owner' | 'moderator' | null> {
  const [row] = await db
    .select({ role: storeMembers.role })
    .from(storeMembers)
    .where(and(eq(storeMembers.storeId, storeId), eq(storeMembers.userId, userId)))
    .limit(1)
  return row?.role ?? null
}

export async function findUser(db: DbOrTx, userId: string): Promise<{ name: string | null } | null> {
  const [row] = await db.select({ name: users.name }).from(users).where(eq(users.id, userId)).limit(1)
  return row ?? null
}

export async function listBlockedWords(db: DbOrTx, storeId: string): Promise<string[]> {
  const rows = await db.select({ word: storeBlockedWords.word }).from(storeBlockedWords).where(eq(storeBlockedWords.storeId, storeId))
  return rows.map((r) => r.word)
}

/** A ban (until null = for good, or a future time) or a timeout still running, in this store. */
export async function activeSanction(db: DbOrTx, storeId: string, userId: string, now: Date): Promise<{ kind: 'timeout' | 'ban'; until: Date | null } | null> {
  const rows = await db
    .select({ kind: showModeration.kind, until: showModeration.until })
    .from(showModeration)
    .where(
      and(
        eq(showModeration.storeId, storeId),
        eq(showModeration.userId, userId),
        or(gt(showModeration.until, now), and(eq(showModeration.kind, 'ban'), isNull(showModeration.until))),
      ),
    )
  if (rows.length === 0) return null
  const ban = rows.find((r) => r.kind === 'ban')
  if (ban) return { kind: 'ban', until: ban.until }
  const latest = rows.reduce((a, b) => ((a.until?.getTime() ?? 0) >= (b.until?.getTime() ?? 0) ? a : b))
  return { kind: 'timeout', until: latest.until }
}

export async function insertSanction(
  tx: DbOrTx,
  values: { storeId: string; userId: string; kind: 'timeout' | 'ban'; until: Date | null; byId: string },
): Promise<void> {
  await tx.insert(showModeration).values(values)
}

export async function setSlowMode(tx: DbOrTx, showId: string, seconds: number): Promise<void> {
  await tx.update(shows).set({ slowModeSeconds: seconds }).where(eq(shows.id, showId))
}
