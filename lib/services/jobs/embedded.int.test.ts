import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { claimDueJobs, getScheduledJob } from '@/db/queries/scheduled-jobs'
import { createJobRegistry, registerJob } from '@/lib/jobs/registry'
import { createTestDb, type TestDb } from '@/tests/support/test-db'
import { createEmbeddedJobs, type EmbeddedJobsOptions } from './embedded'
import { MAX_ATTEMPTS } from './types'
import { JobsError } from './validate'

const quiet = { warn: () => {}, error: () => {} }
const at = (base: Date, seconds: number) => new Date(base.getTime() + seconds * 1000)
const unique = (label: string) => `embedded.${label}-${randomBytes(4).toString('hex')}`

describe('embedded jobs driver', () => {
  let testDb: TestDb
  const driver = (options: Partial<EmbeddedJobsOptions> = {}) =>
    createEmbeddedJobs({ db: testDb.db, routeToken: 'token', log: quiet, ...options })

  beforeAll(async () => {
    testDb = await createTestDb()
  })
  afterAll(async () => {
    await testDb.close()
  })

  it('keeps the last error and the attempt count of a job that failed for good', async () => {
    const name = unique('fails')
    let n = 0
    registerJob({ name, run: async () => Promise.reject(new RangeError(`refund of ₹${++n} rejected`)) })
    const jobs = driver()
    const t0 = new Date()
    const { id } = await jobs.schedule({ name })

    const first = await jobs.runDueJobs(at(t0, 1))
    expect(first).toMatchObject({ ran: 1, retried: 1, failed: 0 })
    const waiting = await getScheduledJob(testDb.db, id)
    expect(waiting).toMatchObject({ status: 'queued', attempts: 1, lastError: 'RangeError: refund of ₹1 rejected', lockedUntil: null })
    // 10 s after the pass that failed, not before.
    expect(waiting?.runAt.getTime()).toBe(at(t0, 11).getTime())

    for (let day = 1; day < MAX_ATTEMPTS; day++) await jobs.runDueJobs(at(t0, day * 86_400))
    expect(await getScheduledJob(testDb.db, id)).toMatchObject({
      status: 'failed',
      attempts: MAX_ATTEMPTS,
      lastError: `RangeError: refund of ₹${MAX_ATTEMPTS} rejected`,
    })
  })

  it('claims a job again once the lock of a worker that died has expired', async () => {
    const name = unique('crashed')
    const attempts: number[] = []
    registerJob({ name, run: async (_p, ctx) => void attempts.push(ctx.attempt) })
    const jobs = driver({ lockSeconds: 300 })
    const t0 = new Date()
    const { id } = await jobs.schedule({ name, runAt: at(t0, 10) })

    // A worker claims it and dies without finishing.
    const claimed = await claimDueJobs(testDb.db, { now: at(t0, 20), lockedUntil: at(t0, 320), limit: 100 })
    expect(claimed.map((j) => j.id)).toContain(id)

    await jobs.runDueJobs(at(t0, 300))
    expect(attempts).toEqual([])
    expect((await getScheduledJob(testDb.db, id))?.status).toBe('running')

    await jobs.runDueJobs(at(t0, 321))
    expect(attempts).toEqual([2])
    expect(await getScheduledJob(testDb.db, id)).toMatchObject({ status: 'done', attempts: 2, lockedUntil: null })
  })

  it('does not start another attempt when the last one died mid-run', async () => {
    const name = unique('last-crash')
    const attempts: number[] = []
    registerJob({ name, run: async (_p, ctx) => void attempts.push(ctx.attempt) })
    const jobs = driver({ maxAttempts: 1 })
    const t0 = new Date()
    const { id } = await jobs.schedule({ name })
    await claimDueJobs(testDb.db, { now: at(t0, 1), lockedUntil: at(t0, 2), limit: 100 })

    const summary = await jobs.runDueJobs(at(t0, 3))
    expect(summary.failed).toBeGreaterThanOrEqual(1)
    expect(attempts).toEqual([])
    expect(await getScheduledJob(testDb.db, id)).toMatchObject({ status: 'failed', lastError: 'gave up: attempt 1 of 1 never finished' })
  })

  it('leaves a job whose handler is not registered waiting, without spending an attempt', async () => {
    const name = unique('unloaded')
    const jobs = driver()
    const t0 = new Date()
    const { id } = await jobs.schedule({ name, payload: { later: true } })
    await jobs.runDueJobs(at(t0, 1))
    expect(await getScheduledJob(testDb.db, id)).toMatchObject({
      status: 'queued',
      attempts: 0,
      lastError: `no handler registered for "${name}"`,
    })

    const calls: unknown[] = []
    registerJob({ name, run: async (payload) => void calls.push(payload) })
    await jobs.runDueJobs(at(t0, 30))
    expect(calls).toEqual([])
    await jobs.runDueJobs(at(t0, 62))
    expect(calls).toEqual([{ later: true }])
  })

  it('runs a recurring job once per period, however many passes and processes there are', async () => {
    const registry = createJobRegistry()
    const runs: string[] = []
    registry.register({
      name: unique('every-5-min'),
      recurring: { cron: '*/5 * * * *', everySeconds: 300 },
      run: async (payload, ctx) => void runs.push(`${ctx.now.toISOString()} ${JSON.stringify(payload)}`),
    })
    // Two drivers on one database stand for two processes.
    const a = driver({ registry })
    const b = driver({ registry })
    const periodStart = new Date(Math.floor(Date.now() / 300_000) * 300_000 + 300_000)

    await a.runDueJobs(at(periodStart, 1))
    await b.runDueJobs(at(periodStart, 2))
    await a.runDueJobs(at(periodStart, 299))
    expect(runs).toEqual([`${at(periodStart, 1).toISOString()} {}`])

    await Promise.all([a.runDueJobs(at(periodStart, 301)), b.runDueJobs(at(periodStart, 301))])
    expect(runs).toHaveLength(2)
    // A process that was down for three periods runs the job once, not three times.
    await b.runDueJobs(at(periodStart, 1500))
    expect(runs).toHaveLength(3)
  })

  it('never runs one job twice when passes overlap', async () => {
    const name = unique('overlap')
    let runs = 0
    registerJob({ name, run: async () => void runs++ })
    const jobs = driver({ batchSize: 3 })
    const t0 = new Date()
    for (let i = 0; i < 7; i++) await jobs.schedule({ name, payload: { i } })
    const summaries = await Promise.all([jobs.runDueJobs(at(t0, 1)), jobs.runDueJobs(at(t0, 1)), driver().runDueJobs(at(t0, 1))])
    expect(runs).toBe(7)
    expect(summaries.reduce((sum, s) => sum + s.succeeded, 0)).toBe(7)
  })

  it('lets a cancelled dedupe key be scheduled again, but not a running one be cancelled', async () => {
    const name = unique('recancel')
    registerJob({ name, run: async () => {} })
    const jobs = driver()
    const key = `k-${randomBytes(4).toString('hex')}`
    const t0 = new Date()
    const first = await jobs.schedule({ name, dedupeKey: key, runAt: at(t0, 60) })
    await jobs.cancel(key)
    const again = await jobs.schedule({ name, dedupeKey: key, runAt: at(t0, 60) })
    expect(again.deduplicated).toBe(false)
    expect(again.id).not.toBe(first.id)

    await claimDueJobs(testDb.db, { now: at(t0, 61), lockedUntil: at(t0, 400), limit: 100 })
    await jobs.cancel(key)
    expect((await getScheduledJob(testDb.db, again.id))?.status).toBe('running')
  })

  it('refuses bad schedule requests with the field named', async () => {
    const jobs = driver()
    await expect(jobs.schedule({ name: 'Orders Expire' })).rejects.toThrow(JobsError)
    await expect(jobs.schedule({ name: 'orders.expire', runAt: new Date(), delaySeconds: 5 })).rejects.toThrow(/runAt and delaySeconds/)
    await expect(jobs.schedule({ name: 'orders.expire', delaySeconds: -1 })).rejects.toThrow(/delaySeconds/)
    await expect(jobs.schedule({ name: 'orders.expire', payload: { n: 10n } })).rejects.toThrow(/payload/)
  })
})
