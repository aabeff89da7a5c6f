const IST = 'Asia/Kolkata'
const dayKey = new Intl.DateTimeFormat('en-CA', { timeZone: IST })
const weekday = new Intl.DateTimeFormat('en-IN', { weekday: 'short', timeZone: IST })
const dayMonth = new Intl.DateTimeFormat('en-IN', { day: 'numeric', month: 'short', timeZone: IST })
const clock = new Intl.DateTimeFormat('en-IN', { hour: 'numeric', minute: '2-digit', hour12: true, timeZone: IST })

/** "7 pm", "7:30 pm" in India time. */
export function showClock(at: Date): string {
  const parts = clock.formatToParts(at)
  const hour = parts.find((p) => p.type === 'hour')?.value ?? ''
  const minute = parts.find((p) => p.type === 'minute')?.value ?? '00'
  const period = (parts.find((p) => p.type === 'dayPeriod')?.value ?? '').toLowerCase()
  return `${hour}${minute === '00' ? '' : `:${minute}`} ${period}`.trim()
}

/** "Starts today 7 pm", "Starts tomorrow 11 am", "Starts Fri 7 pm" within a week, else "Starts 28 Nov, 7 pm". */
export function showStartLabel(at: Date, now: Date): string {
  const days = Math.round((Date.parse(dayKey.format(at)) - Date.parse(dayKey.format(now))) / 86_400_000)
  const time = showClock(at)
  if (days <= 0) return `Starts today ${time}`
  if (days === 1) return `Starts tomorrow ${time}`
  if (days < 7) return `Starts ${weekday.format(at)} ${time}`
  return `Starts ${dayMonth.format(at)}, ${time}`
}
