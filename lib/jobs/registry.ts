/**
 * The job handlers by name. Handler modules call `registerJob` when imported; the jobs service
 * (embedded scheduler, /api/jobs/[name]) looks them up here. No 'server-only' so the unit and
 * contract tests can register jobs directly.
 */

export type JobContext = {
  /** 1 on the first run, 2 on the first retry, … */
  attempt: number
  now: Date
}

export type JobHandler<P = unknown> = {
  /** Lower case, dot-separated words: `orders.expire-unpaid`. It is the URL path segment too. */
  name: string
  /** Throw to fail the attempt; the job is retried with backoff, then marked failed. */
  run: (payload: P, ctx: JobContext) => Promise<void>
  /**
   * Run on a schedule as well: `cron` for Vercel Cron (vercel.json), `everySeconds` for the
   * embedded scheduler. Keep the two saying the same thing.
   */
  recurring?: { cron: string; everySeconds: number }
}

export type JobRegistry = {
  register<P>(handler: JobHandler<P>): void
  get(name: string): JobHandler | undefined
  list(): JobHandler[]
}

const NAME = /^[a-z][a-z0-9-]*(\.[a-z0-9][a-z0-9-]*)*$/
const CRON_FIELD = /^[0-9*,/-]+$/

export function isValidJobName(name: string): boolean {
  return name.length <= 100 && NAME.test(name)
}

export function createJobRegistry(): JobRegistry {
  const handlers = new Map<string, JobHandler>()
  return {
    register(handler) {
      assertValidHandler(handler)
      // Replacing, not refusing: dev reloads re-import handler modules with fresh functions.
      handlers.set(handler.name, handler as JobHandler)
    },
    get: (name) => handlers.get(name),
    list: () => [...handlers.values()],
  }
}

function assertValidHandler(handler: JobHandler<never>): void {
  if (!isValidJobName(handler.name))
    throw new Error(`Job name "${handler.name}" must be lower case words joined by dots, like "orders.expire-unpaid"`)
  if (typeof handler.run !== 'function') throw new Error(`Job "${handler.name}" has no run function`)
  const recurring = handler.recurring
  if (recurring) {
    if (!Number.isInteger(recurring.everySeconds) || recurring.everySeconds < 1)
      throw new Error(`Job "${handler.name}": recurring.everySeconds must be a whole number of seconds, at least 1`)
    const fields = recurring.cron.trim().split(/\s+/)
    if (fields.length !== 5 || !fields.every((f) => CRON_FIELD.test(f)))
      throw new Error(`Job "${handler.name}": recurring.cron must have five numeric fields, like "*/5 * * * *"`)
  }
}

// On globalThis: Next bundles instrumentation (which starts the scheduler) and each route
// separately, and all of them must see the same handlers.
const globalForJobs = globalThis as unknown as { haatJobRegistry?: JobRegistry }
const registry = (globalForJobs.haatJobRegistry ??= createJobRegistry())

/** Registers a handler; registering the same name again replaces it. */
export function registerJob<P>(handler: JobHandler<P>): void {
  registry.register(handler)
}

export function getJob(name: string): JobHandler | undefined {
  return registry.get(name)
}

export function listJobs(): JobHandler[] {
  return registry.list()
}

/** The process-wide registry, for the jobs service. */
export function defaultJobRegistry(): JobRegistry {
  return registry
}
