import 'server-only'

import { notFound } from 'next/navigation'
import { requireAdmin } from '@/lib/auth'
import { getServiceConfig } from '@/lib/services'
import { devPayVisible, getSimulatedGateway } from '@/lib/services/payments'

/** The checkout itself: open to any buyer wherever the simulated gateway may be shown. */
export function requireDevPay() {
  const config = getServiceConfig()
  if (!devPayVisible(config)) notFound()
  return { config, gateway: getSimulatedGateway() }
}

/** The gateway's log shows every buyer's payments: admins only on a production demo deployment. */
export async function requireDevPayLog(returnTo: string) {
  const access = requireDevPay()
  if (access.config.production) await requireAdmin(returnTo)
  return access
}
