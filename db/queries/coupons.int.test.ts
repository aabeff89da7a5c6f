import { randomBytes, randomUUID } from 'node:crypto'
import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { auditLog, couponRedemptions, coupons, users } from '@/db/schema'
import { seedSeller } from '@/lib/dal/studio-test-fixtures'
import { countUserRedemptions, findCouponByCode, getCouponInScope, listCouponsWithStatus, saveCoupon, setCouponActiveInScope } from '@/lib/dal/coupons'
import { platformCouponSchema, type CouponFormValues } from '@/lib/validations/coupon'
import { createTestDb, type TestDb } from '@/tests/support/test-db'

let t: TestDb
let mine: Awaited<ReturnType<typeof seedSeller>>
let theirs: Awaited<ReturnType<typeof seedSeller>>
let adminId: string

beforeAll(async () => {
  t = await createTestDb()
  mine = await seedSeller(t.db, 'mine')
  theirs = await seedSeller(t.db, 'theirs')
  const [admin] = await t.db.insert(users).values({ name: 'Admin', email: `admin-${randomBytes(4).toString('hex')}@example.com`, role: 'admin' }).returning({ id: users.id })
  adminId = admin!.id
})
afterAll(() => t?.close())

const uniqueCode = (prefix: string) => `${prefix}${randomBytes(3).toString('hex').toUpperCase()}`
const form = (overrides: Partial<CouponFormValues> = {}): CouponFormValues => ({
  code: uniqueCode('SAVE'), kind: 'fixed', value: '100', minOrder: '999', maxDiscount: '', usageLimit: '', perUserLimit: '1', startsAt: '', expiresAt: '', active: true, ...overrides,
})
const data = (overrides: Partial<CouponFormValues> = {}) => platformCouponSchema.parse(form(overrides))
const storeActor = (s: { userId: string; storeId: string }) => ({ actorId: s.userId, storeId: s.storeId })
const platform = () => ({ actorId: adminId, storeId: null })
const readRow = async (id: string) => (await t.db.select().from(coupons).where(eq(coupons.id, id)))[0]

describe('store coupons', () => {
  it('creates and edits a coupon in the store, stored upper-case in paise', async () => {
    const created = await saveCoupon(t.db, storeActor(mine), data({ code: 'flat100x' }))
    expect(created).toMatchObject({ storeId: mine.storeId, code: 'FLAT100X', kind: 'fixed', value: 100_00, minOrderPaise: 999_00, active: true })
    const edited = await saveCoupon(t.db, storeActor(mine), data({ couponId: created.id, code: 'FLAT100X', kind: 'percent', value: '15', maxDiscount: '300', minOrder: '' }))
    expect(edited).toMatchObject({ id: created.id, kind: 'percent', value: 15_00, maxDiscountPaise: 300_00, minOrderPaise: 0 })
    const list = await listCouponsWithStatus(t.db, { storeId: mine.storeId })
    expect(list.map((c) => [c.code, c.status])).toContainEqual(['FLAT100X', 'active'])
    expect((await listCouponsWithStatus(t.db, { storeId: theirs.storeId })).map((c) => c.id)).not.toContain(created.id)
  })

  it('never lets a seller read, edit or deactivate another store’s coupon', async () => {
    const their = await saveCoupon(t.db, storeActor(theirs), data())
    const before = await readRow(their.id)
    expect(await getCouponInScope(t.db, { storeId: mine.storeId, couponId: their.id })).toBeNull()
    expect(await getCouponInScope(t.db, { storeId: null, couponId: their.id })).toBeNull()
    await expect(saveCoupon(t.db, storeActor(mine), data({ couponId: their.id, value: '500', minOrder: '600' }))).rejects.toMatchObject({ code: 'not_found' })
    await expect(setCouponActiveInScope(t.db, storeActor(mine), { couponId: their.id, active: false })).rejects.toMatchObject({ code: 'not_found' })
    // Nor can a store act on a platform coupon, or the platform scope on a store's.
    const plat = await saveCoupon(t.db, platform(), data())
    await expect(setCouponActiveInScope(t.db, storeActor(mine), { couponId: plat.id, active: false })).rejects.toMatchObject({ code: 'not_found' })
    await expect(setCouponActiveInScope(t.db, platform(), { couponId: their.id, active: false })).rejects.toMatchObject({ code: 'not_found' })
    expect(await readRow(their.id)).toEqual(before)
    expect((await readRow(plat.id))?.active).toBe(true)
  })

  it('keeps codes unique per store whatever the case, but lets another store reuse one', async () => {
    const code = uniqueCode('DIWALI')
    await saveCoupon(t.db, storeActor(mine), data({ code }))
    await expect(saveCoupon(t.db, storeActor(mine), data({ code: code.toLowerCase() }))).rejects.toMatchObject({ code: 'conflict', fieldErrors: { code: [expect.stringContaining(code)] } })
    await expect(saveCoupon(t.db, storeActor(theirs), data({ code }))).resolves.toMatchObject({ storeId: theirs.storeId })
  })

  it('deactivates and reactivates, and refuses a usage limit below the uses so far', async () => {
    const c = await saveCoupon(t.db, storeActor(mine), data({ usageLimit: '10' }))
    expect((await setCouponActiveInScope(t.db, storeActor(mine), { couponId: c.id, active: false })).active).toBe(false)
    expect((await listCouponsWithStatus(t.db, { storeId: mine.storeId })).find((x) => x.id === c.id)?.status).toBe('disabled')
    await setCouponActiveInScope(t.db, storeActor(mine), { couponId: c.id, active: true })
    await t.db.update(coupons).set({ usedCount: 4 }).where(eq(coupons.id, c.id))
    await expect(saveCoupon(t.db, storeActor(mine), data({ couponId: c.id, code: c.code, usageLimit: '3' }))).rejects.toMatchObject({ code: 'invalid_input', fieldErrors: { usageLimit: [expect.stringContaining('at least 4')] } })
    await expect(saveCoupon(t.db, storeActor(mine), data({ couponId: c.id, code: c.code, usageLimit: '4' }))).resolves.toMatchObject({ usageLimit: 4 })
  })
})

describe('platform coupons', () => {
  it('writes every admin change to the audit log', async () => {
    const c = await saveCoupon(t.db, platform(), data({ kind: 'percent', value: '10', maxDiscount: '200', minOrder: '499' }))
    expect(c.storeId).toBeNull()
    await saveCoupon(t.db, platform(), data({ couponId: c.id, code: c.code, kind: 'percent', value: '12', maxDiscount: '200', minOrder: '499' }))
    await setCouponActiveInScope(t.db, platform(), { couponId: c.id, active: false })
    const entries = await t.db
      .select({ action: auditLog.action, actorId: auditLog.actorId, data: auditLog.data })
      .from(auditLog)
      .where(and(eq(auditLog.targetType, 'coupon'), eq(auditLog.targetId, c.id)))
    expect(entries.map((e) => e.action).sort()).toEqual(['coupon.created', 'coupon.deactivated', 'coupon.updated'])
    expect(entries.every((e) => e.actorId === adminId)).toBe(true)
    expect(entries.find((e) => e.action === 'coupon.updated')?.data).toMatchObject({ code: c.code, value: 12_00 })

    // Store coupons are the seller's own business: no audit entries.
    const s = await saveCoupon(t.db, storeActor(mine), data())
    expect(await t.db.select().from(auditLog).where(eq(auditLog.targetId, s.id))).toEqual([])
  })
})

describe('finding a coupon by code', () => {
  it('finds platform coupons and coupons of the order’s stores, case-insensitively, active only', async () => {
    const code = uniqueCode('FEST')
    const own = await saveCoupon(t.db, storeActor(mine), data({ code }))
    expect(await findCouponByCode(t.db, { code: code.toLowerCase(), storeIds: [mine.storeId] })).toMatchObject({ id: own.id })
    expect(await findCouponByCode(t.db, { code: ` ${code} `, storeIds: [theirs.storeId] })).toBeNull()
    expect(await findCouponByCode(t.db, { code, storeIds: [] })).toBeNull()
    expect(await findCouponByCode(t.db, { code: '', storeIds: [mine.storeId] })).toBeNull()

    const their = await saveCoupon(t.db, storeActor(theirs), data({ code }))
    expect((await findCouponByCode(t.db, { code, storeIds: [theirs.storeId, mine.storeId] }))?.id).toBe(their.id)
    const plat = await saveCoupon(t.db, platform(), data({ code }))
    expect((await findCouponByCode(t.db, { code, storeIds: [mine.storeId, theirs.storeId] }))?.id).toBe(plat.id)
    expect((await findCouponByCode(t.db, { code, storeIds: [] }))?.id).toBe(plat.id)

    await setCouponActiveInScope(t.db, platform(), { couponId: plat.id, active: false })
    expect((await findCouponByCode(t.db, { code, storeIds: [mine.storeId] }))?.id).toBe(own.id)
  })

  it('counts a buyer’s redemptions of a coupon', async () => {
    const c = await saveCoupon(t.db, platform(), data())
    const [buyer] = await t.db.insert(users).values({ name: 'Buyer', email: `buyer-${randomBytes(4).toString('hex')}@example.com` }).returning({ id: users.id })
    expect(await countUserRedemptions(t.db, { couponId: c.id, userId: buyer!.id })).toBe(0)
    await t.db.insert(couponRedemptions).values([
      { couponId: c.id, userId: buyer!.id, orderId: randomUUID() },
      { couponId: c.id, userId: buyer!.id, orderId: randomUUID() },
      { couponId: c.id, userId: mine.userId, orderId: randomUUID() },
    ])
    expect(await countUserRedemptions(t.db, { couponId: c.id, userId: buyer!.id })).toBe(2)
  })
})
