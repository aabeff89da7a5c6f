import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { ArrowLeftIcon } from 'lucide-react'
import { getDb } from '@/db'
import { getOutboxEmail } from '@/db/queries/email-outbox'
import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { requireDevOutboxAccess } from '@/lib/dal/dev-tools'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Dev outbox', robots: { index: false } }

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const URL_IN_TEXT = /(https?:\/\/[^\s<>"]+)/g

const timeFormat = new Intl.DateTimeFormat('en-IN', {
  dateStyle: 'medium',
  timeStyle: 'medium',
  timeZone: 'Asia/Kolkata',
})

export default async function DevMailMessagePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  await requireDevOutboxAccess(`/dev/mail/${id}`)
  // Postgres rejects a malformed uuid with an error; a bad link is simply not found.
  const email = UUID.test(id) ? await getOutboxEmail(getDb(), id) : null
  if (!email) notFound()

  return (
    <main className="mx-auto w-full max-w-4xl px-4 py-10">
      <Button asChild variant="ghost" size="sm" className="mb-4 -ml-3">
        <Link href="/dev/mail">
          <ArrowLeftIcon aria-hidden="true" />
          Outbox
        </Link>
      </Button>

      <header className="mb-6 space-y-3">
        <h1 className="text-2xl font-semibold tracking-tight text-balance">{email.subject}</h1>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="text-muted-foreground">From</dt>
          <dd>{email.from}</dd>
          <dt className="text-muted-foreground">To</dt>
          <dd>{email.to}</dd>
          <dt className="text-muted-foreground">Sent</dt>
          <dd>
            <time dateTime={email.createdAt.toISOString()}>{timeFormat.format(email.createdAt)}</time>
          </dd>
          {email.tag ? (
            <>
              <dt className="text-muted-foreground">Tag</dt>
              <dd>
                <Badge variant="secondary">{email.tag}</Badge>
              </dd>
            </>
          ) : null}
        </dl>
      </header>

      <section aria-labelledby="text-heading" className="mb-8">
        <h2 id="text-heading" className="mb-2 text-sm font-semibold text-muted-foreground">
          Text
        </h2>
        <pre className="overflow-x-auto rounded-xl border bg-card p-4 font-sans text-sm leading-relaxed whitespace-pre-wrap break-words">
          <LinkedText text={email.text} />
        </pre>
      </section>

      {email.html ? (
        <section aria-labelledby="html-heading">
          <h2 id="html-heading" className="mb-2 text-sm font-semibold text-muted-foreground">
            HTML
          </h2>
          {/* No scripts or same-origin access; links may only open in a new tab. */}
          <iframe
            title={`HTML version of “${email.subject}”`}
            sandbox="allow-popups allow-popups-to-escape-sandbox"
            srcDoc={withLinksInNewTab(email.html)}
            className="h-[640px] w-full rounded-xl border bg-white"
          />
        </section>
      ) : null}
    </main>
  )
}

/** Inside <head> when there is one: anything before the doctype would switch to quirks mode. */
function withLinksInNewTab(html: string): string {
  const base = '<base target="_blank">'
  return /<head[^>]*>/i.test(html) ? html.replace(/<head[^>]*>/i, (head) => head + base) : base + html
}

function LinkedText({ text }: { text: string }) {
  return text.split(URL_IN_TEXT).map((part, i) => {
    if (i % 2 === 0) return part
    // A sentence's closing punctuation is not part of the link.
    const [, url = part, trailing = ''] = /^(.*?)([.,;:!?)\]]*)$/.exec(part) ?? []
    return (
      <span key={i}>
        <a href={url} className="break-all text-primary-ink underline underline-offset-2" target="_blank" rel="noreferrer">
          {url}
        </a>
        {trailing}
      </span>
    )
  })
}
