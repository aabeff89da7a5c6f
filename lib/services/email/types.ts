export type EmailMessage = {
  to: string
  subject: string
  text: string
  html?: string
  /** A short label for the kind of email ("password-reset"), for filtering and provider analytics. */
  tag?: string
}

export type SentEmail = {
  /** The driver's id: the outbox row id, or the SMTP Message-ID. */
  id: string
}

export interface EmailService {
  send(message: EmailMessage): Promise<SentEmail>
}
