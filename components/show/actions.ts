'use server'

import { getDb } from '@/db'
import { findShowForReminder, setShowReminder } from '@/db/queries/shows'
import { ActionError, userAction } from '@/lib/actions/safe-action'
import { showReminderSchema } from '@/lib/validations/show'

/** "Remind me" on a scheduled show (SPEC §8.1); `on` is the state wanted, so a double tap is harmless. */
export const setShowReminderAction = userAction(
  showReminderSchema,
  async ({ showId, on }, { user }) => {
    const db = getDb()
    const show = await findShowForReminder(db, showId)
    if (!show) throw new ActionError('not_found', 'This show is no longer available.')
    if (on && show.status !== 'scheduled') {
      throw new ActionError('conflict', show.status === 'live' ? 'This show is live now — join it instead.' : 'This show is no longer coming up, so there is nothing to remind you of.')
    }
    await setShowReminder(db, user.id, showId, on)
    return { on }
  },
  { rateLimit: { name: 'show-reminder', limit: 60, windowSeconds: 60 } },
)
