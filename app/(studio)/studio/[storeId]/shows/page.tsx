import { MessageSquareOffIcon, PlusIcon, RadioIcon } from 'lucide-react'
import type { Metadata } from 'next'
import Link from 'next/link'
import { EmptyState } from '@/components/layout/empty-state'
import { PageHeader } from '@/components/layout/page-header'
import { ShowTabs } from '@/components/studio/shows/show-tabs'
import { StudioShowCard } from '@/components/studio/shows/studio-show-card'
import { Button } from '@/components/ui/button'
import { getStudioShowsPage, parseShowTab } from '@/lib/dal/studio-show-pages'
import type { ShowTab } from '@/lib/domain/show-state'

export const metadata: Metadata = { title: 'Shows · Seller studio', robots: { index: false } }

const EMPTY: Record<ShowTab, { title: string; description: string }> = {
  upcoming: { title: 'No shows coming up', description: 'Schedule a live show: pick a time and the products you will present, and buyers can ask to be reminded.' },
  live: { title: 'You are not live right now', description: 'When a show starts, it appears here with a link to the live console.' },
  past: { title: 'No past shows yet', description: 'After your first show ends, its report — viewers, messages, orders and revenue — appears here.' },
  cancelled: { title: 'No cancelled shows', description: 'Shows you cancel before they start are kept here.' },
}

export default async function StoreShowsPage({ params, searchParams }: PageProps<'/studio/[storeId]/shows'>) {
  const { storeId } = await params
  const tab = parseShowTab((await searchParams).tab)
  const { readOnly, counts, shows } = await getStudioShowsPage(storeId, tab)
  const base = `/studio/${storeId}/shows`
  const newButton = readOnly ? null : (
    <Button asChild size="sm">
      <Link href={`${base}/new`}>
        <PlusIcon aria-hidden="true" /> Schedule a show
      </Link>
    </Button>
  )
  return (
    <>
      <PageHeader
        title="Shows"
        description="Schedule live shows, plan their run lists, and see how past shows did. Times are India time (IST)."
        actions={
          <>
            <Button asChild size="sm" variant="outline">
              <Link href={`${base}/chat-rules`}>
                <MessageSquareOffIcon aria-hidden="true" /> Chat rules
              </Link>
            </Button>
            {newButton}
          </>
        }
      />
      <ShowTabs base={base} current={tab} counts={counts} />
      {shows.length === 0 ? (
        <EmptyState icon={RadioIcon} title={EMPTY[tab].title} description={EMPTY[tab].description} action={tab === 'upcoming' ? newButton : null} />
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3" aria-label={`${tab} shows`}>
          {shows.map((show) => (
            <StudioShowCard key={show.id} show={show} storeId={storeId} readOnly={readOnly} />
          ))}
        </ul>
      )}
    </>
  )
}
