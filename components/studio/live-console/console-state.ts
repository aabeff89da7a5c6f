import { formatOffset } from '@/components/show/format'
import type { ChatMessage, PollState, ShowEvents, StudioEvents, ViewerStats } from '@/lib/live/events'

/*
 * The console's live state: the server's first paint, patched by events from the public show
 * channel and the private studio channel. Events can arrive twice (a reconnect, a webhook and a
 * callback confirming one payment) and out of order, so every step is idempotent.
 */

export type ConsoleStatus = ShowEvents['status']['status']
export type ConsoleOrder = StudioEvents['order']
export type ConsoleReport = StudioEvents['report']
export type ConsoleStats = { orders: number; revenuePaise: number; viewers: ViewerStats }

export type ConsoleState = {
  status: ConsoleStatus
  startedAt: string | null
  stats: ConsoleStats
  /** Stock left per product, from `stock` and `spotlight` events; overrides the first paint. */
  stock: Record<string, number>
  spotlightId: string | null
  poll: PollState | null
  questions: ChatMessage[]
  orders: ConsoleOrder[]
  reports: ConsoleReport[]
}

export type ConsoleAction =
  | { type: 'status'; status: ConsoleStatus; startedAt?: string | null }
  | { type: 'viewers'; viewers: ViewerStats }
  | { type: 'stats'; stats: ConsoleStats }
  | { type: 'stock'; productId: string; stock: number }
  | { type: 'spotlight'; productId: string | null; stock?: number }
  | { type: 'poll'; poll: PollState }
  | { type: 'question'; question: ChatMessage }
  | { type: 'answered'; id: string; at: string }
  | { type: 'chat-deleted'; id: string }
  | { type: 'order'; order: ConsoleOrder }
  | { type: 'report'; report: ConsoleReport }
  | { type: 'report-dismissed'; messageId: string }

/** Enough to scroll back through a busy show without the page growing without end. */
export const MAX_ORDERS = 50
export const MAX_REPORTS = 50
export const MAX_QUESTIONS = 200

const byNewest = (a: { at: string }, b: { at: string }) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0)

/** Counts only rise while a show runs; a late `stats` from an earlier purchase must not undo a newer one. */
function mergeViewers(current: ViewerStats, next: ViewerStats): ViewerStats {
  return { concurrent: next.concurrent, peak: Math.max(current.peak, next.peak, next.concurrent), unique: Math.max(current.unique, next.unique) }
}

export function consoleReducer(state: ConsoleState, action: ConsoleAction): ConsoleState {
  switch (action.type) {
    case 'status': {
      // An ended show never comes back; a stale `live` after `ended` is ignored.
      if (state.status === 'ended' || state.status === 'cancelled') return state
      const startedAt = action.status === 'live' ? (action.startedAt ?? state.startedAt ?? new Date().toISOString()) : state.startedAt
      return { ...state, status: action.status, startedAt }
    }
    case 'viewers':
      return { ...state, stats: { ...state.stats, viewers: mergeViewers(state.stats.viewers, action.viewers) } }
    case 'stats':
      return {
        ...state,
        stats: {
          orders: Math.max(state.stats.orders, action.stats.orders),
          revenuePaise: Math.max(state.stats.revenuePaise, action.stats.revenuePaise),
          viewers: mergeViewers(state.stats.viewers, action.stats.viewers),
        },
      }
    case 'stock':
      return { ...state, stock: { ...state.stock, [action.productId]: action.stock } }
    case 'spotlight':
      return {
        ...state,
        spotlightId: action.productId,
        stock: action.productId && action.stock !== undefined ? { ...state.stock, [action.productId]: action.stock } : state.stock,
      }
    case 'poll':
      // A late result for an older poll must not replace a newer one.
      if (state.poll && state.poll.id !== action.poll.id && state.poll.endsAt > action.poll.endsAt) return state
      return { ...state, poll: action.poll }
    case 'question': {
      const existing = state.questions.find((q) => q.id === action.question.id)
      // Keep an answer we already know about if the question event arrives after it.
      const question = existing?.answeredAt ? { ...action.question, answeredAt: existing.answeredAt } : action.question
      const rest = state.questions.filter((q) => q.id !== action.question.id)
      return { ...state, questions: [question, ...rest].slice(0, MAX_QUESTIONS) }
    }
    case 'answered':
      return {
        ...state,
        questions: state.questions.map((q) => (q.id === action.id && !q.answeredAt ? { ...q, answeredAt: action.at } : q)),
      }
    case 'chat-deleted':
      return {
        ...state,
        questions: state.questions.filter((q) => q.id !== action.id),
        reports: state.reports.filter((r) => r.messageId !== action.id),
      }
    case 'order': {
      if (state.orders.some((o) => o.orderId === action.order.orderId)) return state
      return { ...state, orders: [action.order, ...state.orders].sort(byNewest).slice(0, MAX_ORDERS) }
    }
    case 'report': {
      const r = action.report
      if (state.reports.some((x) => x.messageId === r.messageId && x.reporter === r.reporter && x.at === r.at)) return state
      return { ...state, reports: [r, ...state.reports].sort(byNewest).slice(0, MAX_REPORTS) }
    }
    case 'report-dismissed':
      return { ...state, reports: state.reports.filter((r) => r.messageId !== action.messageId) }
    default: {
      const unknown: never = action
      return unknown
    }
  }
}

/** Open questions newest first (what the host is likely to be asked about now), then answered ones. */
export function splitQuestions(questions: ChatMessage[]): { open: ChatMessage[]; answered: ChatMessage[] } {
  const newest = (a: ChatMessage, b: ChatMessage) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0)
  return {
    open: questions.filter((q) => !q.answeredAt).sort(newest),
    answered: questions
      .filter((q) => q.answeredAt)
      .sort((a, b) => (a.answeredAt! < b.answeredAt! ? 1 : a.answeredAt! > b.answeredAt! ? -1 : 0)),
  }
}

/** Whether the poll still takes votes at `nowMs` (the server closes it at endsAt without an event). */
export function pollIsOpen(poll: PollState | null, nowMs: number): poll is PollState {
  return poll !== null && !poll.closed && Date.parse(poll.endsAt) > nowMs
}

/** Each option's share of the votes, in whole percent. */
export function pollShares(poll: Pick<PollState, 'counts' | 'total'>): number[] {
  return poll.counts.map((n) => (poll.total > 0 ? Math.round((n * 100) / poll.total) : 0))
}

/** "0:42", "12:05", "1:02:03" since the show went live. */
export function elapsedSince(startedAt: string | null, nowMs: number): string | null {
  return startedAt ? formatOffset(nowMs - Date.parse(startedAt)) : null
}

/** The stream key's last four characters behind a fixed run of dots, which hides its length too. */
export function maskSecret(secret: string): string {
  return secret.length <= 4 ? '••••••••' : `••••••••${secret.slice(-4)}`
}
