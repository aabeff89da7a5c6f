import 'server-only'

import { headers } from 'next/headers'
import { getDb } from '@/db'
import { getMembership } from '@/db/queries/stores'
import { getCurrentUser } from '@/lib/auth'
import { getKv } from '@/lib/services/kv'
import { createActionClients } from './create-action-clients'
import { kvRateLimitCheck } from './kv-rate-limit'

export { ActionError, type ActionResult } from './errors'

export const { publicAction, userAction, sellerAction, adminAction } = createActionClients({
  getUser: getCurrentUser,
  getMembership: (userId, storeId) => getMembership(getDb(), userId, storeId),
  checkRateLimit: kvRateLimitCheck(getKv),
  getClientIp: async () => {
    const h = await headers()
    return h.get('x-forwarded-for')?.split(',')[0]?.trim() || h.get('x-real-ip') || 'unknown'
  },
  logError: (error) => console.error('[action]', error),
})
