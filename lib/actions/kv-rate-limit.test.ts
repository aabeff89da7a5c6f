import { afterEach, describe, expect, it, vi } from 'vitest'
import { z } from 'zod'
import { createMemoryKv } from '@/lib/services/kv/memory'
import { RATE_LIMITS } from '@/lib/services/kv/rate-limit'
import type { RateLimitResult } from '@/lib/services/kv/types'
import { createActionClients } from './create-action-clients'
import { kvRateLimitCheck } from './kv-rate-limit'

const buyer = { id: 'u-1', name: 'Asha', email: 'asha@example.com', phone: null, role: 'user' as const }
const checkout = { name: 'checkout', ...RATE_LIMITS.checkout }

function checkoutAction(kv: ReturnType<typeof createMemoryKv>, handler: () => Promise<string>) {
  const { userAction } = createActionClients({
    getUser: async () => buyer,
    getMembership: async () => null,
    checkRateLimit: kvRateLimitCheck(() => kv, { timeoutMs: 50 }),
    getClientIp: async () => '203.0.113.7',
    logError: () => {},
  })
  return userAction(z.object({}), handler, { rateLimit: checkout })
}

describe('checkout rate limit on the kv service', () => {
  afterEach(() => vi.restoreAllMocks())

  it('refuses checkout when the kv does not answer in time, without running it', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    const kv = createMemoryKv()
    vi.spyOn(kv, 'limit').mockImplementation(() => new Promise<RateLimitResult>(() => {}))
    const handler = vi.fn(async () => 'placed')
    expect(await checkoutAction(kv, handler)({})).toMatchObject({ ok: false, code: 'rate_limited' })
    expect(handler).not.toHaveBeenCalled()
  })

  it('refuses checkout when the kv errors', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    const kv = createMemoryKv()
    vi.spyOn(kv, 'limit').mockRejectedValue(new Error('ECONNREFUSED'))
    const handler = vi.fn(async () => 'placed')
    expect(await checkoutAction(kv, handler)({})).toMatchObject({ ok: false, code: 'rate_limited' })
    expect(handler).not.toHaveBeenCalled()
  })

  it('lets checkouts through up to the limit, then refuses', async () => {
    const kv = createMemoryKv()
    const action = checkoutAction(kv, async () => 'placed')
    const results = []
    for (let i = 0; i <= checkout.limit; i++) results.push((await action({})).ok)
    expect(results.filter(Boolean)).toHaveLength(checkout.limit)
    expect(results.at(-1)).toBe(false)
  })
})
