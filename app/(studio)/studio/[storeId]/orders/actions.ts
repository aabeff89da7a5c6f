'use server'

import { revalidatePath } from 'next/cache'
import { sellerAction } from '@/lib/actions/safe-action'
import { revalidateProducts } from '@/lib/catalog/revalidate'
import { appDeps } from '@/lib/dal/app-deps'
import { cancelSellerOrder, decideSellerReturn, packSellerOrder, receiveSellerReturn, shipSellerOrder } from '@/lib/dal/seller-orders'
import {
  approveReturnSchema,
  cancelSellerOrderSchema,
  rejectReturnSchema,
  SELLER_ORDER_COMMAND_ROLE as ROLE,
  sellerOrderRefSchema,
} from '@/lib/validations/seller-orders'

// The seller's order actions. Each names the store; the dal re-reads the order within that store,
// so an order id from another store is "not found". Roles: SELLER_ORDER_COMMAND_ROLE.

function refresh(storeId: string) {
  // The inbox, its tab counts and the order pages, under the studio layout (as product writes do).
  revalidatePath(`/studio/${storeId}`, 'layout')
}

const limit = (name: string, perTenMinutes: number) => ({ rateLimit: { name, limit: perTenMinutes, windowSeconds: 600 } })

export const packOrderAction = sellerAction(
  sellerOrderRefSchema,
  async (input, { user }) => {
    await packSellerOrder(appDeps(), { ...input, actorId: user.id })
    refresh(input.storeId)
    return null
  },
  { role: ROLE.pack, ...limit('seller-order-pack', 300) },
)

export const shipOrderAction = sellerAction(
  sellerOrderRefSchema,
  async (input, { user }) => {
    const shipment = await shipSellerOrder(appDeps(), { ...input, actorId: user.id })
    refresh(input.storeId)
    return shipment
  },
  { role: ROLE.ship, ...limit('seller-order-ship', 120) },
)

export const cancelOrderAction = sellerAction(
  cancelSellerOrderSchema,
  async (input, { user }) => {
    const { productIds } = await cancelSellerOrder(appDeps(), { ...input, actorId: user.id })
    refresh(input.storeId)
    // The held stock is back on sale.
    revalidateProducts(input.storeId, productIds)
    return null
  },
  { role: ROLE.cancel, ...limit('seller-order-cancel', 60) },
)

export const approveReturnAction = sellerAction(
  approveReturnSchema,
  async (input, { user }) => {
    await decideSellerReturn(appDeps(), { ...input, approve: true, actorId: user.id })
    refresh(input.storeId)
    return null
  },
  { role: ROLE.approve_return, ...limit('seller-order-return', 120) },
)

export const rejectReturnAction = sellerAction(
  rejectReturnSchema,
  async (input, { user }) => {
    await decideSellerReturn(appDeps(), { ...input, approve: false, actorId: user.id })
    refresh(input.storeId)
    return null
  },
  { role: ROLE.reject_return, ...limit('seller-order-return', 120) },
)

export const receiveReturnAction = sellerAction(
  sellerOrderRefSchema,
  async (input, { user }) => {
    await receiveSellerReturn(appDeps(), { ...input, actorId: user.id })
    refresh(input.storeId)
    return null
  },
  { role: ROLE.receive_return, ...limit('seller-order-return', 120) },
)
