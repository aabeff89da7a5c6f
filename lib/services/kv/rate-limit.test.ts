import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryKv } from './memory'
import { RATE_LIMITS, rateLimit } from './rate-limit'
import type { Kv, RateLimitResult } from './types'

const FIVE_PER_HOUR = { limit: 5, windowSeconds: 3600 }

const HOUR = 3_600_000
// A whole number of hours, so it is also the start of every rule's fixed window.
const START = Date.UTC(2025, 0, 1, 0, 0, 0)

describe('rateLimit on the memory driver', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    vi.setSystemTime(START)
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('counts remaining hits down to zero, then denies', async () => {
    const kv = createMemoryKv()
    const rule = FIVE_PER_HOUR
    const results: RateLimitResult[] = []
    for (let i = 0; i < 7; i++) results.push(await rateLimit(kv, 'signUp', '203.0.113.7', rule))
    expect(results.map((r) => r.remaining)).toEqual([4, 3, 2, 1, 0, 0, 0])
    expect(results.map((r) => r.success)).toEqual([true, true, true, true, true, false, false])
    expect(results.every((r) => r.resetAt === START + HOUR)).toBe(true)
  })

  it('keeps names and identifiers apart', async () => {
    const kv = createMemoryKv()
    for (let i = 0; i < 5; i++) await rateLimit(kv, 'signUp', 'a', FIVE_PER_HOUR)
    expect((await rateLimit(kv, 'signUp', 'a', FIVE_PER_HOUR)).success).toBe(false)
    expect((await rateLimit(kv, 'signUp', 'b', FIVE_PER_HOUR)).remaining).toBe(4)
    expect((await rateLimit(kv, 'passwordReset', 'a', RATE_LIMITS.passwordReset)).remaining).toBe(4)
  })

  it('slides: the previous window counts in proportion to its overlap', async () => {
    const kv = createMemoryKv()
    const rule = RATE_LIMITS.signIn // 10 per 10 minutes
    for (let i = 0; i < 10; i++) await rateLimit(kv, 'signIn', 'user@example.in', rule)
    expect((await rateLimit(kv, 'signIn', 'user@example.in', rule)).success).toBe(false)

    // 30% into the next window: 70% of the previous ten hits (7) still count.
    vi.setSystemTime(START + 600_000 + 180_000)
    const allowed: boolean[] = []
    for (let i = 0; i < 4; i++) allowed.push((await rateLimit(kv, 'signIn', 'user@example.in', rule)).success)
    expect(allowed).toEqual([true, true, true, false])

    // 75% in: a quarter of the previous ten (2, floored) count, plus this window's 3 and this hit.
    vi.setSystemTime(START + 600_000 + 450_000)
    expect(await rateLimit(kv, 'signIn', 'user@example.in', rule)).toEqual({
      success: true,
      remaining: 4,
      resetAt: START + 1_200_000,
    })
  })

  it('resets fully once a whole window has passed without hits', async () => {
    const kv = createMemoryKv()
    const rule = RATE_LIMITS.passwordReset
    for (let i = 0; i < 6; i++) await rateLimit(kv, 'passwordReset', 'x', rule)
    vi.setSystemTime(START + 2 * HOUR)
    expect(await rateLimit(kv, 'passwordReset', 'x', rule)).toEqual({
      success: true,
      remaining: 4,
      resetAt: START + 3 * HOUR,
    })
  })
})

describe('rateLimit when the kv is slow or failing', () => {
  const kvWhoseLimit = (limit: Kv['limit']): Kv => {
    const kv = createMemoryKv()
    vi.spyOn(kv, 'limit').mockImplementation(limit)
    return kv
  }
  const never = () => kvWhoseLimit(() => new Promise<RateLimitResult>(() => {}))

  beforeEach(() => {
    vi.useFakeTimers()
    vi.setSystemTime(START)
    vi.spyOn(console, 'warn').mockImplementation(() => {})
  })
  afterEach(() => {
    vi.useRealTimers()
    vi.restoreAllMocks()
  })

  it('denies when the kv does not answer in time (fail-closed by default)', async () => {
    const pending = rateLimit(never(), 'signIn', 'u', RATE_LIMITS.signIn, { timeoutMs: 200 })
    await vi.advanceTimersByTimeAsync(199)
    let settled = false
    void pending.then(() => (settled = true))
    await vi.advanceTimersByTimeAsync(0)
    expect(settled).toBe(false)
    await vi.advanceTimersByTimeAsync(1)
    expect(await pending).toEqual({ success: false, remaining: 0, resetAt: START + 200 + 60_000, degraded: 'timeout' })
    expect(console.warn).toHaveBeenCalledWith(expect.stringContaining('denying'), '')
  })

  it('allows on timeout only when asked to fail open', async () => {
    const pending = rateLimit(never(), 'feed', 'u', { limit: 100, windowSeconds: 10 }, { timeoutMs: 50, failOpen: true })
    await vi.advanceTimersByTimeAsync(50)
    expect(await pending).toMatchObject({ success: true, degraded: 'timeout', resetAt: START + 50 + 10_000 })
  })

  it('denies when the kv throws', async () => {
    const broken = kvWhoseLimit(() => Promise.reject(new Error('ECONNREFUSED')))
    expect(await rateLimit(broken, 'signUp', 'u', FIVE_PER_HOUR)).toMatchObject({ success: false, degraded: 'error' })
  })

  it('answers from the kv when it is fast enough, and leaves no timer behind', async () => {
    const slowButInTime = kvWhoseLimit(
      () => new Promise((resolve) => setTimeout(() => resolve({ success: true, remaining: 3, resetAt: 1 }), 100)),
    )
    const pending = rateLimit(slowButInTime, 'signIn', 'u', RATE_LIMITS.signIn, { timeoutMs: 150 })
    await vi.advanceTimersByTimeAsync(100)
    expect(await pending).toEqual({ success: true, remaining: 3, resetAt: 1 })
    expect(vi.getTimerCount()).toBe(0)
  })
})
