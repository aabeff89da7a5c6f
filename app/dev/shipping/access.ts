import 'server-only'

import { notFound } from 'next/navigation'
import { requireAdmin } from '@/lib/auth'
import { getServiceConfig } from '@/lib/services'
import { devCourierVisible, getSimulatedCourier } from '@/lib/services/shipping'

/** Label and tracking pages: open wherever the simulated courier may be shown (the label key guards labels). */
export function requireDevCourier() {
  const config = getServiceConfig()
  if (!devCourierVisible(config)) notFound()
  return { config, courier: getSimulatedCourier() }
}

/** The control page lists every buyer's address: admins only on a production demo deployment, as /dev/mail. */
export async function requireDevCourierControl(returnTo: string) {
  const access = requireDevCourier()
  if (access.config.production) await requireAdmin(returnTo)
  return access
}
