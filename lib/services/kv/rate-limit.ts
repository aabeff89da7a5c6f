import type { Kv, RateLimitResult, RateLimitRule } from './types'

export const RATE_LIMITS = {
  signIn: { limit: 10, windowSeconds: 600 },
  // Per client IP: Indian mobile carriers put many people behind one address (CGNAT).
  signUp: { limit: 30, windowSeconds: 3600 },
  passwordReset: { limit: 5, windowSeconds: 3600 },
  // Checkout reserves stock and opens gateway orders: per user, and it fails closed (no kv, no checkout).
  checkout: { limit: 20, windowSeconds: 600 },
  codOtp: { limit: 10, windowSeconds: 600 },
  // Live room, per user (chat) and per viewer key (reactions); both fail closed like checkout.
  chat: { limit: 5, windowSeconds: 10 },
  reaction: { limit: 10, windowSeconds: 1 },
} as const satisfies Record<string, RateLimitRule>

export type RateLimitOptions = {
  /** How long to wait for the store before deciding without it. */
  timeoutMs?: number
  /** Allow the hit when the store is slow or failing. Off by default: deny. */
  failOpen?: boolean
}

export type RateLimitOutcome = RateLimitResult & {
  /** Set when the store did not answer and `failOpen` decided the result. */
  degraded?: 'timeout' | 'error'
}

const DEFAULT_TIMEOUT_MS = 1000

/**
 * Counts one hit for `identifier` under the rule called `name`. A store that is down must not
 * become a way around the limit, so without an answer in `timeoutMs` the hit is denied unless
 * the caller opted into `failOpen` (for limits that only protect capacity, not accounts).
 */
export async function rateLimit(
  kv: Kv,
  name: string,
  identifier: string,
  rule: RateLimitRule,
  options: RateLimitOptions = {},
): Promise<RateLimitOutcome> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS
  const failOpen = options.failOpen ?? false
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs)
  })
  try {
    const result = await Promise.race([kv.limit(`${name}:${identifier}`, rule), timeout])
    if (result !== 'timeout') return result
    return degraded('timeout', rule, failOpen, name)
  } catch (error) {
    return degraded('error', rule, failOpen, name, error)
  } finally {
    clearTimeout(timer)
  }
}

function degraded(
  reason: 'timeout' | 'error',
  rule: RateLimitRule,
  failOpen: boolean,
  name: string,
  error?: unknown,
): RateLimitOutcome {
  // Failing closed locks every user out of the guarded action, so it must be visible in the logs.
  console.warn(`rate limit "${name}": kv ${reason}, ${failOpen ? 'allowing' : 'denying'} the request`, error ?? '')
  return {
    success: failOpen,
    remaining: 0,
    // An outage says nothing about this caller's window; suggest a short retry instead.
    resetAt: Date.now() + Math.min(rule.windowSeconds, 60) * 1000,
    degraded: reason,
  }
}
