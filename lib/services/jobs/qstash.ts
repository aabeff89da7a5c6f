import { createHash } from 'node:crypto'
import { Client, Receiver } from '@upstash/qstash'
import { MAX_ATTEMPTS, QSTASH_RETRY_DELAY, type JobsService, type ScheduleJobInput, type ScheduledJob } from './types'
import { normalizeSchedule } from './validate'
import { bearerMatches } from './verify'

export type QstashJobsOptions = {
  token: string
  /** QStash's API base, https://qstash.upstash.io unless a region or a local fake is used. */
  baseUrl: string
  currentSigningKey: string
  nextSigningKey: string
  /** Vercel Cron sends it as `Authorization: Bearer <CRON_SECRET>`. */
  cronSecret: string
  /** The public origin QStash calls back: jobs are delivered to `${appUrl}/api/jobs/<name>`. */
  appUrl: string
  maxAttempts?: number
  clock?: () => Date
}

/**
 * Delayed jobs as QStash messages delivered to /api/jobs/<name>; recurring jobs come from Vercel
 * Cron (vercel.json). QStash retries a failed delivery with the same backoff as the embedded
 * driver and then moves it to its DLQ.
 */
export class QstashJobs implements JobsService {
  readonly driver = 'qstash'
  private readonly client: Client
  private readonly receiver: Receiver
  private readonly clock: () => Date

  constructor(private readonly options: QstashJobsOptions) {
    // devMode false: the SDK otherwise reads QSTASH_DEV and may start a local server of its own.
    this.client = new Client({ baseUrl: options.baseUrl, token: options.token, devMode: false, enableTelemetry: false })
    this.receiver = new Receiver({ currentSigningKey: options.currentSigningKey, nextSigningKey: options.nextSigningKey, devMode: false })
    this.clock = options.clock ?? (() => new Date())
  }

  /** Where QStash delivers job `name`; also the `sub` its signature must carry. */
  jobUrl(name: string): string {
    return new URL(`/api/jobs/${encodeURIComponent(name)}`, this.options.appUrl).toString()
  }

  async schedule(input: ScheduleJobInput): Promise<ScheduledJob> {
    const job = normalizeSchedule(input, this.clock())
    const key = job.dedupeKey === null ? undefined : qstashKey(job.dedupeKey)
    const response = await this.client.publish({
      url: this.jobUrl(job.name),
      body: job.body,
      headers: { 'Content-Type': 'application/json' },
      ...(job.delaySeconds !== null
        ? { delay: job.delaySeconds }
        : input.runAt !== undefined
          ? { notBefore: Math.ceil(job.runAt.getTime() / 1000) }
          : {}),
      // The label lets cancel() find the message by key; QStash has no lookup by deduplication id.
      ...(key ? { deduplicationId: key, label: key } : {}),
      retries: (this.options.maxAttempts ?? MAX_ATTEMPTS) - 1,
      retryDelay: QSTASH_RETRY_DELAY,
    })
    return { id: response.messageId, deduplicated: response.deduplicated === true }
  }

  /** Cancels the pending message with this key. A message already being delivered still runs. */
  async cancel(dedupeKey: string): Promise<void> {
    await this.client.messages.cancel({ filter: { label: qstashKey(dedupeKey) } })
  }

  async verifyRequest(request: Request, rawBody: string): Promise<boolean> {
    const signature = request.headers.get('upstash-signature')
    if (signature) {
      // The subject is the URL we published to, rebuilt from APP_URL: behind Vercel's proxy
      // request.url may name another host.
      const { pathname, search } = new URL(request.url)
      const url = new URL(pathname + search, this.options.appUrl).toString()
      try {
        return await this.receiver.verify({ signature, body: rawBody, url })
      } catch {
        return false
      }
    }
    return bearerMatches(request, this.options.cronSecret)
  }
}

/**
 * Dedupe keys as QStash ids and labels: a hash, because keys may hold characters a header or a
 * comma-separated label list cannot, and the same key must always give the same id.
 */
export function qstashKey(dedupeKey: string): string {
  return `haat-${createHash('sha256').update(dedupeKey).digest('hex').slice(0, 40)}`
}

export function createQstashJobs(options: QstashJobsOptions): QstashJobs {
  return new QstashJobs(options)
}
