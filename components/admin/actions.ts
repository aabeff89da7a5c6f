'use server'

import { revalidatePath } from 'next/cache'
import { getDb } from '@/db'
import { decideStore } from '@/db/queries/admin'
import { ActionError, adminAction } from '@/lib/actions/safe-action'
import { revalidateStore } from '@/lib/catalog/revalidate'
import { refreshSearchIndexForStore } from '@/lib/catalog/search-index'
import { reviewStoreSchema } from '@/lib/validations/admin'

export const reviewStoreAction = adminAction(reviewStoreSchema, async (input, { user }) => {
  const db = getDb()
  const approve = input.decision === 'approve'
  const changed = await db.transaction((tx) =>
    decideStore(tx, { storeId: input.storeId, approve, reason: input.reason ?? null, adminId: user.id }),
  )
  if (!changed) throw new ActionError('conflict', 'This store was already reviewed. Refresh to see its current state.')
  if (approve) {
    // The store's products just became public: their words join the search dictionary.
    await refreshSearchIndexForStore(db, input.storeId)
    revalidateStore(input.storeId)
  }
  revalidatePath('/admin')
  return { decision: input.decision }
})
