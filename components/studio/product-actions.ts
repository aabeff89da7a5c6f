'use server'

import { getDb } from '@/db'
import { ActionError, sellerAction } from '@/lib/actions/safe-action'
import { afterProductWrite, pgErrorCode } from '@/lib/dal/studio-after-write'
import { bulkEditProducts, duplicateProduct, setProductArchived } from '@/lib/dal/studio-product-ops'
import { saveProduct } from '@/lib/dal/studio-product-write'
import { getStorage } from '@/lib/services/storage'
import { archiveProductSchema, productRefSchema, productSchema } from '@/lib/validations/product'
import { bulkEditSchema } from '@/lib/validations/product-operations'

export const saveProductAction = sellerAction(productSchema, async (input, { user }) => {
  try {
    const written = await saveProduct(getDb(), { storeId: input.storeId, actorId: user.id, reason: 'manual_edit' }, input)
    await afterProductWrite(input.storeId, [written.id])
    return { productId: written.id, slug: written.slug, created: written.created }
  } catch (error) {
    const code = pgErrorCode(error)
    if (code === '23503') {
      throw new ActionError('conflict', 'Some variants you removed are in orders or live shows, so they cannot be deleted. Keep them and set their stock to 0 instead.', {
        options: ['Variants with orders cannot be removed'],
      })
    }
    if (code === '23505') throw new ActionError('conflict', 'That SKU or web address was just taken. Change it and save again.')
    throw error
  }
})

export const duplicateProductAction = sellerAction(productRefSchema, async (input, { user }) => {
  const copy = await duplicateProduct(getDb(), getStorage(), { storeId: input.storeId, actorId: user.id }, input.productId)
  await afterProductWrite(input.storeId, [copy.id])
  return copy
})

export const archiveProductAction = sellerAction(archiveProductSchema, async (input, { user }) => {
  const result = await setProductArchived(getDb(), { storeId: input.storeId, actorId: user.id }, input.productId, input.archived)
  await afterProductWrite(input.storeId, result.changed ? [input.productId] : [])
  return { archived: input.archived }
})

export const bulkEditAction = sellerAction(
  bulkEditSchema,
  async (input, { user }) => {
    const summary = await bulkEditProducts(getDb(), { storeId: input.storeId, actorId: user.id }, input)
    await afterProductWrite(input.storeId, summary.map((s) => s.productId))
    return summary
  },
  { rateLimit: { name: 'studio-bulk-edit', limit: 60, windowSeconds: 600 } },
)
