import 'server-only'

import { getKv } from '@/lib/services/kv'
import { RATE_LIMITS, rateLimit } from '@/lib/services/kv/rate-limit'

/** Sign-in attempts are limited per identifier and per client IP, so neither can be brute-forced. */
export async function allowSignInAttempt(identifier: string, ip: string): Promise<boolean> {
  const kv = getKv()
  const [byIdentifier, byIp] = await Promise.all([
    rateLimit(kv, 'sign-in:id', identifier, RATE_LIMITS.signIn),
    rateLimit(kv, 'sign-in:ip', ip, { limit: RATE_LIMITS.signIn.limit * 5, windowSeconds: RATE_LIMITS.signIn.windowSeconds }),
  ])
  return byIdentifier.success && byIp.success
}
