'use server'

import { revalidatePath } from 'next/cache'
import { getDb } from '@/db'
import { decideStore } from '@/db/queries/admin'
import { ActionError, adminAction } from '@/lib/actions/safe-action'
import { reviewStoreSchema } from '@/lib/validations/admin'

export const reviewStoreAction = adminAction(reviewStoreSchema, async (input, { user }) => {
  const changed = await getDb().transaction((tx) =>
    decideStore(tx, { storeId: input.storeId, approve: input.decision === 'approve', reason: input.reason ?? null, adminId: user.id }),
  )
  if (!changed) throw new ActionError('conflict', 'This store was already reviewed. Refresh to see its current state.')
  revalidatePath('/admin')
  return { decision: input.decision }
})
