const MINUTE = 60_000
const QUARTER = 15 * MINUTE
const DAY = 24 * 60 * MINUTE
/** India Standard Time is UTC+5:30 all year: no daylight saving. */
const IST_OFFSET = 330 * MINUTE

/** When a seeded show starts, relative to the seed time. */
export type ShowTime =
  /** In about two hours: two hours from now, rounded up to the next quarter hour. */
  | { soon: true }
  /** At `ist` (24-hour "HH:MM", India time) on the Indian calendar day `day` days from today; negative for the past. */
  | { day: number; ist: `${number}:${number}` }

export function showStart(now: Date, time: ShowTime): Date {
  if ('soon' in time) return new Date(Math.ceil((now.getTime() + 2 * 60 * MINUTE) / QUARTER) * QUARTER)
  const [hours = 0, minutes = 0] = time.ist.split(':').map(Number)
  // Midnight of today's date in India, as a UTC timestamp of that wall-clock time.
  const todayIst = Math.floor((now.getTime() + IST_OFFSET) / DAY) * DAY
  return new Date(todayIst + time.day * DAY + (hours * 60 + minutes) * MINUTE - IST_OFFSET)
}
