import { describe, expect, it } from 'vitest'
import { showJsonLd, type ShowJsonLdInput } from './show-json-ld'

const base: ShowJsonLdInput = {
  url: 'https://haat.in/live/silk-abc123',
  title: 'Silk special',
  description: '',
  status: 'scheduled',
  scheduledAt: '2026-01-15T13:30:00.000Z',
  startedAt: null,
  endedAt: null,
  imageUrl: 'https://haat.in/files/shows/x.webp',
  recordingUrl: null,
  organizer: { name: 'Banarasi Weaves', url: 'https://haat.in/s/banarasi' },
  language: 'hi',
}

describe('show JSON-LD', () => {
  it('describes a scheduled show as an online event and no video yet', () => {
    const [event, ...rest] = showJsonLd(base)
    expect(rest).toEqual([])
    expect(event).toMatchObject({
      '@type': 'Event',
      startDate: base.scheduledAt,
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
      location: { '@type': 'VirtualLocation', url: base.url },
      organizer: { '@type': 'Organization', name: 'Banarasi Weaves' },
    })
    expect(event).not.toHaveProperty('endDate')
    expect(event?.description).toMatch(/Banarasi Weaves/)
  })

  it('marks a live show as a live broadcast inside a VideoObject', () => {
    const [, video] = showJsonLd({ ...base, status: 'live', startedAt: '2026-01-15T13:32:00.000Z' })
    expect(video).toMatchObject({ '@type': 'VideoObject', uploadDate: '2026-01-15T13:32:00.000Z', publication: { '@type': 'BroadcastEvent', isLiveBroadcast: true, startDate: '2026-01-15T13:32:00.000Z' } })
    // Google requires an end for a livestream: while live, the expected one (three hours on).
    expect((video as { publication: object }).publication).toHaveProperty('endDate', '2026-01-15T16:32:00.000Z')
  })

  it('gives an ended recorded show its end date and recording, and an unrecorded one no video', () => {
    const ended = { ...base, status: 'ended' as const, startedAt: '2026-01-15T13:32:00.000Z', endedAt: '2026-01-15T14:30:00.000Z' }
    expect(showJsonLd(ended)).toHaveLength(1)
    const [event, video] = showJsonLd({ ...ended, recordingUrl: 'https://cdn.example/rec.mp4' })
    expect(event).toMatchObject({ startDate: ended.startedAt, endDate: ended.endedAt })
    expect(video).toMatchObject({ contentUrl: 'https://cdn.example/rec.mp4', publication: { endDate: ended.endedAt } })
  })

  it('marks a cancelled show', () => {
    expect(showJsonLd({ ...base, status: 'cancelled' })[0]).toMatchObject({ eventStatus: 'https://schema.org/EventCancelled' })
  })
})
