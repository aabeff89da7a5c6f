import type { ServiceConfig } from '@/lib/services/config'

/**
 * Whether /dev/pay (the simulated gateway's checkout) may be shown: always in development; in
 * production only when ALLOW_EMBEDDED_SERVICES made the simulated gateway the active driver (a
 * demo deployment, whose buyers could not pay otherwise). The same rule as /dev/mail.
 */
export function devPayVisible(config: Pick<ServiceConfig, 'production' | 'payments'>): boolean {
  return !config.production || config.payments.driver === 'simulated'
}
