'use server'

import { revalidatePath } from 'next/cache'
import { z } from 'zod'
import { ActionError, publicAction, type ActionResult } from '@/lib/actions/safe-action'
import type { ActionUser } from '@/lib/actions/create-action-clients'
import { getServiceConfig } from '@/lib/services'
import { devCourierActionSchema, devCourierVisible, getSimulatedCourier, ShippingError, type DevCourierActionInput } from '@/lib/services/shipping'

const rateLimit = { name: 'dev-shipping', limit: 60, windowSeconds: 60 }

function courierFor(user: ActionUser | null) {
  const config = getServiceConfig()
  const courier = devCourierVisible(config) ? getSimulatedCourier() : null
  if (!courier) throw new ActionError('not_found', 'The simulated courier is not in use here, so there is nothing to move.')
  if (config.production && user?.role !== 'admin') throw new ActionError('forbidden', 'Only admins can move simulated parcels on this deployment.')
  return courier
}

const statusWords = (status: string) => status.replace(/_/g, ' ')

/** One of /dev/shipping's buttons, for one parcel; says what happened in a sentence. */
export const devCourierAction: (input: DevCourierActionInput) => Promise<ActionResult<{ message: string }>> = publicAction(
  devCourierActionSchema,
  async ({ awb, op }, { user }) => {
    const courier = courierFor(user)
    try {
      if (op === 'resend') {
        await courier.resendLastWebhook(awb)
        revalidatePath('/dev/shipping')
        return { message: `Sent AWB ${awb}'s last webhook again.` }
      }
      const to = op === 'deliver' ? 'delivered' : op === 'rto' ? 'rto_initiated' : undefined
      const shipment = await courier.advance(awb, to)
      revalidatePath('/dev/shipping')
      return { message: `AWB ${awb} is now ${statusWords(shipment.status)}; the webhook is on its way.` }
    } catch (error) {
      if (error instanceof ShippingError) throw new ActionError('conflict', error.message)
      throw error
    }
  },
  { rateLimit },
)

/** Runs the courier's clock now, as the jobs scheduler does every half minute. */
export const runCourierClockAction: (input: Record<string, never>) => Promise<ActionResult<{ message: string }>> = publicAction(
  z.object({}),
  async (_input, { user }) => {
    const { advanced, webhooksRetried } = await courierFor(user).tick(new Date())
    revalidatePath('/dev/shipping')
    const parcels = advanced === 0 ? 'No parcel was due to move' : `Moved ${advanced} parcel${advanced === 1 ? '' : 's'} one step`
    return { message: `${parcels}; retried ${webhooksRetried} webhook${webhooksRetried === 1 ? '' : 's'}.` }
  },
  { rateLimit },
)
