import type { Metadata } from 'next'
import Link from 'next/link'
import { MailIcon } from 'lucide-react'
import { getDb } from '@/db'
import { listOutboxEmails } from '@/db/queries/email-outbox'
import { EmptyState } from '@/components/layout/empty-state'
import { Badge } from '@/components/ui/badge'
import { requireDevOutboxAccess } from '@/lib/dal/dev-tools'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Dev outbox', robots: { index: false } }

const SHOWN = 200

const timeFormat = new Intl.DateTimeFormat('en-IN', {
  dateStyle: 'medium',
  timeStyle: 'medium',
  timeZone: 'Asia/Kolkata',
})

export default async function DevMailPage() {
  const config = await requireDevOutboxAccess('/dev/mail')
  const emails = await listOutboxEmails(getDb(), { limit: SHOWN })

  return (
    <main className="mx-auto w-full max-w-4xl px-4 py-10">
      <header className="mb-6 flex flex-wrap items-end justify-between gap-3">
        <div>
          <p className="text-xs font-semibold tracking-wide text-muted-foreground uppercase">Development</p>
          <h1 className="text-2xl font-semibold tracking-tight">Outbox</h1>
          <p className="mt-1 text-sm text-muted-foreground">
            Email the app sent with the outbox driver, newest first
            {emails.length === SHOWN ? ` (latest ${SHOWN})` : ''}.
          </p>
        </div>
        {config.email.driver !== 'outbox' ? (
          <Badge variant="outline">Email is going out over SMTP; new mail will not appear here</Badge>
        ) : null}
      </header>

      {emails.length === 0 ? (
        <EmptyState
          icon={MailIcon}
          title="No email yet"
          description="Sign up, or ask for a password reset, and the message will show up here."
        />
      ) : (
        <ul className="divide-y overflow-hidden rounded-xl border bg-card">
          {emails.map((email) => (
            <li key={email.id}>
              <Link
                href={`/dev/mail/${email.id}`}
                className="grid gap-1 px-4 py-3 transition-colors hover:bg-accent focus-visible:bg-accent focus-visible:outline-none sm:grid-cols-[minmax(0,14rem)_minmax(0,1fr)_auto] sm:items-center sm:gap-4"
              >
                <span className="truncate text-sm text-muted-foreground">{email.to}</span>
                <span className="flex min-w-0 items-center gap-2">
                  <span className="truncate font-medium">{email.subject}</span>
                  {email.tag ? <Badge variant="secondary">{email.tag}</Badge> : null}
                </span>
                <time dateTime={email.createdAt.toISOString()} className="text-xs whitespace-nowrap text-muted-foreground tabular-nums">
                  {timeFormat.format(email.createdAt)}
                </time>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </main>
  )
}
