/**
 * The events published on show channels (lib/live/channels.ts), shared by the server that
 * publishes them after a commit and the live room and console that render them. Display only:
 * nothing a client receives here is trusted for commerce state.
 */

export type ChatRole = 'host' | 'moderator' | 'viewer'

export type ChatMessage = {
  id: string
  userId: string | null
  /** Display name: the first name, or the store's name for the host. */
  name: string
  role: ChatRole
  body: string
  kind: 'message' | 'question' | 'system'
  createdAt: string
  /** Milliseconds since the show went live; the replay plays chat back on this clock. */
  mediaOffsetMs: number | null
  answeredAt: string | null
}

export type SpotlightProduct = {
  productId: string
  slug: string
  title: string
  imageUrl: string | null
  /** The price a viewer pays now: the show's live price where set, otherwise the lowest variant price. */
  pricePaise: number
  mrpPaise: number | null
  stock: number
  hasVariants: boolean
}

export type PollState = {
  id: string
  question: string
  options: string[]
  counts: number[]
  total: number
  endsAt: string
  closed: boolean
}

export type ViewerStats = { concurrent: number; peak: number; unique: number }

/** Public `show-{id}` channel. */
export type ShowEvents = {
  'chat-message': ChatMessage
  'chat-deleted': { id: string }
  'chat-pinned': { message: ChatMessage | null }
  'chat-answered': { id: string }
  /** Batched: how many of each reaction arrived since the last batch. */
  reactions: { counts: Record<string, number> }
  viewers: ViewerStats
  spotlight: { product: SpotlightProduct | null; at: string }
  stock: { productId: string; stock: number }
  'just-bought': { firstName: string; city: string; productTitle: string; productId: string }
  poll: PollState
  status: { status: 'scheduled' | 'live' | 'ended' | 'cancelled' }
  'slow-mode': { seconds: number }
}

/** Private `private-studio-{showId}` channel: the host console. */
export type StudioEvents = {
  order: { orderId: string; productTitle: string; buyerFirstName: string; city: string; totalPaise: number; at: string }
  stats: { orders: number; revenuePaise: number; viewers: ViewerStats }
  question: ChatMessage
  report: { messageId: string; body: string; author: string; reporter: string; reason: string; at: string }
  /** Embedded video only: a viewer asks the host's browser for a stream (lib/services/video). */
  'viewer-join': { viewerKey: string }
}

export type ShowEventName = keyof ShowEvents
export type StudioEventName = keyof StudioEvents

export const REACTIONS = ['heart', 'fire', 'clap', 'laugh', 'wow'] as const
export type Reaction = (typeof REACTIONS)[number]
