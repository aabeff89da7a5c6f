import Link from 'next/link'
import type { ShowTab } from '@/lib/domain/show-state'
import { cn } from '@/lib/utils'

const LABELS: Record<ShowTab, string> = { upcoming: 'Upcoming', live: 'Live', past: 'Past', cancelled: 'Cancelled' }

/** Links, not client tabs: each tab is its own URL, so it survives a reload and the back button. */
export function ShowTabs({ base, current, counts }: { base: string; current: ShowTab; counts: Record<ShowTab, number> }) {
  return (
    <nav aria-label="Shows by status" className="-mx-4 mb-6 overflow-x-auto px-4">
      <ul className="flex w-max gap-1 rounded-lg bg-muted p-1">
        {(Object.keys(LABELS) as ShowTab[]).map((tab) => (
          <li key={tab}>
            <Link
              href={tab === 'upcoming' ? base : `${base}?tab=${tab}`}
              aria-current={tab === current ? 'page' : undefined}
              className={cn(
                'flex h-9 items-center gap-2 rounded-md px-3 text-sm font-medium whitespace-nowrap transition-colors outline-none focus-visible:ring-2 focus-visible:ring-ring',
                tab === current ? 'bg-background text-foreground shadow-sm' : 'text-muted-foreground hover:text-foreground',
              )}
            >
              {LABELS[tab]}
              <span className="rounded-full bg-foreground/10 px-1.5 py-0.5 text-xs tabular-nums">{counts[tab]}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
