import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { isValidJobName } from '@/lib/jobs/registry'

type VercelJson = { crons?: { path: string; schedule: string }[] }

describe('vercel.json crons', () => {
  const config = JSON.parse(fs.readFileSync(path.join(process.cwd(), 'vercel.json'), 'utf8')) as VercelJson
  const crons = config.crons ?? []

  it('calls /api/jobs/<job name>, once per job', () => {
    expect(crons.length).toBeGreaterThan(0)
    for (const cron of crons) {
      const match = /^\/api\/jobs\/([^/?#]+)$/.exec(cron.path)
      expect(match, cron.path).not.toBeNull()
      expect(isValidJobName(match?.[1] ?? ''), cron.path).toBe(true)
    }
    expect(new Set(crons.map((c) => c.path)).size).toBe(crons.length)
  })

  it('uses five-field UTC cron expressions', () => {
    for (const cron of crons) expect(cron.schedule.split(' '), cron.path).toHaveLength(5)
    expect(Object.fromEntries(crons.map((c) => [c.path, c.schedule]))).toMatchObject({
      '/api/jobs/orders.expire-unpaid': '*/5 * * * *',
      '/api/jobs/payments.reconcile': '*/10 * * * *',
      '/api/jobs/shipping.poll-tracking': '0 * * * *',
    })
  })
})
