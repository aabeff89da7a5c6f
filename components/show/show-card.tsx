import { CalendarClockIcon, RadioIcon } from 'lucide-react'
import Image from 'next/image'
import { IntentLink } from '@/components/layout/intent-link'
import { Badge } from '@/components/ui/badge'

export type ShowCardData = {
  slug: string
  title: string
  coverUrl: string | null
  /** ISO timestamps: card data comes through the JSON read cache. */
  scheduledAt: string
  startedAt: string | null
  language: string
  storeName: string
}

const LANGUAGES: Record<string, string> = { en: 'English', hi: 'Hindi', bn: 'Bengali' }

const startFormat = new Intl.DateTimeFormat('en-IN', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  hour: 'numeric',
  minute: '2-digit',
  timeZone: 'Asia/Kolkata',
})

export function ShowCard({ show, live }: { show: ShowCardData; live: boolean }) {
  return (
    <IntentLink
      href={`/live/${show.slug}`}
      className="group block w-64 shrink-0 snap-start rounded-xl outline-none focus-visible:ring-[3px] focus-visible:ring-ring/40 sm:w-72"
    >
      <div className="relative aspect-video overflow-hidden rounded-xl bg-muted">
        {show.coverUrl ? (
          <Image
            src={show.coverUrl}
            alt=""
            fill
            sizes="(min-width: 640px) 288px, 256px"
            className="object-cover transition-transform duration-300 group-hover:scale-[1.03]"
          />
        ) : null}
        <div className="absolute top-2 left-2 flex gap-1.5">
          {live ? (
            <Badge variant="live" className="gap-1">
              <RadioIcon aria-hidden="true" className="size-3" /> Live
            </Badge>
          ) : null}
          <Badge variant="secondary">{LANGUAGES[show.language] ?? show.language}</Badge>
        </div>
      </div>
      <div className="mt-2 px-0.5">
        <h3 className="line-clamp-2 text-sm leading-snug font-semibold group-hover:underline">{show.title}</h3>
        <p className="mt-0.5 text-xs text-muted-foreground">{show.storeName}</p>
        {!live ? (
          <p className="mt-1 flex items-center gap-1 text-xs font-medium text-primary-ink">
            <CalendarClockIcon aria-hidden="true" className="size-3.5" />
            <time dateTime={show.scheduledAt}>{startFormat.format(new Date(show.scheduledAt))}</time>
          </p>
        ) : null}
      </div>
    </IntentLink>
  )
}
