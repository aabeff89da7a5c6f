import type { Kv } from '@/lib/services/kv/types'
import { rateLimit } from '@/lib/services/kv/rate-limit'
import type { ActionDeps } from './create-action-clients'

/**
 * The action clients' rate-limit check on the kv service. Fail-closed: when the kv does not
 * answer within `timeoutMs` (or errors), the request is refused — a kv outage must not open
 * checkout, sign-in or bidding to unlimited attempts.
 */
export function kvRateLimitCheck(kv: () => Kv, options: { timeoutMs?: number } = {}): ActionDeps['checkRateLimit'] {
  return async (rule, identifier) => {
    const result = await rateLimit(kv(), rule.name, identifier, { limit: rule.limit, windowSeconds: rule.windowSeconds }, { timeoutMs: options.timeoutMs })
    return { allowed: result.success, retryAfterSeconds: Math.max(0, (result.resetAt - Date.now()) / 1000) }
  }
}
