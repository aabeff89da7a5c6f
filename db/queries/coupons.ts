import { and, count, desc, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm'
import type { DbOrTx } from '@/db/client'
import { auditLog, couponRedemptions, coupons } from '@/db/schema'

/**
 * A coupon's scope is a store id, or null for a platform coupon. Every query below names it, so a
 * coupon id alone never reads or changes another store's (or the platform's) coupon.
 */
export type CouponScope = { storeId: string | null }

export const couponColumns = {
  id: coupons.id,
  storeId: coupons.storeId,
  code: coupons.code,
  kind: coupons.kind,
  value: coupons.value,
  minOrderPaise: coupons.minOrderPaise,
  maxDiscountPaise: coupons.maxDiscountPaise,
  usageLimit: coupons.usageLimit,
  perUserLimit: coupons.perUserLimit,
  usedCount: coupons.usedCount,
  startsAt: coupons.startsAt,
  expiresAt: coupons.expiresAt,
  active: coupons.active,
  createdAt: coupons.createdAt,
}

export type CouponRow = { [K in keyof typeof couponColumns]: (typeof coupons.$inferSelect)[K] }
export type CouponWrite = Pick<
  typeof coupons.$inferInsert,
  'code' | 'kind' | 'value' | 'minOrderPaise' | 'maxDiscountPaise' | 'usageLimit' | 'perUserLimit' | 'startsAt' | 'expiresAt' | 'active'
>

function inScope(scope: CouponScope): SQL {
  return scope.storeId === null ? isNull(coupons.storeId) : eq(coupons.storeId, scope.storeId)
}

export async function listCoupons(db: DbOrTx, scope: CouponScope): Promise<CouponRow[]> {
  return db.select(couponColumns).from(coupons).where(inScope(scope)).orderBy(desc(coupons.createdAt), desc(coupons.id))
}

export async function findCoupon(db: DbOrTx, scope: CouponScope & { couponId: string }): Promise<CouponRow | null> {
  const [row] = await db
    .select(couponColumns)
    .from(coupons)
    .where(and(inScope(scope), eq(coupons.id, scope.couponId)))
    .limit(1)
  return row ?? null
}

/** Codes are unique per scope, whatever their case (the unique index compares upper(code)). */
export async function couponCodeTaken(db: DbOrTx, scope: CouponScope & { code: string; exceptId?: string }): Promise<boolean> {
  const rows = await db
    .select({ id: coupons.id })
    .from(coupons)
    .where(and(inScope(scope), sql`upper(${coupons.code}) = upper(${scope.code})`))
  return rows.some((r) => r.id !== scope.exceptId)
}

export async function insertCoupon(tx: DbOrTx, scope: CouponScope, values: CouponWrite): Promise<CouponRow> {
  const [row] = await tx
    .insert(coupons)
    .values({ ...values, storeId: scope.storeId })
    .returning(couponColumns)
  return row!
}

export async function updateCoupon(tx: DbOrTx, scope: CouponScope & { couponId: string }, values: CouponWrite): Promise<CouponRow | null> {
  const [row] = await tx
    .update(coupons)
    .set(values)
    .where(and(inScope(scope), eq(coupons.id, scope.couponId)))
    .returning(couponColumns)
  return row ?? null
}

/** Switches a coupon on or off; null when it is not in scope. */
export async function setCouponActive(tx: DbOrTx, scope: CouponScope & { couponId: string; active: boolean }): Promise<CouponRow | null> {
  const [row] = await tx
    .update(coupons)
    .set({ active: scope.active })
    .where(and(inScope(scope), eq(coupons.id, scope.couponId)))
    .returning(couponColumns)
  return row ?? null
}

/**
 * The coupon a buyer typed, for the stores in their order: an active platform coupon, or an active
 * coupon of one of `storeIds`, matched whatever the case. When a platform coupon and store coupons
 * share the code, the platform one wins (it applies to the whole order), then the stores in the
 * order given. Disabled coupons are not found; dates and usage limits are the pricing's to judge,
 * so it can say "expired" rather than "no such coupon".
 */
export async function findCouponByCode(db: DbOrTx, input: { code: string; storeIds: readonly string[] }): Promise<CouponRow | null> {
  const code = input.code.trim()
  if (code === '') return null
  const stores = [...new Set(input.storeIds)]
  const scope = stores.length > 0 ? or(isNull(coupons.storeId), inArray(coupons.storeId, stores)) : isNull(coupons.storeId)
  const rows = await db
    .select(couponColumns)
    .from(coupons)
    .where(and(scope, eq(coupons.active, true), sql`upper(${coupons.code}) = upper(${code})`))
  const rank = (row: CouponRow) => (row.storeId === null ? -1 : stores.indexOf(row.storeId))
  return rows.sort((a, b) => rank(a) - rank(b))[0] ?? null
}

/** How many times this buyer has used this coupon, for its per-user limit. */
export async function countUserRedemptions(db: DbOrTx, input: { couponId: string; userId: string }): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(couponRedemptions)
    .where(and(eq(couponRedemptions.couponId, input.couponId), eq(couponRedemptions.userId, input.userId)))
  return row?.n ?? 0
}

export type CouponAuditAction = 'coupon.created' | 'coupon.updated' | 'coupon.activated' | 'coupon.deactivated'

/** Admin changes to platform coupons go to the audit log (SPEC §11.6), in the same transaction. */
export async function recordCouponAudit(
  tx: DbOrTx,
  input: { actorId: string; action: CouponAuditAction; couponId: string; data: Record<string, unknown> },
): Promise<void> {
  await tx.insert(auditLog).values({ actorId: input.actorId, action: input.action, targetType: 'coupon', targetId: input.couponId, data: input.data })
}
