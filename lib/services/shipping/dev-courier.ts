import { z } from 'zod'
import type { ServiceConfig } from '@/lib/services/config'

/**
 * Whether /dev/shipping may be shown: the rule /dev/mail follows for its outbox
 * (devOutboxVisible) — always in development; in production only when ALLOW_EMBEDDED_SERVICES
 * made the simulated courier the active driver, where it is the only way to move parcels.
 */
export function devCourierVisible(config: Pick<ServiceConfig, 'production' | 'shipping'>): boolean {
  return !config.production || config.shipping.driver === 'simulated'
}

/** What /dev/shipping can do to one parcel. */
export const devCourierActionSchema = z.object({
  awb: z.string().trim().regex(/^\d{14}$/, 'A simulated AWB is 14 digits.'),
  op: z.enum(['advance', 'deliver', 'rto', 'resend'], { error: 'Choose advance, deliver, rto or resend.' }),
})

export type DevCourierActionInput = z.input<typeof devCourierActionSchema>
