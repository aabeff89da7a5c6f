const IST = 'Asia/Kolkata'
const relative = new Intl.RelativeTimeFormat('en-IN', { numeric: 'auto', style: 'long' })
const dayMonth = new Intl.DateTimeFormat('en-IN', { day: 'numeric', month: 'short', timeZone: IST })
const dayMonthYear = new Intl.DateTimeFormat('en-IN', { day: 'numeric', month: 'short', year: 'numeric', timeZone: IST })
const yearOf = new Intl.DateTimeFormat('en-IN', { year: 'numeric', timeZone: IST })

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

/**
 * "just now", "5 minutes ago", "3 hours ago", "yesterday", "4 days ago", then a date in IST.
 * Computed on the server and sent as text, so hydration never disagrees about the clock.
 */
export function timeAgo(date: Date, now: Date = new Date()): string {
  const elapsed = Math.max(0, now.getTime() - date.getTime())
  if (elapsed < MINUTE) return 'just now'
  if (elapsed < HOUR) return relative.format(-Math.floor(elapsed / MINUTE), 'minute')
  if (elapsed < DAY) return relative.format(-Math.floor(elapsed / HOUR), 'hour')
  if (elapsed < 7 * DAY) return relative.format(-Math.floor(elapsed / DAY), 'day')
  return yearOf.format(date) === yearOf.format(now) ? dayMonth.format(date) : dayMonthYear.format(date)
}
