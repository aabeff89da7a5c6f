import type { PollState, ShowEvents, SpotlightProduct, ViewerStats } from '@/lib/live/events'

export type TickerItem = ShowEvents['just-bought'] & { id: number }
export type FloatingReaction = { id: number; kind: string; lane: number }

export type RoomState = {
  status: ShowEvents['status']['status']
  spotlight: SpotlightProduct | null
  /** Stock left per product, from `stock` events; overrides the first paint's numbers. */
  stock: Record<string, number>
  poll: PollState | null
  viewers: ViewerStats | null
  ticker: TickerItem[]
  floating: FloatingReaction[]
}

export type RoomAction =
  | { type: 'status'; status: RoomState['status'] }
  | { type: 'spotlight'; product: SpotlightProduct | null }
  | { type: 'stock'; productId: string; stock: number }
  | { type: 'poll'; poll: PollState }
  | { type: 'viewers'; viewers: ViewerStats }
  | { type: 'bought'; item: TickerItem }
  | { type: 'ticker-expire'; id: number }
  | { type: 'reactions'; counts: Record<string, number>; firstId: number }
  | { type: 'reaction-done'; id: number }

/** Hearts on screen at once: a flood of reactions shouldn't flood the page. */
export const MAX_FLOATING = 24

export function roomReducer(state: RoomState, action: RoomAction): RoomState {
  switch (action.type) {
    case 'status':
      return { ...state, status: action.status }
    case 'spotlight':
      return { ...state, spotlight: action.product, stock: action.product ? { ...state.stock, [action.product.productId]: action.product.stock } : state.stock }
    case 'stock': {
      const spotlight = state.spotlight?.productId === action.productId ? { ...state.spotlight, stock: action.stock } : state.spotlight
      return { ...state, spotlight, stock: { ...state.stock, [action.productId]: action.stock } }
    }
    case 'poll':
      // A late result for an older poll must not replace a newer one.
      if (state.poll && state.poll.id !== action.poll.id && state.poll.endsAt > action.poll.endsAt && !state.poll.closed) return state
      return { ...state, poll: action.poll }
    case 'viewers':
      return { ...state, viewers: action.viewers }
    case 'bought':
      return { ...state, ticker: [...state.ticker.slice(-2), action.item] }
    case 'ticker-expire':
      return { ...state, ticker: state.ticker.filter((t) => t.id !== action.id) }
    case 'reactions': {
      const room = MAX_FLOATING - state.floating.length
      if (room <= 0) return state
      const added: FloatingReaction[] = []
      let id = action.firstId
      for (const [kind, count] of Object.entries(action.counts)) {
        for (let i = 0; i < Math.min(count, 6) && added.length < room; i++) added.push({ id: id++, kind, lane: id % 5 })
      }
      return { ...state, floating: [...state.floating, ...added] }
    }
    case 'reaction-done':
      return { ...state, floating: state.floating.filter((f) => f.id !== action.id) }
    default: {
      const unknown: never = action
      return unknown
    }
  }
}
