import 'server-only'

import type { DbOrTx } from '@/db/client'
import { getServiceConfig } from '@/lib/services'
import { getEmail } from '@/lib/services/email'
import type { OrderNotice } from './order-notice'
import { createOrderNotifier } from './order-notifier'

export type { OrderNotice, OrderNoticeType } from './order-notice'

/**
 * Tells the buyer and/or the store about a committed order change: an in-app notification per
 * recipient, and an email unless they turned that type off. Call it after the transaction
 * commits, once per transition — it writes new rows every time it is called. Email failures are
 * logged, never thrown; a missing order or a database error is thrown (see notifyOrderSafe).
 *
 * Not yet pushed over realtime (`private-user-{id}`); the bell shows new rows on the next page load.
 */
export async function notifyOrder(db: DbOrTx, notice: OrderNotice): Promise<void> {
  const notify = createOrderNotifier({ email: getEmail(), appUrl: getServiceConfig().appUrl })
  await notify(db, notice)
}

/** notifyOrder that never throws: for webhooks, jobs and actions whose outcome must not depend on it. */
export async function notifyOrderSafe(db: DbOrTx, notice: OrderNotice): Promise<void> {
  try {
    await notifyOrder(db, notice)
  } catch (error) {
    console.error(`[notifications] ${notice.type} for order ${notice.orderId} failed`, error)
  }
}
