import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { getJob, registerJob } from '@/lib/jobs/registry'
import { signQstashJwt, startFetchEndpoint, startQstashFake, type QstashFake } from '@/tests/support/qstash-fake'
import { handleJobRequest } from './handle-request'
import { createQstashJobs, qstashKey, type QstashJobs } from './qstash'
import { MAX_ATTEMPTS, retryDelaySeconds } from './types'

const quiet = { error: () => {} }
const at = (base: Date, seconds: number) => new Date(base.getTime() + seconds * 1000)
const unique = (label: string) => `qstash.${label}-${randomBytes(4).toString('hex')}`

describe('qstash jobs driver', () => {
  let fake: QstashFake
  let app: { url: string; close: () => Promise<void> }
  let jobs: QstashJobs
  const cronSecret = 'cron-secret-for-tests-abcdefghij'

  beforeAll(async () => {
    fake = await startQstashFake()
    app = await startFetchEndpoint((request) =>
      handleJobRequest(request, new URL(request.url).pathname.split('/').pop() ?? '', { jobs, getJob, log: quiet }),
    )
    jobs = createQstashJobs({
      token: fake.token,
      baseUrl: fake.url,
      currentSigningKey: fake.currentSigningKey,
      nextSigningKey: fake.nextSigningKey,
      cronSecret,
      appUrl: app.url,
    })
  })
  afterAll(async () => {
    await app?.close()
    await fake?.close()
  })

  const message = (id: string) => {
    const found = fake.messages.find((m) => m.messageId === id)
    if (!found) throw new Error(`no message ${id}`)
    return found
  }

  it('publishes the JSON body to the job URL with the time, dedupe id, label and retry policy', async () => {
    const runAt = new Date(Date.now() + 90_500)
    const { id } = await jobs.schedule({ name: 'orders.expire-unpaid', payload: { orderId: 'ord_1' }, runAt, dedupeKey: 'order:ord_1:expire' })
    expect(message(id)).toMatchObject({
      url: `${app.url}/api/jobs/orders.expire-unpaid`,
      method: 'POST',
      body: '{"orderId":"ord_1"}',
      headers: { 'content-type': 'application/json' },
      dueAt: Math.ceil(runAt.getTime() / 1000) * 1000,
      deduplicationId: qstashKey('order:ord_1:expire'),
      label: qstashKey('order:ord_1:expire'),
      retries: MAX_ATTEMPTS - 1,
    })
    expect(qstashKey('order:ord_1:expire')).toMatch(/^haat-[0-9a-f]{40}$/)

    const before = Date.now()
    const delayed = await jobs.schedule({ name: 'payments.reconcile', delaySeconds: 45 })
    expect(message(delayed.id).dueAt).toBeGreaterThanOrEqual(before + 45_000)
    expect(message(delayed.id).dueAt).toBeLessThan(Date.now() + 45_000 + 1)
    expect(message(delayed.id).deduplicationId).toBeNull()
  })

  it('retries a failed delivery with the same backoff as the embedded driver', async () => {
    const name = unique('backoff')
    registerJob({ name, run: async () => Promise.reject(new Error('down')) })
    const t0 = new Date()
    const { id } = await jobs.schedule({ name })
    let now = at(t0, 1)
    for (let attempt = 1; attempt < MAX_ATTEMPTS; attempt++) {
      await fake.deliverDue(now)
      expect(message(id).dueAt).toBe(now.getTime() + retryDelaySeconds(attempt) * 1000)
      now = new Date(message(id).dueAt)
    }
    await fake.deliverDue(now)
    expect(message(id).deliveries.map((d) => [d.retried, d.status])).toEqual(Array.from({ length: MAX_ATTEMPTS }, (_, i) => [i, 500]))
    expect(message(id).state).toBe('dlq')
  })

  it('accepts signatures made with the next key, after a rotation', async () => {
    const name = unique('rotated')
    const calls: unknown[] = []
    registerJob({ name, run: async (payload) => void calls.push(payload) })
    fake.rotateKeys()
    await jobs.schedule({ name, payload: { rotated: true } })
    await fake.deliverDue(at(new Date(), 1))
    expect(calls).toEqual([{ rotated: true }])
  })

  it('refuses a signature over another body, for another URL, or past its expiry', async () => {
    const url = jobs.jobUrl('auctions.close')
    const body = '{"auctionId":"auc_1"}'
    const call = (signature: string, sentBody = body, sentUrl = url) =>
      jobs.verifyRequest(new Request(sentUrl, { method: 'POST', headers: { 'upstash-signature': signature }, body: sentBody }), sentBody)
    const key = fake.currentSigningKey

    expect(await call(signQstashJwt({ key, url, body }))).toBe(true)
    expect(await call(signQstashJwt({ key, url, body }), '{"auctionId":"auc_2"}')).toBe(false)
    expect(await call(signQstashJwt({ key, url: jobs.jobUrl('auctions.open'), body }))).toBe(false)
    expect(await call(signQstashJwt({ key, url, body, issuedAt: new Date(Date.now() - 600_000) }))).toBe(false)
    expect(await call('not-a-jwt')).toBe(false)
    // Behind a proxy the request may name another host; the subject is checked against APP_URL.
    expect(await call(signQstashJwt({ key, url, body }), body, 'http://10.0.0.7:3000/api/jobs/auctions.close')).toBe(true)
  })

  it('runs a recurring job for Vercel Cron: GET with the CRON_SECRET bearer', async () => {
    const name = unique('cron')
    const calls: { payload: unknown; attempt: number }[] = []
    registerJob({ name, recurring: { cron: '*/10 * * * *', everySeconds: 600 }, run: async (payload, ctx) => void calls.push({ payload, attempt: ctx.attempt }) })
    const get = (authorization?: string) =>
      fetch(jobs.jobUrl(name), { headers: authorization ? { authorization, 'user-agent': 'vercel-cron/1.0' } : {} })

    expect((await get(`Bearer ${cronSecret}x`)).status).toBe(401)
    expect((await get()).status).toBe(401)
    expect(calls).toEqual([])
    const ok = await get(`Bearer ${cronSecret}`)
    expect(ok.status).toBe(200)
    expect(calls).toEqual([{ payload: {}, attempt: 1 }])
  })
})
