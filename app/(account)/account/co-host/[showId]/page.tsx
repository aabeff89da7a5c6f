import type { Metadata } from 'next'
import Link from 'next/link'
import { CoHostStage } from '@/components/cohost/cohost-stage'
import { PageHeader } from '@/components/layout/page-header'
import { formatShowTime } from '@/components/show/format'
import { getCoHostPage } from '@/lib/dal/show-cohost'
import { RealtimeProvider } from '@/lib/services/realtime/client'

export const metadata: Metadata = { title: 'Co-host a show', robots: { index: false, follow: false } }

export default async function CoHostPage({ params }: PageProps<'/account/co-host/[showId]'>) {
  const { showId } = await params
  const { show, stage, realtime } = await getCoHostPage(showId)
  const share = show.shareBps ? ` · ${show.shareBps / 100}% of the show’s earnings` : ''

  return (
    <div className="mx-auto w-full max-w-5xl px-4 pt-8 pb-16 sm:px-6">
      <PageHeader
        eyebrow={
          <Link href="/account/notifications" className="hover:underline">
            ← Notifications
          </Link>
        }
        title={show.title}
        description={
          <>
            Co-hosting with {show.storeName} · <time dateTime={show.scheduledAt}>{formatShowTime(show.scheduledAt)}</time>
            {share}
          </>
        }
      />
      <RealtimeProvider config={realtime}>
        <CoHostStage showId={show.id} slug={show.slug} status={show.status} stage={stage} />
      </RealtimeProvider>
    </div>
  )
}
