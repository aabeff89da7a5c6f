import { afterAll, beforeAll, describe } from 'vitest'
import { getScheduledJob } from '@/db/queries/scheduled-jobs'
import { getJob } from '@/lib/jobs/registry'
import { signQstashJwt, startFetchEndpoint, startQstashFake, type QstashFake } from '@/tests/support/qstash-fake'
import { createTestDb, type TestDb } from '@/tests/support/test-db'
import { runJobsContract, type JobState } from './contract'
import { createEmbeddedJobs } from './embedded'
import { handleJobRequest } from './handle-request'
import { createQstashJobs, type QstashJobs } from './qstash'
import { MAX_ATTEMPTS } from './types'

const quiet = { warn: () => {}, error: () => {} }

describe('embedded driver', () => {
  let testDb: TestDb
  const routeToken = 'embedded-route-token-for-tests'
  beforeAll(async () => {
    testDb = await createTestDb()
  })
  afterAll(async () => {
    await testDb.close()
  })

  const request = (name: string, body: string, token: string) =>
    new Request(`http://localhost:3000/api/jobs/${name}`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body })

  runJobsContract('embedded (scheduled_jobs)', async () => {
    const jobs = createEmbeddedJobs({ db: testDb.db, routeToken, log: quiet })
    return {
      jobs,
      runDue: async (now) => {
        await jobs.runDueJobs(now)
      },
      state: async (id) => {
        const row = await getScheduledJob(testDb.db, id)
        if (!row) return 'gone'
        return ({ queued: 'pending', running: 'pending', done: 'done', failed: 'failed' } as const)[row.status]
      },
      authenticRequest: (name, body) => request(name, body, routeToken),
      forgedRequest: (name, body) => request(name, body, 'embedded-route-token-for-tesTs'),
      maxAttempts: MAX_ATTEMPTS,
    }
  })
})

describe('qstash driver', () => {
  let fake: QstashFake
  let app: { url: string; close: () => Promise<void> }
  let jobs: QstashJobs
  const cronSecret = 'cron-secret-for-tests-0123456789'

  beforeAll(async () => {
    fake = await startQstashFake()
    // Stands in for the deployed app: QStash delivers here, and the route logic answers.
    app = await startFetchEndpoint((request) => handleJobRequest(request, new URL(request.url).pathname.split('/').pop() ?? '', { jobs, getJob, log: quiet }))
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

  const signed = (name: string, body: string, key: string) =>
    new Request(jobs.jobUrl(name), {
      method: 'POST',
      headers: { 'upstash-signature': signQstashJwt({ key, url: jobs.jobUrl(name), body }), 'content-type': 'application/json' },
      body,
    })

  runJobsContract('qstash (local fake)', async () => ({
    jobs,
    runDue: async (now) => {
      await fake.deliverDue(now)
    },
    state: async (id) => {
      const message = fake.messages.find((m) => m.messageId === id)
      const states: Record<string, JobState> = { pending: 'pending', delivered: 'done', dlq: 'failed', cancelled: 'gone' }
      return message ? (states[message.state] ?? 'gone') : 'gone'
    },
    authenticRequest: (name, body) => signed(name, body, fake.currentSigningKey),
    forgedRequest: (name, body) => signed(name, body, 'sig_notTheSigningKeyAtAll000'),
    maxAttempts: MAX_ATTEMPTS,
  }))
})
