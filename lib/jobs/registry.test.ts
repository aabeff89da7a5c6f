import { describe, expect, it } from 'vitest'
import { createJobRegistry, getJob, isValidJobName, listJobs, registerJob, type JobHandler } from './registry'

describe('job registry', () => {
  it('finds handlers by name, and a second registration replaces the first', async () => {
    const registry = createJobRegistry()
    const seen: string[] = []
    registry.register({ name: 'orders.expire-unpaid', run: async () => void seen.push('first') })
    registry.register({ name: 'orders.expire-unpaid', run: async () => void seen.push('second') })
    expect(registry.list()).toHaveLength(1)
    await registry.get('orders.expire-unpaid')?.run({}, { attempt: 1, now: new Date() })
    expect(seen).toEqual(['second'])
    expect(registry.get('orders.other')).toBeUndefined()
  })

  it('accepts typed payloads and shares one registry for the process', () => {
    const handler: JobHandler<{ orderId: string }> = { name: 'registry-test.typed', run: async (p) => void p.orderId.toUpperCase() }
    registerJob(handler)
    expect(getJob('registry-test.typed')).toBe(handler)
    expect(listJobs()).toContain(handler)
    expect((globalThis as { haatJobRegistry?: { get: (n: string) => unknown } }).haatJobRegistry?.get('registry-test.typed')).toBe(handler)
  })

  it.each(['orders.expire-unpaid', 'payments.reconcile', 'a', 'shows.remind-24h'])('accepts the name %s', (name) => {
    expect(isValidJobName(name)).toBe(true)
  })

  it.each(['', 'Orders.expire', 'orders..expire', 'orders/expire', '.orders', 'orders.', 'orders expire', 'x'.repeat(101)])(
    'refuses the name "%s"',
    (name) => {
      expect(isValidJobName(name)).toBe(false)
      expect(() => createJobRegistry().register({ name, run: async () => {} })).toThrow(/lower case words joined by dots/)
    },
  )

  it('refuses a recurring schedule that Vercel Cron or the scheduler could not follow', () => {
    const register = (recurring: { cron: string; everySeconds: number }) =>
      createJobRegistry().register({ name: 'jobs.recurring', recurring, run: async () => {} })
    expect(() => register({ cron: '*/5 * * * *', everySeconds: 300 })).not.toThrow()
    expect(() => register({ cron: '*/5 * * * *', everySeconds: 0 })).toThrow(/everySeconds/)
    expect(() => register({ cron: '*/5 * * * *', everySeconds: 2.5 })).toThrow(/everySeconds/)
    expect(() => register({ cron: '@hourly', everySeconds: 3600 })).toThrow(/five numeric fields/)
    expect(() => register({ cron: '0 * * *', everySeconds: 3600 })).toThrow(/five numeric fields/)
  })
})
