/**
 * The buyer's last PIN code, so every product page can show an estimate straight away. Written
 * by the browser: a cookie set by the server action would re-render the page on every check.
 */
export const DELIVERY_PIN_COOKIE = 'haat_pin'
export const DELIVERY_PIN_MAX_AGE_SECONDS = 60 * 60 * 24 * 365

const IST = 'Asia/Kolkata'
const dateFormat = new Intl.DateTimeFormat('en-IN', { weekday: 'short', day: 'numeric', month: 'short', timeZone: IST })

/** "Tue, 25 Nov": the latest day the courier promises, counted in India's calendar days from `now`. */
export function deliveryByLabel(now: Date, etaMaxDays: number): string {
  const days = Math.max(1, Math.ceil(etaMaxDays))
  // Noon IST on today's Indian date, so adding whole days never crosses a date line.
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: IST }).format(now)
  const noon = new Date(`${today}T12:00:00+05:30`)
  return dateFormat.format(new Date(noon.getTime() + days * 86_400_000))
}
