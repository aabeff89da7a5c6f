import { ExternalLinkIcon } from 'lucide-react'
import type { Metadata } from 'next'
import Link from 'next/link'
import { PageHeader } from '@/components/layout/page-header'
import { LiveConsole } from '@/components/studio/live-console/live-console'
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { getLiveConsole } from '@/lib/dal/live-console'
import { RealtimeProvider } from '@/lib/services/realtime/client'

export const metadata: Metadata = { title: 'Live console · Seller studio', robots: { index: false } }

export default async function LiveConsolePage({ params }: PageProps<'/studio/[storeId]/shows/[showId]/live'>) {
  const { storeId, showId } = await params
  const page = await getLiveConsole(storeId, showId)
  const showHref = `/studio/${storeId}/shows/${showId}`

  if (page.kind === 'closed') {
    return (
      <>
        <PageHeader eyebrow={<Link href={showHref} className="hover:underline">← {page.show.title}</Link>} title="Live console" />
        <Alert>
          <AlertTitle>{page.show.status === 'ended' ? 'This show has ended' : 'This show was cancelled'}</AlertTitle>
          <AlertDescription>
            {page.show.status === 'ended' ? 'The console closes when a show ends. ' : 'A cancelled show cannot go live. '}
            <Link href={page.show.status === 'ended' ? showHref : `/studio/${storeId}/shows/new`} className="font-medium underline">
              {page.show.status === 'ended' ? 'See the show’s report' : 'Schedule a new show'}
            </Link>
          </AlertDescription>
        </Alert>
      </>
    )
  }

  const { data } = page
  return (
    <>
      <PageHeader
        className="pb-4"
        eyebrow={
          <Link href={showHref} className="hover:underline">
            ← Show details
          </Link>
        }
        title={data.show.title}
        actions={
          <Button asChild size="sm" variant="outline">
            <Link href={`/live/${data.show.slug}`} target="_blank" rel="noopener">
              <ExternalLinkIcon aria-hidden="true" /> Open the viewer’s page
            </Link>
          </Button>
        }
      />
      <RealtimeProvider config={page.realtime}>
        <LiveConsole data={data} />
      </RealtimeProvider>
    </>
  )
}
