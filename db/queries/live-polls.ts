import { and, count, desc, eq, gt, isNull, lte } from 'drizzle-orm'
import type { DbOrTx } from '@/db/client'
import { pollVotes, polls } from '@/db/schema'

// Polls of one show (SPEC §6.7). A poll is open while closed_at is null and ends_at is ahead.

export type PollRow = { id: string; showId: string; question: string; options: string[]; endsAt: Date; closedAt: Date | null }

const pollColumns = { id: polls.id, showId: polls.showId, question: polls.question, options: polls.options, endsAt: polls.endsAt, closedAt: polls.closedAt }

export async function getPoll(db: DbOrTx, pollId: string): Promise<PollRow | null> {
  const [row] = await db.select(pollColumns).from(polls).where(eq(polls.id, pollId)).limit(1)
  return row ?? null
}

export async function latestPoll(db: DbOrTx, showId: string): Promise<PollRow | null> {
  const [row] = await db.select(pollColumns).from(polls).where(eq(polls.showId, showId)).orderBy(desc(polls.createdAt), desc(polls.id)).limit(1)
  return row ?? null
}

export async function openPollOf(db: DbOrTx, showId: string, now: Date): Promise<PollRow | null> {
  const [row] = await db
    .select(pollColumns)
    .from(polls)
    .where(and(eq(polls.showId, showId), isNull(polls.closedAt), gt(polls.endsAt, now)))
    .limit(1)
  return row ?? null
}

/** Stamps closed_at on polls whose time ran out, at the time they ended. */
export async function closeExpiredPolls(tx: DbOrTx, showId: string, now: Date): Promise<void> {
  const expired = await tx
    .select({ id: polls.id, endsAt: polls.endsAt })
    .from(polls)
    .where(and(eq(polls.showId, showId), isNull(polls.closedAt), lte(polls.endsAt, now)))
  for (const poll of expired) await tx.update(polls).set({ closedAt: poll.endsAt }).where(eq(polls.id, poll.id))
}

export async function insertPoll(tx: DbOrTx, values: { showId: string; question: string; options: string[]; endsAt: Date; createdAt: Date }): Promise<PollRow> {
  const [row] = await tx.insert(polls).values(values).returning(pollColumns)
  return row!
}

/** True when this call closed it. */
export async function closePollRow(tx: DbOrTx, showId: string, pollId: string, now: Date): Promise<boolean> {
  const rows = await tx
    .update(polls)
    .set({ closedAt: now })
    .where(and(eq(polls.showId, showId), eq(polls.id, pollId), isNull(polls.closedAt), gt(polls.endsAt, now)))
    .returning({ id: polls.id })
  return rows.length > 0
}

/** False when this user had already voted. */
export async function insertVote(tx: DbOrTx, values: { pollId: string; userId: string; optionIndex: number; createdAt: Date }): Promise<boolean> {
  const rows = await tx.insert(pollVotes).values(values).onConflictDoNothing().returning({ pollId: pollVotes.pollId })
  return rows.length > 0
}

export async function pollVoteCounts(db: DbOrTx, pollId: string): Promise<{ optionIndex: number; n: number }[]> {
  const rows = await db
    .select({ optionIndex: pollVotes.optionIndex, n: count() })
    .from(pollVotes)
    .where(eq(pollVotes.pollId, pollId))
    .groupBy(pollVotes.optionIndex)
  return rows.map((r) => ({ optionIndex: r.optionIndex, n: Number(r.n) }))
}
