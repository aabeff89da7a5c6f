import type { ServiceConfig } from '@/lib/services/config'

/**
 * Whether /dev/mail may be shown: always in development; in production only when
 * ALLOW_EMBEDDED_SERVICES made the outbox the active driver (a demo deployment, whose mail
 * would otherwise be unreadable).
 */
export function devOutboxVisible(config: Pick<ServiceConfig, 'production' | 'email'>): boolean {
  return !config.production || config.email.driver === 'outbox'
}
