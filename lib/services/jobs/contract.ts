import { randomBytes } from 'node:crypto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { getJob, registerJob } from '@/lib/jobs/registry'
import { handleJobRequest } from './handle-request'
import type { JobsService } from './types'

export type JobState = 'pending' | 'done' | 'failed' | 'gone'

export type JobsContractSetup = {
  jobs: JobsService
  /** Runs every job due at `now`: one embedded scheduler pass, or the QStash fake delivering. */
  runDue: (now: Date) => Promise<void>
  /** Where job `id` stands; `gone` once cancelled. */
  state: (id: string) => Promise<JobState>
  /** A call to /api/jobs/<name> carrying `body` with the credentials the driver expects. */
  authenticRequest: (name: string, body: string) => Request
  /** The same call with credentials made from the wrong secret. */
  forgedRequest: (name: string, body: string) => Request
  maxAttempts: number
  teardown?: () => Promise<void>
}

type Call = { payload: unknown; attempt: number }

const quiet = { error: () => {} }
const at = (base: Date, seconds: number) => new Date(base.getTime() + seconds * 1000)

/** Registers a job under a fresh name that records its calls; `fail` makes every run throw. */
export function recordingJob(label: string, options: { fail?: string } = {}) {
  const name = `contract.${label}-${randomBytes(4).toString('hex')}`
  const calls: Call[] = []
  registerJob({
    name,
    run: async (payload, ctx) => {
      calls.push({ payload, attempt: ctx.attempt })
      if (options.fail) throw new Error(options.fail)
    },
  })
  return { name, calls }
}

/** The behaviour every jobs driver must have; `setup` runs before each test. */
export function runJobsContract(name: string, setup: () => Promise<JobsContractSetup>): void {
  describe(`jobs contract: ${name}`, () => {
    let ctx: JobsContractSetup
    beforeEach(async () => {
      ctx = await setup()
    })
    afterEach(async () => {
      await ctx.teardown?.()
    })

    it('runs a job once, at or after runAt, with its payload as JSON', async () => {
      const job = recordingJob('once')
      const t0 = new Date()
      const payload = { orderId: 'ord_7Kq2', amountPaise: 149_950, note: 'नमस्ते ₹', due: at(t0, 3600) }
      const scheduled = await ctx.jobs.schedule({ name: job.name, payload, runAt: at(t0, 60) })
      expect(scheduled).toEqual({ id: expect.any(String), deduplicated: false })

      await ctx.runDue(at(t0, 30))
      expect(job.calls).toEqual([])
      expect(await ctx.state(scheduled.id)).toBe('pending')

      await ctx.runDue(at(t0, 61))
      expect(job.calls).toEqual([{ payload: { ...payload, due: at(t0, 3600).toISOString() }, attempt: 1 }])
      expect(await ctx.state(scheduled.id)).toBe('done')

      await ctx.runDue(at(t0, 3600))
      expect(job.calls).toHaveLength(1)
    })

    it('counts delaySeconds from now, and runs a job with neither time on the next pass', async () => {
      const delayed = recordingJob('delayed')
      const soon = recordingJob('soon')
      const t0 = new Date()
      await ctx.jobs.schedule({ name: delayed.name, delaySeconds: 120, payload: { n: 1 } })
      await ctx.jobs.schedule({ name: soon.name })

      await ctx.runDue(at(t0, 100))
      expect(delayed.calls).toEqual([])
      expect(soon.calls).toEqual([{ payload: {}, attempt: 1 }])

      await ctx.runDue(at(t0, 125))
      expect(delayed.calls).toEqual([{ payload: { n: 1 }, attempt: 1 }])
    })

    it('schedules the same dedupeKey once and returns the first id', async () => {
      const job = recordingJob('dedupe')
      const key = `order:${randomBytes(4).toString('hex')}:expire`
      const t0 = new Date()
      const first = await ctx.jobs.schedule({ name: job.name, dedupeKey: key, payload: { v: 1 }, runAt: at(t0, 10) })
      const second = await ctx.jobs.schedule({ name: job.name, dedupeKey: key, payload: { v: 2 }, runAt: at(t0, 20) })
      const other = await ctx.jobs.schedule({ name: job.name, dedupeKey: `${key}:other`, payload: { v: 3 }, runAt: at(t0, 10) })
      expect(first.deduplicated).toBe(false)
      expect(second).toEqual({ id: first.id, deduplicated: true })
      expect(other.id).not.toBe(first.id)

      await ctx.runDue(at(t0, 600))
      expect(job.calls.map((c) => c.payload)).toEqual(expect.arrayContaining([{ v: 1 }, { v: 3 }]))
      expect(job.calls).toHaveLength(2)
    })

    it('cancels a job that has not run, by dedupeKey; an unknown key is not an error', async () => {
      const job = recordingJob('cancel')
      const key = `show:${randomBytes(4).toString('hex')}:reminder`
      const t0 = new Date()
      const cancelled = await ctx.jobs.schedule({ name: job.name, dedupeKey: key, payload: { keep: false }, runAt: at(t0, 60) })
      await ctx.jobs.schedule({ name: job.name, dedupeKey: `${key}:kept`, payload: { keep: true }, runAt: at(t0, 60) })

      await ctx.jobs.cancel(key)
      await ctx.jobs.cancel(`never-scheduled:${randomBytes(4).toString('hex')}`)
      await ctx.runDue(at(t0, 600))
      expect(job.calls).toEqual([{ payload: { keep: true }, attempt: 1 }])
      expect(await ctx.state(cancelled.id)).toBe('gone')
    })

    it('retries a failing handler with backoff, then marks it failed after the last attempt', async () => {
      const job = recordingJob('failing', { fail: 'courier API down' })
      const t0 = new Date()
      const { id } = await ctx.jobs.schedule({ name: job.name, payload: { shipmentId: 'shp_1' } })

      await ctx.runDue(at(t0, 1))
      expect(job.calls.map((c) => c.attempt)).toEqual([1])
      await ctx.runDue(at(t0, 5)) // the first retry waits about 10 s
      expect(job.calls).toHaveLength(1)
      expect(await ctx.state(id)).toBe('pending')

      for (let day = 1; day <= ctx.maxAttempts + 2; day++) await ctx.runDue(at(t0, day * 86_400))
      expect(job.calls.map((c) => c.attempt)).toEqual(Array.from({ length: ctx.maxAttempts }, (_, i) => i + 1))
      expect(job.calls.every((c) => JSON.stringify(c.payload) === '{"shipmentId":"shp_1"}')).toBe(true)
      expect(await ctx.state(id)).toBe('failed')
    })

    it('verifies an authentic job call and refuses forged or missing credentials', async () => {
      const body = JSON.stringify({ orderId: 'ord_1' })
      expect(await ctx.jobs.verifyRequest(ctx.authenticRequest('orders.expire-unpaid', body), body)).toBe(true)
      expect(await ctx.jobs.verifyRequest(ctx.forgedRequest('orders.expire-unpaid', body), body)).toBe(false)
      const bare = new Request('http://localhost:3000/api/jobs/orders.expire-unpaid', { method: 'POST', body })
      expect(await ctx.jobs.verifyRequest(bare, body)).toBe(false)
    })

    it('serves the job route: 401 unverified, 404 unknown, 400 bad JSON, 200 after running, 500 on failure', async () => {
      const ok = recordingJob('route-ok')
      const failing = recordingJob('route-fail', { fail: 'stock ledger locked' })
      const deps = { jobs: ctx.jobs, getJob, log: quiet }
      const body = JSON.stringify({ auctionId: 'auc_9' })

      const forged = await handleJobRequest(ctx.forgedRequest(ok.name, body), ok.name, deps)
      expect(forged.status).toBe(401)
      expect(ok.calls).toEqual([])

      const unknown = await handleJobRequest(ctx.authenticRequest('contract.nobody', body), 'contract.nobody', deps)
      expect(unknown.status).toBe(404)

      const garbled = await handleJobRequest(ctx.authenticRequest(ok.name, '{not json'), ok.name, deps)
      expect(garbled.status).toBe(400)

      const done = await handleJobRequest(ctx.authenticRequest(ok.name, body), ok.name, deps)
      expect(done.status).toBe(200)
      expect(await done.json()).toEqual({ ok: true })
      expect(ok.calls).toEqual([{ payload: { auctionId: 'auc_9' }, attempt: 1 }])

      const failed = await handleJobRequest(ctx.authenticRequest(failing.name, body), failing.name, deps)
      expect(failed.status).toBe(500)
      expect(await failed.json()).toEqual({ ok: false, error: 'stock ledger locked' })
    })
  })
}
