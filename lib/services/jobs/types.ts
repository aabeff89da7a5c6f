export type ScheduleJobInput = {
  /** A registered job name, e.g. `orders.expire-unpaid`. */
  name: string
  /** JSON-serialisable; the handler receives it parsed back from JSON (dates become strings). */
  payload?: unknown
  /** Run at or after this time. Give this or `delaySeconds`, not both; neither means now. */
  runAt?: Date
  delaySeconds?: number
  /** Scheduling the same key again is a no-op that returns the first job's id. */
  dedupeKey?: string
}

export type ScheduledJob = {
  /** The driver's id: the scheduled_jobs row id, or the QStash message id. */
  id: string
  /** True when a job with the same dedupeKey already existed, so nothing new was scheduled. */
  deduplicated: boolean
}

export interface JobsService {
  /** Run `name` with `payload` at or after `runAt` (or after delaySeconds). Same dedupeKey twice → scheduled once. */
  schedule(input: ScheduleJobInput): Promise<ScheduledJob>
  /** Cancel a scheduled job by dedupeKey if it has not run (best effort for QStash). */
  cancel(dedupeKey: string): Promise<void>
  /** Verify an incoming job call (QStash signature JWT over the body, or Vercel Cron's `Authorization: Bearer CRON_SECRET`). */
  verifyRequest(request: Request, rawBody: string): Promise<boolean>
}

/** What one pass of the embedded scheduler did. */
export type RunSummary = {
  /** Handlers that ran (each attempt counts once). */
  ran: number
  succeeded: number
  /** Failed attempts that will be tried again. */
  retried: number
  /** Jobs that used their last attempt and are now failed. */
  failed: number
}

/** Both drivers give up after this many attempts (QStash: 3 retries, the free plan's maximum). */
export const MAX_ATTEMPTS = 4

/** Seconds to wait after failed attempt `attempt` (1-based): 10 s, 40 s, 160 s, … capped at an hour. */
export function retryDelaySeconds(attempt: number): number {
  return Math.min(3600, 10 * 4 ** (attempt - 1))
}

/** The same backoff as a QStash `Upstash-Retry-Delay` expression (milliseconds; `retried` counts from 0). */
export const QSTASH_RETRY_DELAY = 'min(3600000, pow(4, retried) * 10000)'
