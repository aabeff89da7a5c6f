'use server'

import { getDb } from '@/db'
import { sellerAction } from '@/lib/actions/safe-action'
import { afterShowWrite } from '@/lib/dal/show-publish'
import { inviteCoHost, removeCoHost } from '@/lib/dal/show-cohost'
import { getServiceConfig } from '@/lib/services'
import { getEmail } from '@/lib/services/email'
import { coHostInviteSchema, coHostRemoveSchema } from '@/lib/validations/cohost'

// sellerAction has checked the caller owns input.storeId; the DAL names that store in every
// query, so another store's show id is "not found".

// Each invitation emails someone outside the store, so it is limited more tightly than show edits.
const inviteLimit = { rateLimit: { name: 'cohost-invite', limit: 20, windowSeconds: 3600 } }

export const inviteCoHostAction = sellerAction(
  coHostInviteSchema,
  async (input, { user }) => {
    const result = await inviteCoHost(
      { db: getDb(), email: getEmail(), appUrl: getServiceConfig().appUrl },
      { storeId: input.storeId, actorId: user.id },
      { showId: input.showId, email: input.email, shareBps: input.sharePercent },
    )
    // The live room and the replay label the co-host's chat as the host's.
    await afterShowWrite({ id: input.showId, storeId: input.storeId })
    return { name: result.coHost.name, email: result.coHost.email, shareBps: result.shareBps, notified: result.notified }
  },
  inviteLimit,
)

export const removeCoHostAction = sellerAction(
  coHostRemoveSchema,
  async (input, { user }) => {
    const result = await removeCoHost(getDb(), { storeId: input.storeId, actorId: user.id }, input.showId)
    await afterShowWrite({ id: input.showId, storeId: input.storeId })
    return result
  },
  { rateLimit: { name: 'show-write', limit: 60, windowSeconds: 600 } },
)
