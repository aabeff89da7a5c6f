import { and, asc, eq, inArray, lt, lte, or, sql } from 'drizzle-orm'
import type { DbOrTx } from '@/db/client'
import { scheduledJobs } from '@/db/schema'

// The embedded jobs queue belongs to the whole app: no owner column, so no owner scope.

export type NewScheduledJob = {
  name: string
  payload: unknown
  runAt: Date
  dedupeKey: string | null
}

export type ClaimedJob = {
  id: string
  name: string
  payload: unknown
  /** Including the attempt just claimed. */
  attempts: number
}

/** Inserts a queued job; with a dedupe key already present, returns that job's id instead. */
export async function insertScheduledJob(db: DbOrTx, job: NewScheduledJob): Promise<{ id: string; deduplicated: boolean }> {
  const [row] = await db
    .insert(scheduledJobs)
    .values({ name: job.name, payload: job.payload, runAt: job.runAt, dedupeKey: job.dedupeKey })
    .onConflictDoNothing({ target: scheduledJobs.dedupeKey })
    .returning({ id: scheduledJobs.id })
  if (row) return { id: row.id, deduplicated: false }
  if (job.dedupeKey === null) throw new Error('scheduled_jobs: insert returned no row')
  const [existing] = await db
    .select({ id: scheduledJobs.id })
    .from(scheduledJobs)
    .where(eq(scheduledJobs.dedupeKey, job.dedupeKey))
    .limit(1)
  // Only possible if the existing job was cancelled between the two statements.
  if (!existing) throw new Error(`scheduled_jobs: job "${job.dedupeKey}" vanished while scheduling; try again`)
  return { id: existing.id, deduplicated: true }
}

/** Deletes a job that is still waiting (first run or a retry); a running or finished job stays. */
export async function deleteQueuedJob(db: DbOrTx, dedupeKey: string): Promise<boolean> {
  const rows = await db
    .delete(scheduledJobs)
    .where(and(eq(scheduledJobs.dedupeKey, dedupeKey), eq(scheduledJobs.status, 'queued')))
    .returning({ id: scheduledJobs.id })
  return rows.length > 0
}

/**
 * Claims up to `limit` jobs that are due at `now` — queued ones whose time has come, and running
 * ones whose lock expired (their worker died) — in one statement, so two workers never claim the
 * same job. Each claim counts as an attempt.
 */
export async function claimDueJobs(db: DbOrTx, options: { now: Date; lockedUntil: Date; limit: number }): Promise<ClaimedJob[]> {
  const { now, lockedUntil, limit } = options
  const due = db
    .select({ id: scheduledJobs.id })
    .from(scheduledJobs)
    .where(
      or(
        and(eq(scheduledJobs.status, 'queued'), lte(scheduledJobs.runAt, now)),
        and(eq(scheduledJobs.status, 'running'), lt(scheduledJobs.lockedUntil, now)),
      ),
    )
    .orderBy(asc(scheduledJobs.runAt))
    .limit(limit)
    .for('update', { skipLocked: true })
  return db
    .update(scheduledJobs)
    .set({ status: 'running', attempts: sql`${scheduledJobs.attempts} + 1`, lockedUntil })
    .where(inArray(scheduledJobs.id, due))
    .returning({ id: scheduledJobs.id, name: scheduledJobs.name, payload: scheduledJobs.payload, attempts: scheduledJobs.attempts })
}

// The finishing updates match the attempt they finish: a worker whose lock expired and whose job
// was claimed again must not overwrite the newer attempt's outcome.
const claimed = (job: Pick<ClaimedJob, 'id' | 'attempts'>) =>
  and(eq(scheduledJobs.id, job.id), eq(scheduledJobs.status, 'running'), eq(scheduledJobs.attempts, job.attempts))

export async function markJobDone(db: DbOrTx, job: Pick<ClaimedJob, 'id' | 'attempts'>): Promise<boolean> {
  const rows = await db
    .update(scheduledJobs)
    .set({ status: 'done', lockedUntil: null, lastError: null })
    .where(claimed(job))
    .returning({ id: scheduledJobs.id })
  return rows.length > 0
}

/** Back to the queue for another attempt at `runAt`. With `refund`, the claim does not count as an attempt. */
export async function requeueJob(
  db: DbOrTx,
  job: Pick<ClaimedJob, 'id' | 'attempts'>,
  options: { runAt: Date; error: string; refund?: boolean },
): Promise<boolean> {
  const rows = await db
    .update(scheduledJobs)
    .set({
      status: 'queued',
      runAt: options.runAt,
      lockedUntil: null,
      lastError: options.error,
      ...(options.refund ? { attempts: sql`${scheduledJobs.attempts} - 1` } : {}),
    })
    .where(claimed(job))
    .returning({ id: scheduledJobs.id })
  return rows.length > 0
}

export async function markJobFailed(db: DbOrTx, job: Pick<ClaimedJob, 'id' | 'attempts'>, error: string): Promise<boolean> {
  const rows = await db
    .update(scheduledJobs)
    .set({ status: 'failed', lockedUntil: null, lastError: error })
    .where(claimed(job))
    .returning({ id: scheduledJobs.id })
  return rows.length > 0
}

export async function getScheduledJob(db: DbOrTx, id: string) {
  const [row] = await db
    .select({
      id: scheduledJobs.id,
      name: scheduledJobs.name,
      payload: scheduledJobs.payload,
      runAt: scheduledJobs.runAt,
      dedupeKey: scheduledJobs.dedupeKey,
      status: scheduledJobs.status,
      attempts: scheduledJobs.attempts,
      lockedUntil: scheduledJobs.lockedUntil,
      lastError: scheduledJobs.lastError,
    })
    .from(scheduledJobs)
    .where(eq(scheduledJobs.id, id))
    .limit(1)
  return row ?? null
}

/** Forgets finished jobs (and with them their dedupe keys) last touched before the cut-offs. */
export async function pruneFinishedJobs(db: DbOrTx, options: { doneBefore: Date; failedBefore: Date }): Promise<number> {
  const rows = await db
    .delete(scheduledJobs)
    .where(
      or(
        and(eq(scheduledJobs.status, 'done'), lt(scheduledJobs.updatedAt, options.doneBefore)),
        and(eq(scheduledJobs.status, 'failed'), lt(scheduledJobs.updatedAt, options.failedBefore)),
      ),
    )
    .returning({ id: scheduledJobs.id })
  return rows.length
}
