import { and, asc, count, desc, eq, inArray, isNull, or, sql } from 'drizzle-orm'
import type { DbOrTx } from '@/db/client'
import {
  emailPreferences,
  notifications,
  orderEvents,
  orderItems,
  orders,
  returns,
  shipments,
  storeMembers,
  stores,
  users,
} from '@/db/schema'

/** Store roles told about the store's orders (SPEC §4.6; moderators help run the store's lives). */
export const ORDER_NOTICE_ROLES = ['owner', 'moderator'] as const

// Every read and write here is scoped by the owner's user id: a notification id from the client
// is only ever matched together with the signed-in user's id.

export type NotificationRow = {
  id: string
  type: string
  title: string
  body: string
  href: string | null
  readAt: Date | null
  createdAt: Date
}

export type NewNotification = { userId: string; type: string; title: string; body: string; href: string | null }

const rowColumns = {
  id: notifications.id,
  type: notifications.type,
  title: notifications.title,
  body: notifications.body,
  href: notifications.href,
  readAt: notifications.readAt,
  createdAt: notifications.createdAt,
}

export async function insertNotifications(db: DbOrTx, rows: readonly NewNotification[]): Promise<number> {
  if (rows.length === 0) return 0
  const inserted = await db.insert(notifications).values([...rows]).returning({ id: notifications.id })
  return inserted.length
}

/** The user's notifications, newest first. */
export async function listNotifications(
  db: DbOrTx,
  userId: string,
  page: { limit: number; offset: number },
): Promise<{ rows: NotificationRow[]; total: number }> {
  const [rows, [total]] = await Promise.all([
    db
      .select(rowColumns)
      .from(notifications)
      .where(eq(notifications.userId, userId))
      .orderBy(desc(notifications.createdAt), desc(notifications.id))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ n: count() }).from(notifications).where(eq(notifications.userId, userId)),
  ])
  return { rows, total: total?.n ?? 0 }
}

export async function countUnreadNotifications(db: DbOrTx, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))
  return row?.n ?? 0
}

/** Marks one of the user's notifications read; false when it is not theirs (or does not exist). */
export async function markNotificationRead(db: DbOrTx, userId: string, notificationId: string): Promise<boolean> {
  const rows = await db
    .update(notifications)
    .set({ readAt: sql`coalesce(${notifications.readAt}, now())` })
    .where(and(eq(notifications.id, notificationId), eq(notifications.userId, userId)))
    .returning({ id: notifications.id })
  return rows.length > 0
}

/** Marks every unread notification of the user read; returns how many changed. */
export async function markAllNotificationsRead(db: DbOrTx, userId: string): Promise<number> {
  const rows = await db
    .update(notifications)
    .set({ readAt: sql`now()` })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))
    .returning({ id: notifications.id })
  return rows.length
}

/** The user's stored email choices by type; a type without a row is wanted. */
export async function listEmailPreferences(db: DbOrTx, userId: string): Promise<Map<string, boolean>> {
  const rows = await db
    .select({ type: emailPreferences.type, enabled: emailPreferences.enabled })
    .from(emailPreferences)
    .where(eq(emailPreferences.userId, userId))
  return new Map(rows.map((r) => [r.type, r.enabled]))
}

export async function saveEmailPreferences(
  db: DbOrTx,
  userId: string,
  preferences: readonly { type: string; enabled: boolean }[],
): Promise<void> {
  if (preferences.length === 0) return
  await db
    .insert(emailPreferences)
    .values(preferences.map((p) => ({ userId, type: p.type, enabled: p.enabled })))
    .onConflictDoUpdate({
      target: [emailPreferences.userId, emailPreferences.type],
      set: { enabled: sql`excluded.enabled` },
    })
}

/** Which (user, type) pairs among these users and types have email turned off. */
export async function listEmailOptOuts(
  db: DbOrTx,
  userIds: readonly string[],
  types: readonly string[],
): Promise<{ userId: string; type: string }[]> {
  if (userIds.length === 0 || types.length === 0) return []
  return db
    .select({ userId: emailPreferences.userId, type: emailPreferences.type })
    .from(emailPreferences)
    .where(
      and(
        inArray(emailPreferences.userId, [...userIds]),
        inArray(emailPreferences.type, [...types]),
        eq(emailPreferences.enabled, false),
      ),
    )
}

export type OrderNoticeFacts = NonNullable<Awaited<ReturnType<typeof findOrderNoticeFacts>>>

/**
 * What an order notification needs, read after the state change committed: the order with its
 * store and buyer, its lines, the people who run the store, the latest outbound shipment and
 * return, and whether the order ever reached `confirmed` (only then did the seller hear of it).
 */
export async function findOrderNoticeFacts(db: DbOrTx, orderId: string) {
  const [order] = await db
    .select({
      id: orders.id,
      number: orders.number,
      status: orders.status,
      storeId: orders.storeId,
      paymentMethod: orders.paymentMethod,
      subtotalPaise: orders.subtotalPaise,
      discountPaise: orders.discountPaise,
      shippingPaise: orders.shippingPaise,
      totalPaise: orders.totalPaise,
      storeName: stores.name,
      storeOwnerId: stores.ownerId,
      returnWindowDays: stores.returnWindowDays,
      buyer: { id: users.id, name: users.name, email: users.email },
    })
    .from(orders)
    .innerJoin(stores, eq(stores.id, orders.storeId))
    .innerJoin(users, eq(users.id, orders.buyerId))
    .where(eq(orders.id, orderId))
    .limit(1)
  if (!order) return null

  const [items, sellers, [shipment], [latestReturn], [confirmed]] = await Promise.all([
    db
      .select({ title: orderItems.title, variantTitle: orderItems.variantTitle, quantity: orderItems.quantity, totalPaise: orderItems.totalPaise })
      .from(orderItems)
      .where(eq(orderItems.orderId, orderId))
      .orderBy(asc(orderItems.createdAt), asc(orderItems.id)),
    // The owner on the store row, plus every member in a role that handles orders.
    db
      .select({ id: users.id, name: users.name, email: users.email })
      .from(users)
      .where(
        and(
          eq(users.status, 'active'),
          or(
            eq(users.id, order.storeOwnerId),
            inArray(
              users.id,
              db
                .select({ userId: storeMembers.userId })
                .from(storeMembers)
                .where(and(eq(storeMembers.storeId, order.storeId), inArray(storeMembers.role, [...ORDER_NOTICE_ROLES]))),
            ),
          ),
        ),
      ),
    db
      .select({ courier: shipments.courier, awb: shipments.awb, trackingUrl: shipments.trackingUrl })
      .from(shipments)
      .where(and(eq(shipments.orderId, orderId), eq(shipments.isReturn, false)))
      .orderBy(desc(shipments.createdAt))
      .limit(1),
    db
      .select({ reason: returns.reason, details: returns.details, status: returns.status, decisionNote: returns.decisionNote })
      .from(returns)
      .where(eq(returns.orderId, orderId))
      .orderBy(desc(returns.createdAt))
      .limit(1),
    db
      .select({ id: orderEvents.id })
      .from(orderEvents)
      .where(and(eq(orderEvents.orderId, orderId), eq(orderEvents.toStatus, 'confirmed')))
      .limit(1),
  ])
  const { storeOwnerId: _owner, ...rest } = order
  return { ...rest, items, sellers, shipment: shipment ?? null, latestReturn: latestReturn ?? null, everConfirmed: Boolean(confirmed) }
}
