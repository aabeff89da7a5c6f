import type { DbOrTx } from '@/db/client'
import { findOrderNoticeFacts, insertNotifications, listEmailOptOuts } from '@/db/queries/notifications'
import type { EmailService } from '@/lib/services/email/types'
import { buildOrderNotices } from './order-messages'
import type { OrderNotice } from './order-notice'

export type OrderNotifierDeps = {
  email: EmailService
  /** The public origin for links in emails (APP_URL). */
  appUrl: string
  /** Where a failed send is reported; sending never throws. */
  logError?: (message: string, error: unknown) => void
}

export type OrderNotifyResult = { notified: number; emailed: number; emailFailures: number }

/**
 * Writes the in-app rows for a notice, then emails each recipient who has an address and has not
 * turned that type off. Separate from `notifyOrder` so tests give it their own database and mail
 * driver; the app uses the configured ones through lib/notifications/order-events.
 */
export function createOrderNotifier(deps: OrderNotifierDeps) {
  const logError = deps.logError ?? ((message, error) => console.error(`[notifications] ${message}`, error))

  return async function notify(db: DbOrTx, notice: OrderNotice): Promise<OrderNotifyResult> {
    const facts = await findOrderNoticeFacts(db, notice.orderId)
    if (!facts) throw new Error(`notifyOrder: order ${notice.orderId} not found`)
    const outgoing = buildOrderNotices(notice, facts, deps.appUrl)
    if (outgoing.length === 0) return { notified: 0, emailed: 0, emailFailures: 0 }

    const notified = await insertNotifications(
      db,
      outgoing.map((n) => ({ userId: n.recipient.id, type: n.type, title: n.title, body: n.body, href: n.href })),
    )

    const optOuts = await listEmailOptOuts(
      db,
      [...new Set(outgoing.map((n) => n.recipient.id))],
      [...new Set(outgoing.map((n) => n.type))],
    )
    const muted = new Set(optOuts.map((o) => `${o.userId}\u0000${o.type}`))
    const mail = outgoing.flatMap((n) =>
      n.recipient.email && !muted.has(`${n.recipient.id}\u0000${n.type}`) ? [{ ...n, to: n.recipient.email }] : [],
    )

    const sent = await Promise.allSettled(mail.map((n) => deps.email.send({ to: n.to, ...n.email, tag: n.type })))
    let emailFailures = 0
    sent.forEach((result, i) => {
      if (result.status === 'fulfilled') return
      emailFailures += 1
      logError(`email "${mail[i]?.type}" for order ${facts.number} to user ${mail[i]?.recipient.id} failed`, result.reason)
    })
    return { notified, emailed: mail.length - emailFailures, emailFailures }
  }
}
