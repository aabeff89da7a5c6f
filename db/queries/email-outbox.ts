import { desc, eq } from 'drizzle-orm'
import type { DbOrTx } from '@/db/client'
import { emailOutbox } from '@/db/schema'

// The outbox is a development mailbox for the whole app: no owner column, so no owner scope.

export type OutboxEmailInput = {
  from: string
  to: string
  subject: string
  text: string
  html?: string | null
  tag?: string | null
}

export async function insertOutboxEmail(db: DbOrTx, email: OutboxEmailInput): Promise<{ id: string }> {
  const [row] = await db
    .insert(emailOutbox)
    .values({ ...email, html: email.html ?? null, tag: email.tag ?? null })
    .returning({ id: emailOutbox.id })
  if (!row) throw new Error('email outbox: insert returned no row')
  return row
}

/** Newest first, without bodies. */
export function listOutboxEmails(db: DbOrTx, options: { limit: number }) {
  return db
    .select({
      id: emailOutbox.id,
      to: emailOutbox.to,
      subject: emailOutbox.subject,
      tag: emailOutbox.tag,
      createdAt: emailOutbox.createdAt,
    })
    .from(emailOutbox)
    .orderBy(desc(emailOutbox.createdAt), desc(emailOutbox.id))
    .limit(options.limit)
}

export async function getOutboxEmail(db: DbOrTx, id: string) {
  const [row] = await db.select().from(emailOutbox).where(eq(emailOutbox.id, id)).limit(1)
  return row ?? null
}
