import 'server-only'

import { notFound } from 'next/navigation'
import { requireAdmin } from '@/lib/auth'
import { getServiceConfig } from '@/lib/services'
import { devOutboxVisible } from '@/lib/services/email'

/**
 * The outbox shows password-reset links, so on a production demo deployment only admins may read
 * it; in development it is open, and where real email goes out it does not exist.
 */
export async function requireDevOutboxAccess(returnTo: string) {
  const config = getServiceConfig()
  if (!devOutboxVisible(config)) notFound()
  if (config.production) await requireAdmin(returnTo)
  return config
}
