import 'server-only'

import { getDb } from '@/db'
import { getJob } from '@/lib/jobs/registry'
import { getServiceConfig } from '@/lib/services'
import type { ServiceConfig } from '@/lib/services/config'
import { createEmbeddedJobs, type EmbeddedJobs } from './embedded'
import { handleJobRequest } from './handle-request'
import { createQstashJobs, type QstashJobs } from './qstash'
import { createPoller, type Poller } from './scheduler'
import type { JobsService, RunSummary } from './types'
import { embeddedRouteToken } from './verify'

export type { JobsService, RunSummary, ScheduleJobInput, ScheduledJob } from './types'
export { MAX_ATTEMPTS } from './types'
export { JobsError } from './validate'

type JobsDriver = EmbeddedJobs | QstashJobs

// Cached on globalThis: instrumentation (which starts the scheduler) and each route are bundled
// apart, and dev reloads modules; all of them must share one driver and one scheduler.
const globalForJobs = globalThis as unknown as { haatJobs?: JobsDriver; haatJobsScheduler?: Poller }

export function getJobs(): JobsService {
  return driver()
}

function driver(): JobsDriver {
  globalForJobs.haatJobs ??= createJobs(getServiceConfig())
  return globalForJobs.haatJobs
}

export function createJobs(config: Pick<ServiceConfig, 'jobs' | 'appUrl' | 'auth'>): JobsDriver {
  const jobs = config.jobs
  switch (jobs.driver) {
    case 'qstash':
      return createQstashJobs({
        token: jobs.token,
        baseUrl: jobs.url,
        currentSigningKey: jobs.currentSigningKey,
        nextSigningKey: jobs.nextSigningKey,
        cronSecret: jobs.cronSecret,
        appUrl: config.appUrl,
      })
    case 'embedded':
      return createEmbeddedJobs({ db: getDb, routeToken: embeddedRouteToken(config.auth.secret) })
    default: {
      const unknown: never = jobs
      throw new Error(`Unknown jobs driver: ${JSON.stringify(unknown)}`)
    }
  }
}

/** One pass of the embedded scheduler: every job due at `now` runs before this resolves. */
export async function runDueJobs(now: Date = new Date()): Promise<RunSummary> {
  const jobs = driver()
  if (jobs.driver !== 'embedded')
    throw new Error('runDueJobs drives the embedded jobs driver; with JOBS_DRIVER=qstash, QStash and Vercel Cron run jobs')
  return jobs.runDueJobs(now)
}

/**
 * Starts polling for due jobs about once a second, once per process. Called from boot (never
 * during `next build`, never by the test runner); does nothing for the QStash driver. Returns
 * whether this call started it.
 */
export function startEmbeddedScheduler(options: { intervalMs?: number } = {}): boolean {
  const jobs = driver()
  if (jobs.driver !== 'embedded' || globalForJobs.haatJobsScheduler) return false
  const poller = createPoller(() => jobs.runDueJobs(), { intervalMs: options.intervalMs ?? 1000 })
  globalForJobs.haatJobsScheduler = poller
  poller.start()
  return true
}

export async function stopEmbeddedScheduler(): Promise<void> {
  const poller = globalForJobs.haatJobsScheduler
  globalForJobs.haatJobsScheduler = undefined
  await poller?.stop()
}

/** The whole of /api/jobs/[name]: verify, find the handler, run it. */
export function handleJobRoute(request: Request, name: string): Promise<Response> {
  return handleJobRequest(request, name, { jobs: driver(), getJob })
}

/**
 * The bearer token that /api/jobs/<name> accepts in embedded mode, for running a job by hand
 * (`curl -X POST -H "Authorization: Bearer <token>" …`); null with the QStash driver.
 */
export function embeddedJobsRouteToken(): string | null {
  const config = getServiceConfig()
  return config.jobs.driver === 'embedded' ? embeddedRouteToken(config.auth.secret) : null
}
