import type { OrderStatus } from '@/lib/domain/order-state'

// The order page's tracking timeline: the order's own transitions and every courier scan, merged.

export type TimelineEvent = {
  id: string
  fromStatus: OrderStatus | null
  toStatus: OrderStatus
  actorRole: 'buyer' | 'seller' | 'admin' | 'system'
  note: string | null
  createdAt: string
}

export type TimelineScan = {
  id: string
  isReturn: boolean
  status: string
  location: string | null
  description: string | null
  occurredAt: string
}

export type TimelineEntry = {
  key: string
  at: string
  title: string
  /** A person's words: the reason given for a cancellation, return or decision. */
  detail: string | null
  location: string | null
  source: 'order' | 'courier'
}

const CANCELLED_BY: Record<TimelineEvent['actorRole'], string> = {
  buyer: 'You cancelled the order',
  seller: 'The seller cancelled the order',
  admin: 'Haat cancelled the order',
  system: 'Cancelled — payment was not completed in time',
}

function eventTitle(event: TimelineEvent, cod: boolean): string {
  switch (event.toStatus) {
    case 'pending_payment':
      return 'Order placed'
    case 'confirmed':
      return cod ? 'Order confirmed for cash on delivery' : 'Payment received — order confirmed'
    case 'packed':
      return 'Packed by the seller'
    case 'shipped':
      return 'Shipped'
    case 'out_for_delivery':
      return 'Out for delivery'
    case 'delivered':
      return event.fromStatus === 'return_requested' ? 'Return declined — the order stays delivered' : 'Delivered'
    case 'cancelled':
      return CANCELLED_BY[event.actorRole]
    case 'return_requested':
      return 'You asked to return the order'
    case 'return_approved':
      return 'Return approved by the seller'
    case 'returned':
      return 'Return received by the seller'
    case 'refunded':
      return 'Refunded'
    case 'rto':
      return 'Returned to the seller by the courier'
  }
}

function humanise(status: string): string {
  const words = status.replaceAll('_', ' ')
  return words.charAt(0).toUpperCase() + words.slice(1)
}

/**
 * Newest first. System notes (scan labels, refund ids) repeat what the entry already says, so
 * only people's notes are shown.
 */
export function buildTimeline(events: readonly TimelineEvent[], scans: readonly TimelineScan[], options: { cod: boolean }): TimelineEntry[] {
  const entries: TimelineEntry[] = [
    ...events.map((e) => ({
      key: `e-${e.id}`,
      at: e.createdAt,
      title: eventTitle(e, options.cod),
      detail: e.actorRole === 'system' ? null : e.note,
      location: null,
      source: 'order' as const,
    })),
    ...scans.map((s) => {
      const words = s.description?.trim() || humanise(s.status)
      return {
        key: `s-${s.id}`,
        at: s.occurredAt,
        title: s.isReturn ? `Return parcel: ${words}` : words,
        detail: null,
        location: s.location,
        source: 'courier' as const,
      }
    }),
  ]
  return entries
    .map((entry, index) => ({ entry, index, time: Date.parse(entry.at) }))
    .sort((a, b) => b.time - a.time || b.index - a.index)
    .map(({ entry }) => entry)
}
