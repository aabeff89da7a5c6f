import { FlagIcon, ShieldCheckIcon } from 'lucide-react'
import type { Metadata } from 'next'
import Link from 'next/link'
import { Pagination } from '@/components/catalog/pagination'
import { EmptyState } from '@/components/layout/empty-state'
import { PageHeader } from '@/components/layout/page-header'
import { ModerationControls } from '@/components/review/moderation-controls'
import { ReviewPhotos } from '@/components/review/review-photos'
import { reviewDate } from '@/components/review/review-card'
import { StarRating } from '@/components/review/star-rating'
import { getReportQueue } from '@/lib/dal/review-pages'
import { cn } from '@/lib/utils'
import { parseAdminReportParams, type AdminReportView } from '@/lib/validations/review'

export const metadata: Metadata = { title: 'Reported reviews · Admin console', robots: { index: false } }

const href = (view: AdminReportView, page = 1) => {
  const query = new URLSearchParams()
  if (view !== 'open') query.set('view', view)
  if (page > 1) query.set('page', String(page))
  const qs = query.toString()
  return `/admin/reports${qs ? `?${qs}` : ''}`
}

export default async function AdminReportsPage({ searchParams }: PageProps<'/admin/reports'>) {
  const { view, page } = parseAdminReportParams(await searchParams)
  const { rows, openCount, pageCount } = await getReportQueue(view, page)
  const tabs: { value: AdminReportView; label: string }[] = [
    { value: 'open', label: `Reported (${openCount.toLocaleString('en-IN')})` },
    { value: 'hidden', label: 'Hidden reviews' },
  ]

  return (
    <div className="mx-auto w-full max-w-5xl px-4 py-8 sm:px-6">
      <PageHeader
        eyebrow={<Link href="/admin" className="hover:underline">← Admin console</Link>}
        title="Reported reviews"
        description="Reviews buyers reported, most reported first. Hide a review that breaks the guidelines — it leaves the product page and the ratings at once — or dismiss the reports to keep it. Every decision is audit-logged."
      />
      <nav aria-label="Moderation views" className="mb-6 flex flex-wrap gap-2">
        {tabs.map((tab) => (
          <Link
            key={tab.value}
            href={href(tab.value)}
            aria-current={view === tab.value ? 'page' : undefined}
            className={cn(
              'inline-flex h-9 items-center rounded-full border px-4 text-sm font-medium outline-none focus-visible:ring-2 focus-visible:ring-ring',
              view === tab.value ? 'border-foreground bg-foreground text-background' : 'border-input bg-card hover:bg-accent',
            )}
          >
            {tab.label}
          </Link>
        ))}
      </nav>
      {rows.length === 0 ? (
        <EmptyState
          icon={view === 'open' ? ShieldCheckIcon : FlagIcon}
          title={view === 'open' ? 'No reported reviews' : 'No hidden reviews'}
          description={view === 'open' ? 'When buyers report a review it appears here.' : 'Reviews you hide appear here, where you can restore them.'}
        />
      ) : (
        <ol className="grid gap-4">
          {rows.map((r) => {
            const label = `the ${r.rating}-star review by ${r.author} of ${r.productTitle}`
            return (
              <li key={r.id} className="grid gap-3 rounded-xl border bg-card p-4 sm:grid-cols-[minmax(0,1fr)_16rem]">
                <article aria-label={`Review by ${r.author}`} className="grid min-w-0 content-start gap-2">
                  <p className="text-sm">
                    <Link href={`/p/${r.productSlug}`} className="font-medium text-primary-ink underline-offset-4 hover:underline">
                      {r.productTitle}
                    </Link>
                    <span className="text-muted-foreground"> · {r.storeName}</span>
                  </p>
                  <div className="flex flex-wrap items-center gap-2">
                    <StarRating value={r.rating} size="sm" />
                    {r.title ? <h2 className="font-semibold break-words">{r.title}</h2> : null}
                  </div>
                  <p className="text-sm text-muted-foreground">
                    {r.author}
                    {r.authorEmail ? ` (${r.authorEmail})` : ''} · <time dateTime={r.createdAt}>{reviewDate.format(new Date(r.createdAt))}</time>
                  </p>
                  {r.body ? <p className="text-sm break-words whitespace-pre-line">{r.body}</p> : null}
                  <ReviewPhotos photos={r.photos} author={r.author} />
                </article>
                <div className="grid content-start gap-3">
                  {r.reportCount > 0 ? (
                    <div className="grid gap-1 text-sm">
                      <p className="font-medium">
                        {r.reportCount === 1 ? '1 report' : `${r.reportCount} reports`}
                        {r.firstReportedAt ? (
                          <span className="font-normal text-muted-foreground">, first on {reviewDate.format(new Date(r.firstReportedAt))}</span>
                        ) : null}
                      </p>
                      <ul className="list-disc pl-5 text-muted-foreground">
                        {r.reasons.slice(0, 5).map((reason, i) => (
                          <li key={i} className="break-words">
                            {reason}
                          </li>
                        ))}
                        {r.reasons.length > 5 ? <li>and {r.reasons.length - 5} more</li> : null}
                      </ul>
                    </div>
                  ) : null}
                  <ModerationControls reviewId={r.id} label={label} status={r.status} />
                </div>
              </li>
            )
          })}
        </ol>
      )}
      <Pagination page={page} totalPages={pageCount} href={(p) => href(view, p)} />
    </div>
  )
}
