import { CalendarClockIcon, ExternalLinkIcon, PackageIcon, RadioIcon, UsersIcon } from 'lucide-react'
import Image from 'next/image'
import Link from 'next/link'
import { formatShowTime } from '@/components/show/format'
import { Button } from '@/components/ui/button'
import type { StudioShowCard as Card } from '@/lib/dal/studio-show-pages'
import { ShowStatusActions } from './show-status-actions'
import { ShowStatusBadge } from './show-status-badge'

const count = new Intl.NumberFormat('en-IN')

export function StudioShowCard({ show, storeId, readOnly }: { show: Card; storeId: string; readOnly: boolean }) {
  const href = `/studio/${storeId}/shows/${show.id}`
  const when = show.status === 'scheduled' || !show.startedAt ? show.scheduledAt : show.startedAt
  return (
    <li className="flex flex-col overflow-hidden rounded-xl border bg-card shadow-xs">
      <Link href={href} className="group relative block aspect-video bg-muted outline-none focus-visible:ring-2 focus-visible:ring-ring">
        {show.coverUrl ? (
          <Image src={show.coverUrl} alt="" fill sizes="(min-width: 1024px) 320px, (min-width: 640px) 45vw, 100vw" className="object-cover" />
        ) : (
          <span className="flex size-full items-center justify-center text-muted-foreground">
            <RadioIcon aria-hidden="true" className="size-8" />
          </span>
        )}
        <span className="absolute top-2 left-2">
          <ShowStatusBadge status={show.status} />
        </span>
      </Link>
      <div className="flex flex-1 flex-col gap-2 p-3">
        <h2 className="line-clamp-2 font-semibold leading-snug">
          <Link href={href} className="hover:underline">
            {show.title}
          </Link>
        </h2>
        <p className="flex items-center gap-1.5 text-sm text-muted-foreground">
          <CalendarClockIcon aria-hidden="true" className="size-4 shrink-0" />
          <time dateTime={when}>{formatShowTime(when)}</time>
        </p>
        <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-muted-foreground">
          <span className="flex items-center gap-1.5">
            <PackageIcon aria-hidden="true" className="size-4" /> {show.productCount} {show.productCount === 1 ? 'product' : 'products'}
          </span>
          {show.status === 'ended' ? (
            <span className="flex items-center gap-1.5">
              <UsersIcon aria-hidden="true" className="size-4" /> {count.format(show.peakViewers)} peak viewers
            </span>
          ) : null}
        </p>
        <div className="mt-auto flex flex-wrap items-center gap-2 pt-2">
          {show.status === 'live' ? (
            <Button asChild size="sm">
              <Link href={`${href}/live`}>Go to live console</Link>
            </Button>
          ) : (
            <Button asChild size="sm" variant="outline">
              <Link href={href}>{show.status === 'scheduled' ? 'Edit' : show.status === 'ended' ? 'Report' : 'Details'}</Link>
            </Button>
          )}
          {show.status !== 'cancelled' ? (
            <Button asChild size="sm" variant="ghost">
              <Link href={`/live/${show.slug}`}>
                <ExternalLinkIcon aria-hidden="true" /> Public page
              </Link>
            </Button>
          ) : null}
          {show.status === 'scheduled' && !readOnly ? <ShowStatusActions storeId={storeId} showId={show.id} status={show.status} compact /> : null}
        </div>
      </div>
    </li>
  )
}
