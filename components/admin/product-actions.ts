'use server'

import { revalidatePath } from 'next/cache'
import { getDb } from '@/db'
import { restoreProduct, suspendProduct } from '@/db/queries/admin-products'
import { ActionError, adminAction } from '@/lib/actions/safe-action'
import { afterProductWrite } from '@/lib/dal/studio-after-write'
import { restoreProductSchema, suspendProductSchema } from '@/lib/validations/product-operations'

export const suspendProductAction = adminAction(suspendProductSchema, async (input, { user }) => {
  const storeId = await getDb().transaction((tx) => suspendProduct(tx, { productId: input.productId, reason: input.reason, adminId: user.id }))
  if (!storeId) throw new ActionError('conflict', 'This product is already suspended (or no longer exists). Refresh the list.')
  await afterProductWrite(storeId, [input.productId])
  revalidatePath('/admin/products')
  return { suspended: true }
})

export const restoreProductAction = adminAction(restoreProductSchema, async (input, { user }) => {
  const storeId = await getDb().transaction((tx) => restoreProduct(tx, { productId: input.productId, adminId: user.id }))
  if (!storeId) throw new ActionError('conflict', 'This product is not suspended any more. Refresh the list.')
  await afterProductWrite(storeId, [input.productId])
  revalidatePath('/admin/products')
  return { suspended: false }
})
