import type { JsonLd } from './json-ld'

const SCHEMA = 'https://schema.org'

/**
 * Google requires a livestream's BroadcastEvent to say when it ends "or is expected to end". Shows
 * have no planned length, so a live one is expected to last this long from its start (most run one
 * to three hours); the real end replaces it when the host ends the show.
 */
export const EXPECTED_SHOW_LENGTH_MS = 3 * 60 * 60 * 1000

export type ShowJsonLdInput = {
  url: string
  title: string
  description: string
  status: 'scheduled' | 'live' | 'ended' | 'cancelled'
  scheduledAt: string
  startedAt: string | null
  endedAt: string | null
  /** Absolute. */
  imageUrl: string | null
  /** Absolute; only when the show was recorded. */
  recordingUrl: string | null
  organizer: { name: string; url: string }
  language: string
}

/**
 * A show as a schema.org Event held online, and — once there is video (live now, or a recording)
 * — a VideoObject whose `publication` is the BroadcastEvent, the shape Google reads for a LIVE
 * badge (developers.google.com/search/docs/appearance/structured-data/video#livestream-guidelines).
 */
export function showJsonLd(input: ShowJsonLdInput): JsonLd[] {
  const start = input.startedAt ?? input.scheduledAt
  const organizer = { '@type': 'Organization', name: input.organizer.name, url: input.organizer.url }
  const description = input.description || `${input.title}: a live shopping show by ${input.organizer.name} on Haat.`
  const event: JsonLd = {
    '@context': SCHEMA,
    '@type': 'Event',
    name: input.title,
    description,
    url: input.url,
    startDate: start,
    ...(input.endedAt ? { endDate: input.endedAt } : {}),
    eventStatus: `${SCHEMA}/${input.status === 'cancelled' ? 'EventCancelled' : 'EventScheduled'}`,
    eventAttendanceMode: `${SCHEMA}/OnlineEventAttendanceMode`,
    location: { '@type': 'VirtualLocation', url: input.url },
    ...(input.imageUrl ? { image: [input.imageUrl] } : {}),
    organizer,
    isAccessibleForFree: true,
    inLanguage: input.language,
    offers: { '@type': 'Offer', price: '0', priceCurrency: 'INR', availability: `${SCHEMA}/InStock`, url: input.url, validFrom: input.scheduledAt },
  }
  const hasVideo = input.status === 'live' || (input.status === 'ended' && input.recordingUrl !== null)
  // Google requires a thumbnail for a VideoObject; without a cover there is no valid one to give.
  if (!hasVideo || !input.imageUrl || !input.startedAt) return [event]
  const video: JsonLd = {
    '@context': SCHEMA,
    '@type': 'VideoObject',
    name: input.title,
    description,
    thumbnailUrl: [input.imageUrl],
    uploadDate: input.startedAt,
    embedUrl: input.url,
    ...(input.recordingUrl && input.status === 'ended' ? { contentUrl: input.recordingUrl } : {}),
    publication: {
      '@type': 'BroadcastEvent',
      isLiveBroadcast: true,
      startDate: input.startedAt,
      endDate: input.endedAt ?? new Date(Date.parse(input.startedAt) + EXPECTED_SHOW_LENGTH_MS).toISOString(),
    },
    publisher: organizer,
  }
  return [event, video]
}
