import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { notifications, orderGroups, orders, storeMembers, users } from '@/db/schema'
import { catalogFixtures } from '@/tests/support/catalog-fixtures'
import { createTestDb, type TestDb } from '@/tests/support/test-db'
import {
  countUnreadNotifications,
  findOrderNoticeFacts,
  insertNotifications,
  listEmailOptOuts,
  listEmailPreferences,
  listNotifications,
  markAllNotificationsRead,
  markNotificationRead,
  saveEmailPreferences,
} from './notifications'

let t: TestDb
let fx: ReturnType<typeof catalogFixtures>

beforeAll(async () => {
  t = await createTestDb()
  fx = catalogFixtures(t.db)
})
afterAll(() => t?.close())

/** Inserts `count` notifications one by one, so each has a later created_at than the last. */
async function seed(userId: string, count: number) {
  for (let i = 1; i <= count; i++) {
    await insertNotifications(t.db, [{ userId, type: 'order.shipped', title: `Note ${i}`, body: `Body ${i}`, href: `/account/orders/${i}` }])
  }
}

describe('notifications queries', () => {
  it('lists a user’s notifications newest first, a page at a time, and nobody else’s', async () => {
    const me = await fx.user('Me')
    const other = await fx.user('Other')
    await seed(me, 5)
    await seed(other, 2)
    const first = await listNotifications(t.db, me, { limit: 2, offset: 0 })
    expect(first.total).toBe(5)
    expect(first.rows.map((r) => r.title)).toEqual(['Note 5', 'Note 4'])
    const last = await listNotifications(t.db, me, { limit: 2, offset: 4 })
    expect(last.rows.map((r) => r.title)).toEqual(['Note 1'])
    expect(last.rows[0]).toMatchObject({ body: 'Body 1', href: '/account/orders/1', readAt: null, type: 'order.shipped' })
  })

  it('marks one notification read only for its owner', async () => {
    const me = await fx.user('Me')
    const intruder = await fx.user('Intruder')
    await seed(me, 3)
    const { rows } = await listNotifications(t.db, me, { limit: 10, offset: 0 })
    const target = rows[0]!
    expect(await countUnreadNotifications(t.db, me)).toBe(3)

    expect(await markNotificationRead(t.db, intruder, target.id)).toBe(false)
    expect(await countUnreadNotifications(t.db, me)).toBe(3)

    expect(await markNotificationRead(t.db, me, target.id)).toBe(true)
    expect(await countUnreadNotifications(t.db, me)).toBe(2)
    const [readOnce] = await t.db.select({ readAt: notifications.readAt }).from(notifications).where(eq(notifications.id, target.id))
    // Marking it again keeps the first read time.
    expect(await markNotificationRead(t.db, me, target.id)).toBe(true)
    const [readTwice] = await t.db.select({ readAt: notifications.readAt }).from(notifications).where(eq(notifications.id, target.id))
    expect(readTwice?.readAt?.getTime()).toBe(readOnce?.readAt?.getTime())
  })

  it('marks all of one user’s notifications read and leaves other users’ unread', async () => {
    const me = await fx.user('Me')
    const other = await fx.user('Other')
    await seed(me, 3)
    await seed(other, 2)
    const { rows } = await listNotifications(t.db, me, { limit: 1, offset: 0 })
    await markNotificationRead(t.db, me, rows[0]!.id)
    expect(await markAllNotificationsRead(t.db, me)).toBe(2)
    expect(await countUnreadNotifications(t.db, me)).toBe(0)
    expect(await countUnreadNotifications(t.db, other)).toBe(2)
    expect(await markAllNotificationsRead(t.db, me)).toBe(0)
  })

  it('stores email preferences per type, updating a choice in place', async () => {
    const me = await fx.user('Me')
    const other = await fx.user('Other')
    expect(await listEmailPreferences(t.db, me)).toEqual(new Map())
    await saveEmailPreferences(t.db, me, [
      { type: 'order.shipped', enabled: false },
      { type: 'order.delivered', enabled: true },
    ])
    await saveEmailPreferences(t.db, other, [{ type: 'order.shipped', enabled: false }])
    await saveEmailPreferences(t.db, me, [{ type: 'order.delivered', enabled: false }])
    expect(await listEmailPreferences(t.db, me)).toEqual(
      new Map([
        ['order.shipped', false],
        ['order.delivered', false],
      ]),
    )
    const optOuts = await listEmailOptOuts(t.db, [me, other], ['order.shipped'])
    expect(optOuts.map((o) => o.userId).sort()).toEqual([me, other].sort())
    expect(await listEmailOptOuts(t.db, [me], ['order.placed'])).toEqual([])
    expect(await listEmailOptOuts(t.db, [], ['order.shipped'])).toEqual([])
  })
})

describe('findOrderNoticeFacts', () => {
  it('finds the store’s owner even without a membership row, and skips banned members', async () => {
    const owner = await fx.user('Owner')
    const store = await fx.store('approved', owner)
    await t.db.delete(storeMembers).where(eq(storeMembers.userId, owner))
    const banned = await fx.user('Banned mod')
    await t.db.update(users).set({ status: 'banned' }).where(eq(users.id, banned))
    await t.db.insert(storeMembers).values({ storeId: store.id, userId: banned, role: 'moderator' })
    const buyer = await fx.user('Buyer')
    const [group] = await t.db.insert(orderGroups).values({ buyerId: buyer, totalPaise: 1000, paymentMethod: 'upi' }).returning({ id: orderGroups.id })
    const [order] = await t.db
      .insert(orders)
      .values({
        number: `HT-F${Date.now()}`,
        groupId: group!.id,
        storeId: store.id,
        buyerId: buyer,
        paymentMethod: 'upi',
        subtotalPaise: 1000,
        totalPaise: 1000,
        shippingAddress: { name: 'B', phone: '+919876543210', line1: 'x', line2: null, landmark: null, city: 'Pune', state: 'Maharashtra', pin: '411001' },
      })
      .returning({ id: orders.id })

    const facts = await findOrderNoticeFacts(t.db, order!.id)
    expect(facts?.sellers.map((s) => s.id)).toEqual([owner])
    expect(facts).toMatchObject({ buyer: { id: buyer, name: 'Buyer' }, items: [], shipment: null, latestReturn: null, everConfirmed: false })
    expect(await findOrderNoticeFacts(t.db, crypto.randomUUID())).toBeNull()
  })
})
