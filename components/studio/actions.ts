'use server'

import { getDb } from '@/db'
import { insertStoreWithOwner, storeSlugTaken } from '@/db/queries/stores'
import { auditLog } from '@/db/schema'
import { ActionError, userAction } from '@/lib/actions/safe-action'
import { getServiceConfig } from '@/lib/services'
import { getEmail } from '@/lib/services/email'
import { storeSubmittedEmail } from '@/lib/services/email/templates'
import { normaliseIndianMobile } from '@/lib/validations/common'
import { openStoreSchema } from '@/lib/validations/store'

export const openStoreAction = userAction(
  openStoreSchema,
  async (input, { user }) => {
    const db = getDb()
    const slugTaken = () =>
      new ActionError('conflict', 'That store address is already taken.', {
        slug: [`haat.in/s/${input.slug} is taken. Try ${input.slug}-${input.pickupCity.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.`],
      })
    if (await storeSlugTaken(db, input.slug)) throw slugTaken()
    let storeId: string
    try {
      storeId = await db.transaction(async (tx) => {
        const store = await insertStoreWithOwner(tx, {
          ownerId: user.id,
          name: input.name,
          slug: input.slug,
          description: input.description,
          contactEmail: user.email,
          contactPhone: normaliseIndianMobile(input.pickupPhone),
          pickupName: input.pickupName,
          pickupPhone: normaliseIndianMobile(input.pickupPhone)!,
          pickupLine1: input.pickupLine1,
          pickupLine2: input.pickupLine2 ?? null,
          pickupCity: input.pickupCity,
          pickupState: input.pickupState,
          pickupPin: input.pickupPin,
          gstin: input.gstin ?? null,
          pan: input.pan,
        })
        await tx.insert(auditLog).values({ actorId: user.id, action: 'store.opened', targetType: 'store', targetId: store.id, data: { slug: store.slug } })
        return store.id
      })
    } catch (error) {
      const code = (error as { code?: string; cause?: { code?: string } }).cause?.code ?? (error as { code?: string }).code
      if (code === '23505') throw slugTaken()
      throw error
    }
    if (user.email) {
      await getEmail().send({
        to: user.email,
        ...storeSubmittedEmail({ name: user.name ?? 'there', storeName: input.name, url: new URL('/studio', getServiceConfig().appUrl).toString() }),
        tag: 'store-submitted',
      })
    }
    return { storeId }
  },
  { rateLimit: { name: 'open-store', limit: 5, windowSeconds: 3600 } },
)
