import Link from 'next/link'
import type { RatingSummary as Summary } from '@/lib/dal/review-pages'
import { cn } from '@/lib/utils'
import { StarRating } from './star-rating'

const whole = new Intl.NumberFormat('en-IN')

/** The average, and one bar per star that filters the list to that star (a link, so no script). */
export function RatingSummary({ summary, activeStars, hrefForStars }: { summary: Summary; activeStars: number | null; hrefForStars: (stars: number | null) => string }) {
  const average = summary.average ?? 0
  return (
    <div className="grid content-start gap-4">
      <div className="flex items-center gap-3">
        <p className="text-4xl font-bold tabular-nums" aria-hidden="true">
          {average.toFixed(1)}
        </p>
        <div className="grid gap-1">
          <StarRating value={average} size="lg" />
          <p className="text-sm text-muted-foreground">
            {whole.format(summary.total)} {summary.total === 1 ? 'rating' : 'ratings'}
          </p>
        </div>
      </div>
      <ul className="grid gap-1.5" aria-label="Ratings by star">
        {[5, 4, 3, 2, 1].map((stars) => {
          const n = summary.counts[stars - 1] ?? 0
          const percent = summary.total === 0 ? 0 : Math.round((n / summary.total) * 100)
          const active = activeStars === stars
          const label = `${stars} star${stars === 1 ? '' : 's'}: ${whole.format(n)} ${n === 1 ? 'rating' : 'ratings'} (${percent}%)`
          const content = (
            <>
              <span className="w-10 shrink-0 tabular-nums">{stars} ★</span>
              <span className="h-2 flex-1 overflow-hidden rounded-full bg-muted">
                <span className="block h-full rounded-full bg-primary" style={{ width: `${percent}%` }} />
              </span>
              <span className="w-10 shrink-0 text-right text-muted-foreground tabular-nums">{whole.format(n)}</span>
            </>
          )
          return (
            <li key={stars}>
              {n > 0 ? (
                <Link
                  href={hrefForStars(active ? null : stars)}
                  scroll={false}
                  rel="nofollow"
                  aria-label={active ? `${label}. Showing only these; select to show all` : `${label}. Show only these`}
                  aria-current={active ? 'true' : undefined}
                  className={cn(
                    'flex items-center gap-2 rounded-md px-1 py-0.5 text-sm outline-none hover:bg-accent focus-visible:ring-2 focus-visible:ring-ring',
                    active && 'bg-accent font-semibold',
                  )}
                >
                  {content}
                </Link>
              ) : (
                <span aria-label={label} role="img" className="flex items-center gap-2 px-1 py-0.5 text-sm">
                  {content}
                </span>
              )}
            </li>
          )
        })}
      </ul>
    </div>
  )
}
