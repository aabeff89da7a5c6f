import 'server-only'

import { getDb } from '@/db'
import {
  countUnreadNotifications,
  listEmailPreferences,
  listNotifications,
  type NotificationRow,
} from '@/db/queries/notifications'
import { NOTIFICATION_TYPES, notificationTypesFor, type NotificationAudience, type NotificationType } from './notification-types'
import { timeAgo } from './time-ago'

export const NOTIFICATIONS_PAGE_SIZE = 20
/** How many the header bell shows. */
export const BELL_NOTIFICATION_LIMIT = 8

/** A notification as the client renders it: serialisable, with the time already worded. */
export type NotificationItem = {
  id: string
  type: string
  title: string
  body: string
  href: string | null
  read: boolean
  createdAt: string
  when: string
}

function toItem(row: NotificationRow, now: Date): NotificationItem {
  return {
    id: row.id,
    type: row.type,
    title: row.title,
    body: row.body,
    // Only app-relative links are followed, whatever ends up in the column.
    href: row.href?.startsWith('/') && !row.href.startsWith('//') ? row.href : null,
    read: row.readAt !== null,
    createdAt: row.createdAt.toISOString(),
    when: timeAgo(row.createdAt, now),
  }
}

export async function getNotificationsPage(userId: string, page: number) {
  const db = getDb()
  const [{ rows, total }, unread] = await Promise.all([
    listNotifications(db, userId, { limit: NOTIFICATIONS_PAGE_SIZE, offset: (page - 1) * NOTIFICATIONS_PAGE_SIZE }),
    countUnreadNotifications(db, userId),
  ])
  const now = new Date()
  return { items: rows.map((r) => toItem(r, now)), total, unread }
}

export async function getLatestNotifications(userId: string) {
  const db = getDb()
  const [{ rows }, unread] = await Promise.all([
    listNotifications(db, userId, { limit: BELL_NOTIFICATION_LIMIT, offset: 0 }),
    countUnreadNotifications(db, userId),
  ])
  const now = new Date()
  return { items: rows.map((r) => toItem(r, now)), unread }
}

/** For the header bell's badge; 0 for signed-out visitors. */
export async function getUnreadNotificationCount(userId: string | null | undefined): Promise<number> {
  return userId ? countUnreadNotifications(getDb(), userId) : 0
}

export type EmailPreferenceSetting = { type: NotificationType; label: string; description: string; enabled: boolean }

/** Every email type for the audiences the user belongs to, with their choice (absent = wanted). */
export async function getEmailPreferenceSettings(
  userId: string,
  audiences: readonly NotificationAudience[],
): Promise<{ audience: NotificationAudience; settings: EmailPreferenceSetting[] }[]> {
  const stored = await listEmailPreferences(getDb(), userId)
  return audiences.map((audience) => ({
    audience,
    settings: notificationTypesFor(audience).map((type) => ({
      type,
      label: NOTIFICATION_TYPES[type].label,
      description: NOTIFICATION_TYPES[type].description,
      enabled: stored.get(type) ?? true,
    })),
  }))
}
