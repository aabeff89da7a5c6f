import { z } from 'zod'
import { canTransition, type OrderStatus } from '@/lib/domain/order-state'

// The seller's order inbox (SPEC §4.2, §9.2): its URL state, and the inputs of the order actions.

export const SELLER_ORDER_TABS = ['all', 'to_pack', 'to_ship', 'in_transit', 'delivered', 'returns', 'closed'] as const
export type SellerOrderTab = (typeof SELLER_ORDER_TABS)[number]

/**
 * Which statuses each tab shows. Unpaid checkouts (pending_payment) are not the seller's work yet
 * and appear in no tab. Parcels the courier brings back (rto) sit with returns: in both the goods
 * are on their way back to the seller.
 */
export const SELLER_ORDER_TAB_STATUSES: Record<SellerOrderTab, readonly OrderStatus[]> = {
  all: ['confirmed', 'packed', 'shipped', 'out_for_delivery', 'delivered', 'return_requested', 'return_approved', 'returned', 'rto', 'cancelled', 'refunded'],
  to_pack: ['confirmed'],
  to_ship: ['packed'],
  in_transit: ['shipped', 'out_for_delivery'],
  delivered: ['delivered'],
  returns: ['return_requested', 'return_approved', 'returned', 'rto'],
  closed: ['cancelled', 'refunded'],
}

export const SELLER_ORDER_TAB_LABELS: Record<SellerOrderTab, string> = {
  all: 'All',
  to_pack: 'To pack',
  to_ship: 'To ship',
  in_transit: 'In transit',
  delivered: 'Delivered',
  returns: 'Returns',
  closed: 'Cancelled/refunded',
}

const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s))

/** The inbox's URL state; anything unexpected falls back to the default. */
export const sellerOrderListParamsSchema = z
  .object({
    tab: z.enum(SELLER_ORDER_TABS).catch('all').default('all'),
    q: z.string().trim().max(100).catch('').default(''),
    from: isoDay.or(z.literal('')).catch('').default(''),
    to: isoDay.or(z.literal('')).catch('').default(''),
    page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
  })
  // A range typed backwards ("to" before "from") is still the range the seller meant.
  .transform((p) => (p.from && p.to && p.from > p.to ? { ...p, from: p.to, to: p.from } : p))
export type SellerOrderListParams = z.output<typeof sellerOrderListParamsSchema>

export function parseSellerOrderListParams(searchParams: Record<string, string | string[] | undefined>): SellerOrderListParams {
  const first = Object.fromEntries(Object.entries(searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]))
  return sellerOrderListParamsSchema.parse(first)
}

/** The list state as a query string, leaving out defaults (and page 1) so links stay short. */
export function sellerOrderListQuery(params: SellerOrderListParams, change: Partial<SellerOrderListParams> = {}): string {
  const next = { ...params, page: 1, ...change }
  const query = new URLSearchParams()
  if (next.tab !== 'all') query.set('tab', next.tab)
  if (next.q) query.set('q', next.q)
  if (next.from) query.set('from', next.from)
  if (next.to) query.set('to', next.to)
  if (next.page > 1) query.set('page', String(next.page))
  const qs = query.toString()
  return qs ? `?${qs}` : ''
}

export type SellerOrderFilter = {
  /** Order number (with or without a leading #) or buyer name, case-insensitive, part of it. */
  q: string
  /** Placed at or after this instant. */
  placedFrom: Date | null
  /** Placed before this instant. */
  placedBefore: Date | null
}

const IST = '+05:30'

/** The search and date range as instants: days are Indian calendar days, both ends included. */
export function sellerOrderFilter(params: Pick<SellerOrderListParams, 'q' | 'from' | 'to'>): SellerOrderFilter {
  const placedBefore = params.to ? new Date(new Date(`${params.to}T00:00:00${IST}`).getTime() + 86_400_000) : null
  return {
    q: params.q.replace(/^#/, '').trim(),
    placedFrom: params.from ? new Date(`${params.from}T00:00:00${IST}`) : null,
    placedBefore,
  }
}

// ——— actions ———

export const sellerOrderRefSchema = z.object({ storeId: z.uuid(), orderId: z.uuid() })
export type SellerOrderRef = z.input<typeof sellerOrderRefSchema>

export const SELLER_ORDER_NOTE_MAX = 500

export const cancelSellerOrderSchema = sellerOrderRefSchema.extend({
  reason: z
    .string()
    .trim()
    .min(5, 'Tell the buyer why you are cancelling (at least 5 characters)')
    .max(SELLER_ORDER_NOTE_MAX, `Keep the reason under ${SELLER_ORDER_NOTE_MAX} characters`),
})
export type CancelSellerOrderInput = z.input<typeof cancelSellerOrderSchema>

export const approveReturnSchema = sellerOrderRefSchema.extend({
  note: z.string().trim().max(SELLER_ORDER_NOTE_MAX, `Keep the note under ${SELLER_ORDER_NOTE_MAX} characters`).default(''),
})
export type ApproveReturnInput = z.input<typeof approveReturnSchema>

export const rejectReturnSchema = sellerOrderRefSchema.extend({
  note: z
    .string()
    .trim()
    .min(5, 'Tell the buyer why you are rejecting the return (at least 5 characters)')
    .max(SELLER_ORDER_NOTE_MAX, `Keep the note under ${SELLER_ORDER_NOTE_MAX} characters`),
})
export type RejectReturnInput = z.input<typeof rejectReturnSchema>

// ——— who may do what ———

export type StoreRole = 'owner' | 'moderator'
export type SellerOrderCommand = 'pack' | 'ship' | 'cancel' | 'approve_return' | 'reject_return' | 'receive_return'

/**
 * Moderators help run the store day to day, so they may pack and ship. Cancelling and deciding
 * or closing a return move the buyer's money, so they are the owner's alone.
 */
export const SELLER_ORDER_COMMAND_ROLE: Record<SellerOrderCommand, StoreRole> = {
  pack: 'moderator',
  ship: 'moderator',
  cancel: 'owner',
  approve_return: 'owner',
  reject_return: 'owner',
  receive_return: 'owner',
}

function allowedByState(command: SellerOrderCommand, status: OrderStatus): boolean {
  switch (command) {
    case 'pack':
      return canTransition(status, 'packed', 'seller')
    case 'ship':
      return canTransition(status, 'shipped', 'seller')
    case 'cancel':
      return canTransition(status, 'cancelled', 'seller')
    case 'approve_return':
      return canTransition(status, 'return_approved', 'seller')
    case 'reject_return':
      return status === 'return_requested' && canTransition(status, 'delivered', 'seller')
    case 'receive_return':
      return canTransition(status, 'returned', 'seller')
    default: {
      const never: never = command
      return never
    }
  }
}

/** The buttons the order page shows: what the state allows, for this member, in a store that may act. */
export function sellerOrderCommands(status: OrderStatus, role: StoreRole, readOnly: boolean): SellerOrderCommand[] {
  if (readOnly) return []
  return (Object.keys(SELLER_ORDER_COMMAND_ROLE) as SellerOrderCommand[]).filter(
    (command) => allowedByState(command, status) && (role === 'owner' || SELLER_ORDER_COMMAND_ROLE[command] === 'moderator'),
  )
}
