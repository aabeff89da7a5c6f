import { describe, expect, it } from 'vitest'
import { buildTimeline, type TimelineEvent, type TimelineScan } from './timeline'

const event = (id: string, toStatus: TimelineEvent['toStatus'], at: string, extra: Partial<TimelineEvent> = {}): TimelineEvent => ({
  id,
  fromStatus: null,
  toStatus,
  actorRole: 'system',
  note: null,
  createdAt: at,
  ...extra,
})
const scan = (id: string, at: string, extra: Partial<TimelineScan> = {}): TimelineScan => ({
  id,
  isReturn: false,
  status: 'in_transit',
  location: 'Pune Hub',
  description: 'Reached hub',
  occurredAt: at,
  ...extra,
})

describe('buildTimeline', () => {
  it('merges order changes and courier scans, newest first', () => {
    const entries = buildTimeline(
      [event('1', 'pending_payment', '2025-03-01T10:00:00Z', { actorRole: 'buyer' }), event('2', 'confirmed', '2025-03-01T10:02:00Z'), event('3', 'shipped', '2025-03-02T09:00:00Z')],
      [scan('a', '2025-03-02T12:00:00Z'), scan('b', '2025-03-02T08:30:00Z', { status: 'picked_up', description: null, location: null })],
      { cod: false },
    )
    expect(entries.map((e) => [e.title, e.location, e.source])).toEqual([
      ['Reached hub', 'Pune Hub', 'courier'],
      ['Shipped', null, 'order'],
      ['Picked up', null, 'courier'],
      ['Payment received — order confirmed', null, 'order'],
      ['Order placed', null, 'order'],
    ])
  })

  it('says who cancelled and shows a person’s reason, never a system note', () => {
    const byBuyer = buildTimeline([event('1', 'cancelled', '2025-03-01T10:00:00Z', { actorRole: 'buyer', note: 'Ordered by mistake' })], [], { cod: false })
    expect(byBuyer[0]).toMatchObject({ title: 'You cancelled the order', detail: 'Ordered by mistake' })
    const bySeller = buildTimeline([event('1', 'cancelled', '2025-03-01T10:00:00Z', { actorRole: 'seller', note: 'Out of stock' })], [], { cod: false })
    expect(bySeller[0]).toMatchObject({ title: 'The seller cancelled the order', detail: 'Out of stock' })
    const expired = buildTimeline([event('1', 'cancelled', '2025-03-01T10:00:00Z', { note: 'Payment window expired' })], [], { cod: false })
    expect(expired[0]).toMatchObject({ title: 'Cancelled — payment was not completed in time', detail: null })
  })

  it('tells a declined return from a delivery, and marks return-parcel scans', () => {
    const entries = buildTimeline(
      [
        event('1', 'delivered', '2025-03-03T10:00:00Z', { fromStatus: 'out_for_delivery' }),
        event('2', 'delivered', '2025-03-05T10:00:00Z', { fromStatus: 'return_requested', actorRole: 'seller', note: 'Item was used' }),
      ],
      [scan('r', '2025-03-04T10:00:00Z', { isReturn: true, description: 'Pickup scheduled' })],
      { cod: true },
    )
    expect(entries.map((e) => e.title)).toEqual(['Return declined — the order stays delivered', 'Return parcel: Pickup scheduled', 'Delivered'])
    expect(entries[0]?.detail).toBe('Item was used')
  })

  it('words a cash-on-delivery confirmation without a payment', () => {
    expect(buildTimeline([event('1', 'confirmed', '2025-03-01T10:00:00Z')], [], { cod: true })[0]?.title).toBe('Order confirmed for cash on delivery')
  })
})
