import type { ChatMessage, ChatRole, PollState, SpotlightProduct } from './events'

/**
 * Database rows → the shapes the live room and its events use. Pure, so the live code that
 * publishes events and the page that renders first paint name people and prices the same way.
 */

export type ChatRowInput = {
  id: string
  userId: string | null
  userName: string | null
  memberRole: 'owner' | 'moderator' | null
  body: string
  kind: 'message' | 'question' | 'system'
  createdAt: Date
  mediaOffsetMs: number | null
  answeredAt: Date | null
}

export function firstName(name: string | null | undefined): string {
  const first = name?.trim().split(/\s+/)[0]
  return first || 'Guest'
}

export function chatRole(userId: string | null, show: { hostId: string; coHostId: string | null }, memberRole: 'owner' | 'moderator' | null): ChatRole {
  if (userId && (userId === show.hostId || userId === show.coHostId)) return 'host'
  return memberRole ? 'moderator' : 'viewer'
}

export function toChatMessage(row: ChatRowInput, show: { hostId: string; coHostId: string | null; storeName: string }): ChatMessage {
  const role = chatRole(row.userId, show, row.memberRole)
  return {
    id: row.id,
    userId: row.userId,
    name: row.kind === 'system' ? show.storeName : role === 'host' ? show.storeName : firstName(row.userName),
    role,
    body: row.body,
    kind: row.kind,
    createdAt: row.createdAt.toISOString(),
    mediaOffsetMs: row.mediaOffsetMs,
    answeredAt: row.answeredAt?.toISOString() ?? null,
  }
}

export type ProductPriceInput = {
  productId: string
  slug: string
  title: string
  imageUrl: string | null
  pricePaise: number
  compareAtPaise: number | null
  livePricePaise: number | null
  stock: number
  hasVariants: boolean
}

/** The live price where the run list sets one, with the usual price struck through. */
export function toSpotlightProduct(row: ProductPriceInput): SpotlightProduct {
  const live = row.livePricePaise !== null && row.livePricePaise < row.pricePaise ? row.livePricePaise : null
  return {
    productId: row.productId,
    slug: row.slug,
    title: row.title,
    imageUrl: row.imageUrl,
    pricePaise: live ?? row.pricePaise,
    mrpPaise: row.compareAtPaise ?? (live !== null ? row.pricePaise : null),
    stock: row.stock,
    hasVariants: row.hasVariants,
  }
}

export function toPollState(
  poll: { id: string; question: string; options: string[]; endsAt: Date; closedAt: Date | null; votes: { optionIndex: number; n: number }[] },
  now: Date,
): PollState {
  const counts = poll.options.map((_, i) => poll.votes.find((v) => v.optionIndex === i)?.n ?? 0)
  return {
    id: poll.id,
    question: poll.question,
    options: poll.options,
    counts,
    total: counts.reduce((a, b) => a + b, 0),
    endsAt: poll.endsAt.toISOString(),
    closed: poll.closedAt !== null || poll.endsAt <= now,
  }
}
