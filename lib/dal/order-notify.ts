import 'server-only'

import type { DbOrTx } from '@/db/client'
import { notifyOrderSafe, type OrderNotice } from '@/lib/notifications/order-events'
import { liveDeps } from './live/app-deps'
import { announceLivePurchase } from './live/purchase'

/**
 * Everything that follows a committed order change in the running app: the buyer's and store's
 * notifications, and for an order placed from a live show, the room's "just bought" ticker, stock
 * left and the host console's order feed. Never throws.
 */
export async function notifyOrderChange(db: DbOrTx, notice: OrderNotice): Promise<void> {
  await notifyOrderSafe(db, notice)
  if (notice.type !== 'order.placed') return
  try {
    await announceLivePurchase(liveDeps(), notice.orderId)
  } catch (error) {
    console.error(`[live] announcing order ${notice.orderId} failed`, error)
  }
}
