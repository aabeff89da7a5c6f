const timeFormat = new Intl.DateTimeFormat('en-IN', { hour: 'numeric', minute: '2-digit', timeZone: 'Asia/Kolkata' })

/** "7:05 pm": console feeds show India time, as the rest of the show pages do. */
export function formatFeedTime(iso: string): string {
  return timeFormat.format(new Date(iso))
}
