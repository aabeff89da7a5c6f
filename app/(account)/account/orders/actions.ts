'use server'

import { revalidatePath } from 'next/cache'
import { userAction } from '@/lib/actions/safe-action'
import { revalidateProducts } from '@/lib/catalog/revalidate'
import { appDeps } from '@/lib/dal/app-deps'
import { cancelBuyerOrder, submitReturnRequest } from '@/lib/dal/buyer-orders'
import { buyerOrderPath, sellerOrderPath } from '@/lib/notifications/order-messages'
import { getStorage } from '@/lib/services/storage'
import { cancelOrderSchema, requestReturnSchema } from '@/lib/validations/returns'

export const cancelOrderAction = userAction(
  cancelOrderSchema,
  async (input, { user }) => {
    const result = await cancelBuyerOrder(appDeps(), user.id, input)
    if (result.storeId) {
      revalidateProducts(result.storeId, result.productIds)
      revalidatePath(sellerOrderPath(result.storeId, result.orderId))
    }
    revalidatePath('/account/orders')
    revalidatePath(buyerOrderPath(result.orderId))
    return { orderId: result.orderId }
  },
  { rateLimit: { name: 'order-cancel', limit: 20, windowSeconds: 3600 } },
)

/** Called by POST /account/orders/[orderId]/return/submit, which carries the photos and reports upload progress. */
export const requestReturnAction = userAction(
  requestReturnSchema,
  async (input, { user }) => {
    const result = await submitReturnRequest(appDeps(), getStorage(), user.id, input)
    revalidatePath('/account/orders')
    revalidatePath(buyerOrderPath(result.orderId))
    revalidatePath(sellerOrderPath(result.storeId, result.orderId))
    return { orderId: result.orderId }
  },
  { rateLimit: { name: 'order-return', limit: 10, windowSeconds: 3600 } },
)
