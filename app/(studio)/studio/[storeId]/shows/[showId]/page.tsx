import { CalendarClockIcon, ExternalLinkIcon, RadioIcon } from 'lucide-react'
import type { Metadata } from 'next'
import Link from 'next/link'
import { formatShowTime } from '@/components/show/format'
import { PageHeader } from '@/components/layout/page-header'
import { CoHostCard } from '@/components/studio/shows/cohost-card'
import { ShowForm } from '@/components/studio/shows/show-form'
import { ShowReport } from '@/components/studio/shows/show-report'
import { ShowStatusActions } from '@/components/studio/shows/show-status-actions'
import { ShowStatusBadge } from '@/components/studio/shows/show-status-badge'
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { getStudioShowCoHost } from '@/lib/dal/show-cohost'
import { getStudioShowPage } from '@/lib/dal/studio-show-pages'
import { getCategoryOptions } from '@/lib/dal/studio'

export const metadata: Metadata = { title: 'Show · Seller studio', robots: { index: false } }

export default async function StudioShowPage({ params }: PageProps<'/studio/[storeId]/shows/[showId]'>) {
  const { storeId, showId } = await params
  const [{ readOnly, show, form, report, chapters }, categories, coHost] = await Promise.all([
    getStudioShowPage(storeId, showId),
    getCategoryOptions(),
    getStudioShowCoHost(storeId, showId),
  ])
  const base = `/studio/${storeId}/shows`
  const consoleHref = `${base}/${show.id}/live`
  const when = show.startedAt ?? show.scheduledAt
  const canRun = !readOnly && (show.status === 'scheduled' || show.status === 'live')

  return (
    <>
      <PageHeader
        eyebrow={
          <Link href={base} className="hover:underline">
            ← Shows
          </Link>
        }
        title={show.title}
        description={
          <span className="flex flex-wrap items-center gap-x-3 gap-y-1">
            <ShowStatusBadge status={show.status} />
            <span className="flex items-center gap-1.5">
              <CalendarClockIcon aria-hidden="true" className="size-4" />
              <time dateTime={when}>{formatShowTime(when)}</time>
            </span>
            <span>
              {show.productCount} {show.productCount === 1 ? 'product' : 'products'}
            </span>
          </span>
        }
        actions={
          <>
            {canRun ? (
              <Button asChild size="sm">
                <Link href={consoleHref}>
                  <RadioIcon aria-hidden="true" /> Go to live console
                </Link>
              </Button>
            ) : null}
            {show.status !== 'cancelled' ? (
              <Button asChild size="sm" variant="outline">
                <Link href={`/live/${show.slug}`}>
                  <ExternalLinkIcon aria-hidden="true" /> Public page
                </Link>
              </Button>
            ) : null}
          </>
        }
      />
      {canRun ? (
        <div className="mb-6">
          <ShowStatusActions storeId={storeId} showId={show.id} status={show.status} />
        </div>
      ) : null}
      {coHost.status === 'scheduled' || coHost.status === 'live' ? <CoHostCard storeId={storeId} data={coHost} /> : null}
      {form ? (
        <ShowForm storeId={storeId} defaultValues={form} categories={categories} cover={{ showId: show.id, coverUrl: show.coverUrl }} readOnly={readOnly} />
      ) : show.status === 'live' ? (
        <Alert>
          <RadioIcon aria-hidden="true" />
          <AlertTitle>This show is live</AlertTitle>
          <AlertDescription>Its details are locked while you are on air. Run it from the live console; the report appears here after it ends.</AlertDescription>
        </Alert>
      ) : show.status === 'cancelled' ? (
        <Alert>
          <AlertTitle>This show was cancelled</AlertTitle>
          <AlertDescription>
            It no longer appears to buyers.{' '}
            <Link href={`${base}/new`} className="font-medium underline">
              Schedule a new show
            </Link>{' '}
            when you are ready.
          </AlertDescription>
        </Alert>
      ) : report ? (
        <ShowReport report={report} chapters={chapters} />
      ) : null}
    </>
  )
}
