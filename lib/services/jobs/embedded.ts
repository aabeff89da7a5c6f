import type { DbOrTx } from '@/db/client'
import {
  claimDueJobs,
  deleteQueuedJob,
  insertScheduledJob,
  markJobDone,
  markJobFailed,
  pruneFinishedJobs,
  requeueJob,
  type ClaimedJob,
} from '@/db/queries/scheduled-jobs'
import { defaultJobRegistry, type JobRegistry } from '@/lib/jobs/registry'
import { MAX_ATTEMPTS, retryDelaySeconds, type JobsService, type RunSummary, type ScheduleJobInput, type ScheduledJob } from './types'
import { normalizeSchedule } from './validate'
import { bearerMatches } from './verify'

export type EmbeddedJobsOptions = {
  /** A database, or a getter so the connection is opened on first use rather than at import. */
  db: DbOrTx | (() => DbOrTx)
  /** The bearer token /api/jobs/* accepts in embedded mode (see embeddedRouteToken). */
  routeToken: string
  registry?: Pick<JobRegistry, 'get' | 'list'>
  maxAttempts?: number
  /** How long a claimed job is someone's; after that another pass may claim it again. */
  lockSeconds?: number
  batchSize?: number
  clock?: () => Date
  log?: Pick<Console, 'warn' | 'error'>
}

const HOUR_MS = 3600_000
const DAY_MS = 24 * HOUR_MS
// A job whose handler is not loaded yet (a module that registers it has not been imported) waits.
const UNKNOWN_HANDLER_WAIT_MS = 60_000

/**
 * Jobs as rows of scheduled_jobs, run in this process by `runDueJobs` — called every second by
 * the embedded scheduler, or directly by tests. A claim is one atomic UPDATE, so several
 * processes on one PostgreSQL never run a job twice at once.
 */
export class EmbeddedJobs implements JobsService {
  readonly driver = 'embedded'
  private readonly registry: Pick<JobRegistry, 'get' | 'list'>
  private readonly maxAttempts: number
  private readonly lockMs: number
  private readonly batchSize: number
  private readonly clock: () => Date
  private readonly log: Pick<Console, 'warn' | 'error'>
  /** The period each recurring job was last enqueued for, to skip the insert within a period. */
  private readonly enqueuedPeriods = new Map<string, number>()
  private lastPrune = 0

  constructor(private readonly options: EmbeddedJobsOptions) {
    this.registry = options.registry ?? defaultJobRegistry()
    this.maxAttempts = options.maxAttempts ?? MAX_ATTEMPTS
    this.lockMs = (options.lockSeconds ?? 300) * 1000
    this.batchSize = options.batchSize ?? 10
    this.clock = options.clock ?? (() => new Date())
    this.log = options.log ?? console
  }

  private get db(): DbOrTx {
    const { db } = this.options
    return typeof db === 'function' ? db() : db
  }

  async schedule(input: ScheduleJobInput): Promise<ScheduledJob> {
    const job = normalizeSchedule(input, this.clock())
    return insertScheduledJob(this.db, { name: job.name, payload: job.payload, runAt: job.runAt, dedupeKey: job.dedupeKey })
  }

  async cancel(dedupeKey: string): Promise<void> {
    await deleteQueuedJob(this.db, dedupeKey)
  }

  async verifyRequest(request: Request): Promise<boolean> {
    return bearerMatches(request, this.options.routeToken)
  }

  /** One pass: enqueue this period's recurring jobs, then run every job due at `now`. */
  async runDueJobs(now: Date = this.clock()): Promise<RunSummary> {
    const summary: RunSummary = { ran: 0, succeeded: 0, retried: 0, failed: 0 }
    await this.enqueueRecurring(now)
    await this.pruneNow(now)
    // Bounded so a pass always ends; whatever is left is due again on the next pass.
    for (let round = 0; round < 100; round++) {
      const jobs = await claimDueJobs(this.db, { now, lockedUntil: new Date(now.getTime() + this.lockMs), limit: this.batchSize })
      await Promise.all(jobs.map((job) => this.runOne(job, now, summary)))
      if (jobs.length < this.batchSize) break
    }
    return summary
  }

  private async runOne(job: ClaimedJob, now: Date, summary: RunSummary): Promise<void> {
    const db = this.db
    try {
      const handler = this.registry.get(job.name)
      if (!handler) {
        const error = `no handler registered for "${job.name}"`
        this.log.warn(`[jobs] ${error}; job ${job.id} waits`)
        await requeueJob(db, job, { runAt: new Date(now.getTime() + UNKNOWN_HANDLER_WAIT_MS), error, refund: true })
        return
      }
      if (job.attempts > this.maxAttempts) {
        // The last attempt's worker died mid-run (its lock expired); do not start another.
        await markJobFailed(db, job, `gave up: attempt ${job.attempts - 1} of ${this.maxAttempts} never finished`)
        summary.failed++
        return
      }
      summary.ran++
      try {
        await handler.run(job.payload, { attempt: job.attempts, now })
      } catch (error) {
        await this.attemptFailed(db, job, now, error, summary)
        return
      }
      await markJobDone(db, job)
      summary.succeeded++
    } catch (error) {
      // The database itself failed; the lock expires and a later pass picks the job up again.
      this.log.error(`[jobs] could not record the outcome of ${job.name} (${job.id}):`, error)
    }
  }

  private async attemptFailed(db: DbOrTx, job: ClaimedJob, now: Date, error: unknown, summary: RunSummary): Promise<void> {
    const message = describeError(error)
    if (job.attempts >= this.maxAttempts) {
      this.log.error(`[jobs] ${job.name} (${job.id}) failed for good after ${job.attempts} attempts: ${message}`)
      await markJobFailed(db, job, message)
      summary.failed++
      return
    }
    const delay = retryDelaySeconds(job.attempts)
    this.log.warn(`[jobs] ${job.name} (${job.id}) attempt ${job.attempts} failed, retrying in ${delay} s: ${message}`)
    await requeueJob(db, job, { runAt: new Date(now.getTime() + delay * 1000), error: message })
    summary.retried++
  }

  private async enqueueRecurring(now: Date): Promise<void> {
    for (const handler of this.registry.list()) {
      if (!handler.recurring) continue
      const every = handler.recurring.everySeconds
      const period = Math.floor(now.getTime() / 1000 / every)
      if (this.enqueuedPeriods.get(handler.name) === period) continue
      // The dedupe key makes this safe from any number of processes and passes.
      await insertScheduledJob(this.db, {
        name: handler.name,
        payload: {},
        runAt: new Date(period * every * 1000),
        dedupeKey: `recurring:${handler.name}:${period}`,
      })
      this.enqueuedPeriods.set(handler.name, period)
    }
  }

  private async pruneNow(now: Date): Promise<void> {
    if (now.getTime() - this.lastPrune < HOUR_MS) return
    this.lastPrune = now.getTime()
    await pruneFinishedJobs(this.db, { doneBefore: new Date(now.getTime() - 7 * DAY_MS), failedBefore: new Date(now.getTime() - 30 * DAY_MS) })
  }
}

function describeError(error: unknown): string {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
  return message.slice(0, 2000)
}

export function createEmbeddedJobs(options: EmbeddedJobsOptions): EmbeddedJobs {
  return new EmbeddedJobs(options)
}
