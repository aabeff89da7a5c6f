import { CalendarClockIcon, LanguagesIcon } from 'lucide-react'
import Image from 'next/image'
import type { ReactNode } from 'react'
import { Badge } from '@/components/ui/badge'
import type { ShowPageData } from '@/lib/dal/shows'
import { languageLabel } from '@/lib/validations/show'
import { formatShowTime } from './format'
import { ShowHost } from './show-host'

/** Cover, title, time, language, description and host: the top of a show page that is not live. */
export function ShowDetails({ show, badge, when, children }: { show: ShowPageData; badge: ReactNode; when: { label: string; iso: string }; children?: ReactNode }) {
  return (
    <header className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)] lg:items-start">
      <div className="relative aspect-video overflow-hidden rounded-2xl bg-muted">
        {show.coverUrl ? <Image src={show.coverUrl} alt="" fill loading="eager" fetchPriority="high" sizes="(min-width: 1024px) 60vw, 100vw" className="object-cover" /> : null}
        <span className="absolute top-3 left-3">{badge}</span>
      </div>
      <div className="grid gap-4">
        <h1 className="text-2xl font-bold tracking-tight text-balance sm:text-3xl">{show.title}</h1>
        <dl className="grid gap-1.5 text-sm">
          <div className="flex items-center gap-2">
            <dt className="flex items-center gap-1.5 text-muted-foreground">
              <CalendarClockIcon aria-hidden="true" className="size-4" /> {when.label}
            </dt>
            <dd className="font-medium">
              <time dateTime={when.iso}>{formatShowTime(when.iso)}</time>
            </dd>
          </div>
          <div className="flex items-center gap-2">
            <dt className="flex items-center gap-1.5 text-muted-foreground">
              <LanguagesIcon aria-hidden="true" className="size-4" /> Language
            </dt>
            <dd>
              <Badge variant="secondary">{languageLabel(show.language)}</Badge>
            </dd>
          </div>
        </dl>
        {children}
        {show.description ? <p className="text-[15px] leading-relaxed whitespace-pre-line text-foreground/90">{show.description}</p> : null}
        <ShowHost store={show.store} hostName={show.hostName} />
      </div>
    </header>
  )
}
