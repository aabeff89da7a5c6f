import type { DbOrTx } from '@/db/client'
import { insertOutboxEmail } from '@/db/queries/email-outbox'
import type { EmailMessage, EmailService, SentEmail } from './types'

export type OutboxEmailOptions = {
  /** A database, or a getter so the connection is opened on first send rather than at import. */
  db: DbOrTx | (() => DbOrTx)
  from: string
  /** Called after each send with the stored id, e.g. to print a link to /dev/mail. */
  onSent?: (email: SentEmail & { to: string; subject: string }) => void
}

/** Stores mail in the email_outbox table instead of sending it; read it at /dev/mail. */
export class OutboxEmail implements EmailService {
  constructor(private readonly options: OutboxEmailOptions) {}

  async send(message: EmailMessage): Promise<SentEmail> {
    const { db, from, onSent } = this.options
    const { id } = await insertOutboxEmail(typeof db === 'function' ? db() : db, {
      from,
      to: message.to,
      subject: message.subject,
      text: message.text,
      html: message.html,
      tag: message.tag,
    })
    onSent?.({ id, to: message.to, subject: message.subject })
    return { id }
  }
}

export function createOutboxEmail(options: OutboxEmailOptions): OutboxEmail {
  return new OutboxEmail(options)
}
