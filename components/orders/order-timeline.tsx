import { MapPinIcon, TruckIcon } from 'lucide-react'
import { cn } from '@/lib/utils'
import { formatOrderTime } from './order-format'
import type { TimelineEntry } from './timeline'

/** Every change and courier scan, newest first. */
export function OrderTimeline({ entries }: { entries: TimelineEntry[] }) {
  return (
    <ol aria-label="Tracking timeline" className="grid">
      {entries.map((entry, i) => (
        <li key={entry.key} className="relative grid grid-cols-[1.25rem_1fr] gap-x-3 pb-4 last:pb-0">
          {i < entries.length - 1 ? <span aria-hidden="true" className="absolute top-5 bottom-0 left-[0.56rem] w-px bg-border" /> : null}
          <span
            aria-hidden="true"
            className={cn('mt-1 flex size-[1.15rem] items-center justify-center rounded-full border-2 bg-background', i === 0 ? 'border-primary' : 'border-muted-foreground/40')}
          >
            {entry.source === 'courier' ? <TruckIcon className="size-2.5 text-muted-foreground" /> : null}
          </span>
          <div className="grid gap-0.5">
            <p className={cn('text-sm', i === 0 ? 'font-semibold' : 'font-medium')}>{entry.title}</p>
            <p className="flex flex-wrap items-center gap-x-2 text-[13px] text-muted-foreground">
              <time dateTime={entry.at}>{formatOrderTime(entry.at)}</time>
              {entry.location ? (
                <span className="inline-flex items-center gap-1">
                  <MapPinIcon aria-hidden="true" className="size-3" />
                  <span className="sr-only">at</span> {entry.location}
                </span>
              ) : null}
            </p>
            {entry.detail ? <p className="text-[13px] break-words text-muted-foreground">“{entry.detail}”</p> : null}
          </div>
        </li>
      ))}
    </ol>
  )
}
