import 'server-only'

import { getDb } from '@/db'
import { getServiceConfig } from '@/lib/services'
import type { ServiceConfig } from '@/lib/services/config'
import { createOutboxEmail } from './outbox'
import { createSmtpEmail } from './smtp'
import type { EmailService } from './types'

export type { EmailMessage, EmailService, SentEmail } from './types'
export { resetPasswordEmail, storeSubmittedEmail, welcomeEmail, type EmailContent } from './templates'
export { devOutboxVisible } from './dev-outbox'
export * from './order-templates'

// Cached on globalThis: dev reloads modules, and each SMTP transport holds its own connections.
const globalForEmail = globalThis as unknown as { haatEmail?: EmailService }

export function getEmail(): EmailService {
  globalForEmail.haatEmail ??= createEmail(getServiceConfig())
  return globalForEmail.haatEmail
}

function createEmail(config: Pick<ServiceConfig, 'email' | 'appUrl'>): EmailService {
  const email = config.email
  switch (email.driver) {
    case 'smtp':
      return createSmtpEmail({ url: email.url, from: email.from })
    case 'outbox':
      return createOutboxEmail({
        db: getDb,
        from: email.from,
        // Developers follow sign-up and reset links from the terminal without opening the outbox.
        onSent: ({ id, to, subject }) => console.info(`[email] ${to}: ${subject} → ${config.appUrl}/dev/mail/${id}`),
      })
    default: {
      const unknown: never = email
      throw new Error(`Unknown email driver: ${JSON.stringify(unknown)}`)
    }
  }
}
