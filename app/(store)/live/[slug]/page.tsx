import { BanIcon } from 'lucide-react'
import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { JsonLd } from '@/components/catalog/json-ld'
import { LiveRoom } from '@/components/live/live-room'
import { Countdown } from '@/components/show/countdown'
import { RemindMeButton } from '@/components/show/remind-me-button'
import { Replay } from '@/components/show/replay/replay'
import { RunList } from '@/components/show/run-list'
import { ShowDetails } from '@/components/show/show-details'
import { ShowStatusListener } from '@/components/show/show-status-listener'
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert'
import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { getLiveRoomShow, getReminderState, getReplayForSlug, getShowPage, type ShowPageData } from '@/lib/dal/shows'
import { getRealtimeClientConfig } from '@/lib/services/realtime'
import { showJsonLd } from '@/lib/seo/show-json-ld'
import { absoluteUrl } from '@/lib/seo/site'

async function load(params: PageProps<'/live/[slug]'>['params']) {
  const { slug } = await params
  const show = await getShowPage(slug)
  if (!show) notFound()
  return show
}

const STATE_PREFIX: Record<ShowPageData['status'], string> = { live: 'LIVE: ', scheduled: '', ended: 'Replay: ', cancelled: 'Cancelled: ' }

export async function generateMetadata({ params }: PageProps<'/live/[slug]'>): Promise<Metadata> {
  const show = await load(params)
  const title = `${STATE_PREFIX[show.status]}${show.title} · ${show.store.name}`
  const description = show.description.slice(0, 200) || `${show.title}: a live shopping show by ${show.store.name} on Haat.`
  const url = `/live/${show.slug}`
  const images = show.coverUrl ? [{ url: absoluteUrl(show.coverUrl), width: 1600, height: 900, alt: show.title }] : undefined
  return {
    title,
    description,
    alternates: { canonical: url },
    // A cancelled show has nothing to offer a searcher; the store page does.
    robots: show.status === 'cancelled' ? { index: false, follow: true } : undefined,
    openGraph: { type: 'video.other', siteName: 'Haat', locale: 'en_IN', title, description, url, images },
    twitter: { card: 'summary_large_image', title, description, images: images?.map((i) => i.url) },
  }
}

export default async function ShowPage({ params }: PageProps<'/live/[slug]'>) {
  const show = await load(params)
  const jsonLd = (
    <JsonLd
      data={showJsonLd({
        url: absoluteUrl(`/live/${show.slug}`),
        title: show.title,
        description: show.description,
        status: show.status,
        scheduledAt: show.scheduledAt,
        startedAt: show.startedAt,
        endedAt: show.endedAt,
        imageUrl: show.coverUrl ? absoluteUrl(show.coverUrl) : null,
        recordingUrl: show.recordingUrl ? absoluteUrl(show.recordingUrl) : null,
        organizer: { name: show.store.name, url: absoluteUrl(`/s/${show.store.slug}`) },
        language: show.language,
      })}
    />
  )

  if (show.status === 'live') {
    const room = await getLiveRoomShow(show.slug)
    if (!room) notFound()
    return (
      <>
        {jsonLd}
        <LiveRoom show={room} />
      </>
    )
  }

  return (
    <>
      {jsonLd}
      <div className="mx-auto flex w-full max-w-7xl flex-col gap-10 px-4 pt-4 pb-16 sm:px-6">
        {show.status === 'scheduled' ? <Scheduled show={show} /> : show.status === 'cancelled' ? <Cancelled show={show} /> : <Ended show={show} />}
      </div>
    </>
  )
}

async function Scheduled({ show }: { show: ShowPageData }) {
  const reminder = await getReminderState(show.id)
  return (
    <>
      <ShowStatusListener showId={show.id} status={show.status} config={getRealtimeClientConfig()} />
      <ShowDetails show={show} badge={<Badge>Upcoming</Badge>} when={{ label: 'Starts', iso: show.scheduledAt }}>
        <div className="grid gap-3">
          <Countdown startsAt={show.scheduledAt} />
          <div>
            <RemindMeButton showId={show.id} slug={show.slug} initialOn={reminder.on} signedIn={reminder.signedIn} />
          </div>
        </div>
      </ShowDetails>
      <RunList products={show.runList} heading="Coming up in this show" />
    </>
  )
}

function Cancelled({ show }: { show: ShowPageData }) {
  return (
    <>
      <Alert>
        <BanIcon aria-hidden="true" />
        <AlertTitle>This show was cancelled</AlertTitle>
        <AlertDescription>
          <p>
            {show.store.name} cancelled “{show.title}”. Their products are still on sale, and their next lives appear on their store page.
          </p>
          <Button asChild size="sm" className="mt-3">
            <Link href={`/s/${show.store.slug}`}>Visit {show.store.name}</Link>
          </Button>
        </AlertDescription>
      </Alert>
      <ShowDetails show={show} badge={<Badge variant="outline" className="bg-background">Cancelled</Badge>} when={{ label: 'Was planned for', iso: show.scheduledAt }} />
    </>
  )
}

async function Ended({ show }: { show: ShowPageData }) {
  const replay = await getReplayForSlug(show.slug)
  const startedAt = show.startedAt ? new Date(show.startedAt).getTime() : null
  const endedAt = show.endedAt ? new Date(show.endedAt).getTime() : null
  const lastMark = Math.max(0, ...(replay?.chapters.map((c) => c.offsetMs) ?? []), ...(replay?.chat.map((m) => m.mediaOffsetMs ?? 0) ?? []))
  const durationMs = startedAt && endedAt && endedAt > startedAt ? endedAt - startedAt : lastMark + 60_000
  return (
    <>
      <ShowDetails show={show} badge={<Badge variant="secondary">Replay</Badge>} when={{ label: 'Streamed', iso: show.startedAt ?? show.scheduledAt }} />
      <section aria-labelledby="replay-heading" className="grid gap-4">
        <h2 id="replay-heading" className="text-xl font-semibold tracking-tight">
          Watch the replay
        </h2>
        <Replay
          showId={show.id}
          title={show.title}
          recordingUrl={show.recordingUrl}
          posterUrl={show.coverUrl}
          durationMs={durationMs}
          chapters={replay?.chapters ?? []}
          chat={replay?.chat ?? []}
        />
      </section>
      <RunList products={show.runList} heading="Products from this show" showId={show.id} />
    </>
  )
}
