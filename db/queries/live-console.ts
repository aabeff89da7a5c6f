import { and, desc, eq, inArray, isNull, notInArray } from 'drizzle-orm'
import { alias } from 'drizzle-orm/pg-core'
import type { DbOrTx } from '@/db/client'
import { chatMessages, orderItems, orders, reports, shows, storeMembers, stores, users } from '@/db/schema'
import type { ChatRowInput } from '@/lib/live/shape'
import { UNPAID_STATES } from './live-products'

// The seller's live console (SPEC §9.3): first-paint reads, each scoped by the store and the show.

export type ConsoleShow = {
  id: string
  slug: string
  title: string
  status: 'scheduled' | 'live' | 'ended' | 'cancelled'
  startedAt: Date | null
  hostId: string
  coHostId: string | null
  storeName: string
  slowModeSeconds: number
  spotlightProductId: string | null
  ingressUrl: string | null
  ingressStreamKey: string | null
  ingressKind: 'rtmp' | 'whip' | null
}

export async function findConsoleShow(db: DbOrTx, storeId: string, showId: string): Promise<ConsoleShow | null> {
  const [row] = await db
    .select({
      id: shows.id,
      slug: shows.slug,
      title: shows.title,
      status: shows.status,
      startedAt: shows.startedAt,
      hostId: shows.hostId,
      coHostId: shows.coHostId,
      storeName: stores.name,
      slowModeSeconds: shows.slowModeSeconds,
      spotlightProductId: shows.spotlightProductId,
      ingressUrl: shows.ingressUrl,
      ingressStreamKey: shows.ingressStreamKey,
      ingressKind: shows.ingressKind,
    })
    .from(shows)
    .innerJoin(stores, eq(stores.id, shows.storeId))
    .where(and(eq(shows.id, showId), eq(shows.storeId, storeId)))
    .limit(1)
  return row ?? null
}

/** Questions asked in the show, answered ones included, the most recently asked first. */
export async function listShowQuestions(db: DbOrTx, storeId: string, showId: string, limit = 100): Promise<ChatRowInput[]> {
  return db
    .select({
      id: chatMessages.id,
      userId: chatMessages.userId,
      userName: users.name,
      memberRole: storeMembers.role,
      body: chatMessages.body,
      kind: chatMessages.kind,
      createdAt: chatMessages.createdAt,
      mediaOffsetMs: chatMessages.mediaOffsetMs,
      answeredAt: chatMessages.answeredAt,
    })
    .from(chatMessages)
    .innerJoin(shows, and(eq(shows.id, chatMessages.showId), eq(shows.storeId, storeId)))
    .leftJoin(users, eq(users.id, chatMessages.userId))
    .leftJoin(storeMembers, and(eq(storeMembers.storeId, storeId), eq(storeMembers.userId, chatMessages.userId)))
    .where(and(eq(chatMessages.showId, showId), eq(chatMessages.kind, 'question'), isNull(chatMessages.deletedAt)))
    .orderBy(desc(chatMessages.questionAt), desc(chatMessages.id))
    .limit(limit)
}

export type ConsoleOrderRow = {
  id: string
  recipientName: string
  city: string
  totalPaise: number
  placedAt: Date
  /** Order lines in the order they were added. */
  items: string[]
}

/** Paid orders placed through the show, newest first. */
export async function listRecentShowOrders(db: DbOrTx, storeId: string, showId: string, limit = 20): Promise<ConsoleOrderRow[]> {
  const rows = await db
    .select({ id: orders.id, address: orders.shippingAddress, totalPaise: orders.totalPaise, placedAt: orders.placedAt })
    .from(orders)
    .where(and(eq(orders.storeId, storeId), eq(orders.showId, showId), notInArray(orders.status, [...UNPAID_STATES])))
    .orderBy(desc(orders.placedAt), desc(orders.id))
    .limit(limit)
  if (rows.length === 0) return []
  const lines = await db
    .select({ orderId: orderItems.orderId, title: orderItems.title })
    .from(orderItems)
    .where(
      inArray(
        orderItems.orderId,
        rows.map((r) => r.id),
      ),
    )
    .orderBy(orderItems.createdAt, orderItems.id)
  const byOrder = new Map<string, string[]>()
  for (const line of lines) {
    const list = byOrder.get(line.orderId) ?? []
    list.push(line.title)
    byOrder.set(line.orderId, list)
  }
  return rows.map((r) => ({
    id: r.id,
    recipientName: r.address.name,
    city: r.address.city,
    totalPaise: r.totalPaise,
    placedAt: r.placedAt,
    items: byOrder.get(r.id) ?? [],
  }))
}

export type ConsoleReportRow = {
  messageId: string
  body: string
  authorName: string | null
  reporterName: string | null
  reason: string
  createdAt: Date
}

const reporter = alias(users, 'reporter')

/** Open reports on this show's chat messages that are still visible, newest first. */
export async function listOpenChatReports(db: DbOrTx, storeId: string, showId: string, limit = 50): Promise<ConsoleReportRow[]> {
  return db
    .select({
      messageId: chatMessages.id,
      body: chatMessages.body,
      authorName: users.name,
      reporterName: reporter.name,
      reason: reports.reason,
      createdAt: reports.createdAt,
    })
    .from(reports)
    .innerJoin(chatMessages, and(eq(reports.targetType, 'chat_message'), eq(chatMessages.id, reports.targetId)))
    .innerJoin(shows, and(eq(shows.id, chatMessages.showId), eq(shows.storeId, storeId)))
    .leftJoin(users, eq(users.id, chatMessages.userId))
    .leftJoin(reporter, eq(reporter.id, reports.reporterId))
    .where(and(eq(chatMessages.showId, showId), eq(reports.status, 'open'), isNull(chatMessages.deletedAt)))
    .orderBy(desc(reports.createdAt), desc(reports.id))
    .limit(limit)
}
