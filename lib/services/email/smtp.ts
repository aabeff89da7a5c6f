import nodemailer, { type Transporter } from 'nodemailer'
import type SMTPTransport from 'nodemailer/lib/smtp-transport'
import type { EmailMessage, EmailService, SentEmail } from './types'

export type SmtpEmailOptions = {
  /** smtp://user:pass@host:587 (STARTTLS when offered) or smtps://…:465; query options as nodemailer reads them. */
  url: string
  from: string
}

/** Sends through any SMTP server: a provider's relay in production, a capture server in tests. */
export class SmtpEmail implements EmailService {
  private readonly transport: Transporter<SMTPTransport.SentMessageInfo>

  constructor(private readonly options: SmtpEmailOptions) {
    this.transport = nodemailer.createTransport(options.url)
  }

  async send(message: EmailMessage): Promise<SentEmail> {
    const info = await this.transport.sendMail({
      from: this.options.from,
      to: message.to,
      subject: message.subject,
      text: message.text,
      html: message.html,
      headers: message.tag ? { 'X-Haat-Tag': message.tag } : undefined,
    })
    return { id: info.messageId }
  }

  close(): void {
    this.transport.close()
  }
}

export function createSmtpEmail(options: SmtpEmailOptions): SmtpEmail {
  return new SmtpEmail(options)
}
