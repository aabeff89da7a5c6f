import 'server-only'

import { headers } from 'next/headers'
import { getDb } from '@/db'
import { getMembership } from '@/db/queries/stores'
import { getCurrentUser } from '@/lib/auth'
import { getKv } from '@/lib/services/kv'
import { rateLimit } from '@/lib/services/kv/rate-limit'
import { createActionClients } from './create-action-clients'

export { ActionError, type ActionResult } from './errors'

export const { publicAction, userAction, sellerAction, adminAction } = createActionClients({
  getUser: getCurrentUser,
  getMembership: (userId, storeId) => getMembership(getDb(), userId, storeId),
  checkRateLimit: async (rule, identifier) => {
    const result = await rateLimit(getKv(), rule.name, identifier, { limit: rule.limit, windowSeconds: rule.windowSeconds })
    return { allowed: result.success, retryAfterSeconds: Math.max(0, (result.resetAt - Date.now()) / 1000) }
  },
  getClientIp: async () => {
    const h = await headers()
    return h.get('x-forwarded-for')?.split(',')[0]?.trim() || h.get('x-real-ip') || 'unknown'
  },
  logError: (error) => console.error('[action]', error),
})
