import crypto from 'node:crypto'
import { asc, eq, inArray } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { saveEmailPreferences } from '@/db/queries/notifications'
import { emailOutbox, notifications, orderEvents, orderGroups, orderItems, orders, returns, shipments, storeMembers, users } from '@/db/schema'
import { createOutboxEmail } from '@/lib/services/email/outbox'
import type { EmailService } from '@/lib/services/email/types'
import { catalogFixtures } from '@/tests/support/catalog-fixtures'
import { createTestDb, type TestDb } from '@/tests/support/test-db'
import { createOrderNotifier } from './order-notifier'

const APP_URL = 'https://haat.example'
const HOSTILE = '<img src=x onerror=alert(1)> Silk & "Zari" saree'

let t: TestDb
let fx: ReturnType<typeof catalogFixtures>
let notify: ReturnType<typeof createOrderNotifier>

beforeAll(async () => {
  t = await createTestDb()
  fx = catalogFixtures(t.db)
  notify = createOrderNotifier({ email: createOutboxEmail({ db: t.db, from: 'Haat <no-reply@haat.local>' }), appUrl: APP_URL })
})
afterAll(() => t?.close())

const tag = () => crypto.randomBytes(4).toString('hex')

async function person(name: string, withEmail = true) {
  const email = withEmail ? `${name.toLowerCase()}.${tag()}@example.in` : null
  const [row] = await t.db.insert(users).values({ name, email }).returning({ id: users.id })
  return { id: row!.id, email }
}

/** A confirmed order with two lines from a store run by an owner and a moderator. */
async function seedOrder(options: { paymentMethod?: 'upi' | 'cod'; confirmed?: boolean; buyerEmail?: boolean } = {}) {
  const buyer = await person('Asha', options.buyerEmail ?? true)
  const owner = await person('Ravi')
  const moderator = await person('Meera')
  const store = await fx.store('approved', owner.id)
  await t.db.insert(storeMembers).values({ storeId: store.id, userId: moderator.id, role: 'moderator' })
  const product = await fx.product(store.id, { title: HOSTILE })
  const paymentMethod = options.paymentMethod ?? 'upi'
  const [group] = await t.db.insert(orderGroups).values({ buyerId: buyer.id, totalPaise: 304700, paymentMethod }).returning({ id: orderGroups.id })
  const number = `HT-${tag().toUpperCase()}`
  const [order] = await t.db
    .insert(orders)
    .values({
      number,
      groupId: group!.id,
      storeId: store.id,
      buyerId: buyer.id,
      status: 'confirmed',
      paymentMethod,
      subtotalPaise: 299800,
      shippingPaise: 4900,
      totalPaise: 304700,
      shippingAddress: { name: 'Asha', phone: '+919876543210', line1: '12 MG Road', line2: null, landmark: null, city: 'Pune', state: 'Maharashtra', pin: '411001' },
    })
    .returning({ id: orders.id })
  await t.db.insert(orderItems).values([
    { orderId: order!.id, productId: product.id, title: HOSTILE, variantTitle: 'Red', unitPricePaise: 149900, quantity: 2, totalPaise: 299800 },
  ])
  if (options.confirmed ?? true) {
    await t.db.insert(orderEvents).values({ orderId: order!.id, fromStatus: 'pending_payment', toStatus: 'confirmed', actorRole: 'system' })
  }
  return { orderId: order!.id, number, storeId: store.id, buyer, owner, moderator }
}

const rowsFor = (userIds: string[]) =>
  t.db
    .select({ userId: notifications.userId, type: notifications.type, title: notifications.title, body: notifications.body, href: notifications.href, readAt: notifications.readAt })
    .from(notifications)
    .where(inArray(notifications.userId, userIds))
    .orderBy(asc(notifications.createdAt))

const mailTo = (to: string | null) =>
  t.db.select().from(emailOutbox).where(eq(emailOutbox.to, to ?? '')).orderBy(asc(emailOutbox.createdAt))

describe('notifyOrder', () => {
  it('tells the buyer and every store owner and moderator about a new order, in the app and by email', async () => {
    const o = await seedOrder()
    const result = await notify(t.db, { type: 'order.placed', orderId: o.orderId })
    expect(result).toEqual({ notified: 3, emailed: 3, emailFailures: 0 })

    const [buyerRow] = await rowsFor([o.buyer.id])
    expect(buyerRow).toMatchObject({ type: 'order.placed', title: `Order ${o.number} placed`, href: `/account/orders/${o.orderId}`, readAt: null })
    expect(buyerRow?.body).toContain('₹3,047 paid')
    const sellerRows = await rowsFor([o.owner.id, o.moderator.id])
    expect(sellerRows.map((r) => r.userId).sort()).toEqual([o.owner.id, o.moderator.id].sort())
    for (const row of sellerRows) {
      expect(row).toMatchObject({ type: 'seller.order.placed', title: `New order ${o.number}`, href: `/studio/${o.storeId}/orders/${o.orderId}` })
    }

    const [buyerMail] = await mailTo(o.buyer.email)
    expect(buyerMail?.subject).toBe(`Your Haat order ${o.number} is placed`)
    expect(buyerMail?.tag).toBe('order.placed')
    expect(buyerMail?.text).toContain(o.number)
    expect(buyerMail?.text).toContain(`${APP_URL}/account/orders/${o.orderId}`)
    expect(buyerMail?.text).toContain('₹3,047')
    const [ownerMail] = await mailTo(o.owner.email)
    expect(ownerMail?.subject).toContain(`New order ${o.number}`)
    expect(ownerMail?.text).toContain(`${APP_URL}/studio/${o.storeId}/orders/${o.orderId}`)
    expect(await mailTo(o.moderator.email)).toHaveLength(1)
  })

  it('escapes a hostile product title in the HTML and keeps it readable in the text', async () => {
    const o = await seedOrder()
    await notify(t.db, { type: 'order.placed', orderId: o.orderId })
    const [mail] = await mailTo(o.buyer.email)
    expect(mail?.html).not.toContain('<img src=x')
    expect(mail?.html).toContain('&lt;img src=x onerror=alert(1)&gt; Silk &amp; &quot;Zari&quot; saree')
    expect(mail?.text).toContain(`2 × ${HOSTILE} (Red) — ₹2,998`)
  })

  it('still writes the in-app row but sends no email to someone who turned that type off', async () => {
    const o = await seedOrder()
    await saveEmailPreferences(t.db, o.buyer.id, [{ type: 'order.shipped', enabled: false }])
    await saveEmailPreferences(t.db, o.owner.id, [{ type: 'order.shipped', enabled: false }])
    await t.db.insert(shipments).values({ orderId: o.orderId, provider: 'simulated', awb: `AWB${tag()}`, courier: 'Delhivery' })

    const result = await notify(t.db, { type: 'order.shipped', orderId: o.orderId })
    expect(result).toEqual({ notified: 1, emailed: 0, emailFailures: 0 })
    expect((await rowsFor([o.buyer.id])).map((r) => r.title)).toEqual([`Order ${o.number} shipped`])
    expect(await mailTo(o.buyer.email)).toEqual([])

    // Another type is unaffected by that choice.
    await notify(t.db, { type: 'order.delivered', orderId: o.orderId })
    expect((await mailTo(o.buyer.email)).map((m) => m.subject)).toEqual([`Your Haat order ${o.number} has been delivered`])
  })

  it('puts the courier and AWB in the shipped email', async () => {
    const o = await seedOrder()
    const awb = `AWB${tag()}`
    await t.db.insert(shipments).values({ orderId: o.orderId, provider: 'simulated', awb, courier: 'Delhivery' })
    await notify(t.db, { type: 'order.shipped', orderId: o.orderId })
    const [mail] = await mailTo(o.buyer.email)
    expect(mail?.subject).toBe(`Your Haat order ${o.number} has shipped`)
    expect(mail?.text).toContain('with Delhivery')
    expect(mail?.text).toContain(awb)
  })

  it('tells both sides about a cancellation of a confirmed order, but the store nothing about an unpaid one', async () => {
    const paid = await seedOrder()
    await notify(t.db, { type: 'order.cancelled', orderId: paid.orderId, by: 'buyer', reason: 'Ordered the wrong size' })
    const [buyerRow] = await rowsFor([paid.buyer.id])
    expect(buyerRow?.body).toContain('You cancelled it. Reason: Ordered the wrong size')
    expect(buyerRow?.body).toContain('refund of ₹3,047')
    const sellerRows = await rowsFor([paid.owner.id, paid.moderator.id])
    expect(sellerRows).toHaveLength(2)
    expect(sellerRows[0]).toMatchObject({ type: 'seller.order.cancelled' })
    expect(sellerRows[0]?.body).toContain('The buyer cancelled it.')

    const unpaid = await seedOrder({ confirmed: false })
    const result = await notify(t.db, { type: 'order.cancelled', orderId: unpaid.orderId, by: 'system', reason: 'Payment was not completed' })
    expect(result.notified).toBe(1)
    expect(await rowsFor([unpaid.owner.id, unpaid.moderator.id])).toEqual([])
    const [mail] = await mailTo(unpaid.buyer.email)
    expect(mail?.subject).toBe(`Your Haat order ${unpaid.number} has been cancelled`)
    expect(mail?.text).not.toContain('refund')
  })

  it('describes a manual COD refund as a bank transfer', async () => {
    const o = await seedOrder({ paymentMethod: 'cod' })
    await notify(t.db, { type: 'refund.issued', orderId: o.orderId, amountPaise: 149950, manual: true })
    const [row] = await rowsFor([o.buyer.id])
    expect(row?.title).toBe('Refund of ₹1,499.50 issued')
    const [mail] = await mailTo(o.buyer.email)
    expect(mail?.subject).toBe(`Your refund of ₹1,499.50 for order ${o.number}`)
    expect(mail?.text).toContain('bank account by transfer')
  })

  it('sends return requests to the store and decisions to the buyer', async () => {
    const o = await seedOrder()
    await t.db.insert(returns).values({ orderId: o.orderId, reason: 'Colour differs from the photos' })
    await notify(t.db, { type: 'return.requested', orderId: o.orderId })
    expect(await rowsFor([o.buyer.id])).toEqual([])
    const sellerRows = await rowsFor([o.owner.id, o.moderator.id])
    expect(sellerRows.map((r) => r.body)).toEqual(['Reason: Colour differs from the photos', 'Reason: Colour differs from the photos'])

    await notify(t.db, { type: 'return.decided', orderId: o.orderId, approved: false })
    const [row] = await rowsFor([o.buyer.id])
    expect(row).toMatchObject({ type: 'return.decided', title: `Return declined for ${o.number}` })
    expect((await mailTo(o.buyer.email))[0]?.subject).toBe(`Your return for order ${o.number} was declined`)
  })

  it('writes the rows and logs, without throwing, when email cannot be sent', async () => {
    const o = await seedOrder()
    const failing: EmailService = { send: () => Promise.reject(new Error('SMTP 421 try later')) }
    const logError = vi.fn()
    const result = await createOrderNotifier({ email: failing, appUrl: APP_URL, logError })(t.db, { type: 'order.delivered', orderId: o.orderId })
    expect(result).toEqual({ notified: 1, emailed: 0, emailFailures: 1 })
    expect(await rowsFor([o.buyer.id])).toHaveLength(1)
    expect(logError).toHaveBeenCalledTimes(1)
    expect(logError.mock.calls[0]?.[0]).toContain(o.number)
  })

  it('skips email for a buyer without an address and writes a row each time it is called', async () => {
    const o = await seedOrder({ buyerEmail: false })
    await notify(t.db, { type: 'order.out_for_delivery', orderId: o.orderId })
    await notify(t.db, { type: 'order.out_for_delivery', orderId: o.orderId })
    const rows = await rowsFor([o.buyer.id])
    expect(rows).toHaveLength(2)
    expect(rows[0]?.title).toBe(`Order ${o.number} is out for delivery`)
  })

  it('refuses an unknown order', async () => {
    await expect(notify(t.db, { type: 'order.delivered', orderId: crypto.randomUUID() })).rejects.toThrow(/not found/)
  })
})
