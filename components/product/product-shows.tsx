import { PlayCircleIcon, RadioIcon } from 'lucide-react'
import Image from 'next/image'
import Link from 'next/link'
import { LiveBadge } from '@/components/ui/badge'
import { showStartLabel } from '@/lib/catalog/show-times'
import type { ProductShow } from '@/lib/dal/product'

function statusLine(show: ProductShow, now: Date) {
  switch (show.status) {
    case 'live':
      return (
        <span className="inline-flex items-center gap-1 font-semibold text-live">
          <RadioIcon aria-hidden="true" className="size-4" /> Live now · Join
        </span>
      )
    case 'scheduled':
      return <time dateTime={show.scheduledAt}>{showStartLabel(new Date(show.scheduledAt), now)}</time>
    case 'ended':
      return (
        <span className="inline-flex items-center gap-1 font-semibold text-primary-ink">
          <PlayCircleIcon aria-hidden="true" className="size-4" /> Watch replay
        </span>
      )
  }
}

/** "Seen in these lives" (SPEC §2.3): shows whose run list has this product, with replay links. */
export function ProductShows({ shows }: { shows: ProductShow[] }) {
  if (shows.length === 0) return null
  const now = new Date()
  return (
    <section aria-labelledby="lives-heading">
      <h2 id="lives-heading" className="mb-3 text-xl font-semibold tracking-tight">
        Seen in these lives
      </h2>
      <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {shows.map((show) => (
          <li key={show.id}>
            <Link
              href={`/live/${show.slug}`}
              className="group flex gap-3 rounded-xl border bg-card p-2 outline-none hover:border-foreground/20 focus-visible:ring-2 focus-visible:ring-ring"
            >
              <span className="relative aspect-video w-28 shrink-0 overflow-hidden rounded-lg bg-muted">
                {show.coverUrl ? <Image src={show.coverUrl} alt="" fill sizes="112px" className="object-cover" /> : null}
                {show.status === 'live' ? <LiveBadge className="absolute top-1 left-1 px-1.5 text-[10px]" /> : null}
              </span>
              <span className="flex min-w-0 flex-col justify-center gap-0.5 text-sm">
                <span className="line-clamp-2 font-semibold group-hover:underline">{show.title}</span>
                <span className="truncate text-xs text-muted-foreground">{show.storeName}</span>
                <span className="text-xs">{statusLine(show, now)}</span>
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  )
}
