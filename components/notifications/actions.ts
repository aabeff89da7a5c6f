'use server'

import { getDb } from '@/db'
import { countUnreadNotifications, markAllNotificationsRead, markNotificationRead, saveEmailPreferences } from '@/db/queries/notifications'
import { ActionError, userAction } from '@/lib/actions/safe-action'
import { getLatestNotifications } from '@/lib/notifications/inbox'
import { emailPreferencesSchema, markNotificationReadSchema, noInputSchema } from '@/lib/notifications/validations'

// Every action reads and writes only the signed-in user's rows: ids from the client are matched
// together with the session's user id in db/queries/notifications.

/** The bell's list, loaded when it opens so pages carry no notification data. */
export const loadLatestNotificationsAction = userAction(noInputSchema, async (_input, { user }) => getLatestNotifications(user.id), {
  rateLimit: { name: 'notifications-read', limit: 120, windowSeconds: 60 },
})

export const markNotificationReadAction = userAction(
  markNotificationReadSchema,
  async ({ id }, { user }) => {
    const db = getDb()
    if (!(await markNotificationRead(db, user.id, id))) throw new ActionError('not_found', 'That notification could not be found.')
    return { unread: await countUnreadNotifications(db, user.id) }
  },
  { rateLimit: { name: 'notifications-write', limit: 120, windowSeconds: 60 } },
)

export const markAllNotificationsReadAction = userAction(
  noInputSchema,
  async (_input, { user }) => {
    const marked = await markAllNotificationsRead(getDb(), user.id)
    return { marked, unread: 0 }
  },
  { rateLimit: { name: 'notifications-write', limit: 120, windowSeconds: 60 } },
)

export const saveEmailPreferencesAction = userAction(
  emailPreferencesSchema,
  async ({ preferences }, { user }) => {
    await saveEmailPreferences(getDb(), user.id, preferences)
    return { saved: preferences.length }
  },
  { rateLimit: { name: 'email-preferences', limit: 30, windowSeconds: 60 } },
)
