import 'server-only'

import { z } from 'zod'
import type { DbOrTx } from '@/db/client'
import {
  couponCodeTaken,
  findCoupon,
  insertCoupon,
  listCoupons,
  recordCouponAudit,
  setCouponActive,
  updateCoupon,
  type CouponRow,
  type CouponScope,
} from '@/db/queries/coupons'
import { ActionError } from '@/lib/actions/errors'
import { couponStatus, toCouponValues, type CouponData, type CouponStatus } from '@/lib/validations/coupon'

export { countUserRedemptions, findCouponByCode, type CouponRow } from '@/db/queries/coupons'

/** Who is changing coupons, and in which scope: a store (seller) or the platform (admin). */
export type CouponActor = { actorId: string } & CouponScope

export type CouponListItem = CouponRow & { status: CouponStatus }

export async function listCouponsWithStatus(db: DbOrTx, scope: CouponScope, now = new Date()): Promise<CouponListItem[]> {
  const rows = await listCoupons(db, scope)
  return rows.map((row) => ({ ...row, status: couponStatus(row, now) }))
}

/** One coupon of the scope; null for another store's or the platform's id, or a malformed one. */
export async function getCouponInScope(db: DbOrTx, scope: CouponScope & { couponId: string }): Promise<CouponRow | null> {
  if (!z.uuid().safeParse(scope.couponId).success) return null
  return findCoupon(db, scope)
}

const codeTakenMessage = (scope: CouponScope, code: string) =>
  scope.storeId === null ? `There is already a platform coupon called ${code}.` : `Your store already has a coupon called ${code}.`

function pgErrorCode(error: unknown): string | undefined {
  const e = error as { code?: string; cause?: { code?: string } }
  return e?.cause?.code ?? e?.code
}

/**
 * Creates or edits a coupon in the actor's scope. A coupon id from another scope is "not found",
 * never updated. Platform coupon changes are written to the audit log in the same transaction.
 */
export async function saveCoupon(db: DbOrTx, actor: CouponActor, data: CouponData): Promise<CouponRow> {
  const values = toCouponValues(data)
  const scope: CouponScope = { storeId: actor.storeId }
  try {
    return await db.transaction(async (tx) => {
      if (await couponCodeTaken(tx, { ...scope, code: values.code, exceptId: data.couponId })) {
        throw new ActionError('conflict', codeTakenMessage(scope, values.code), { code: [codeTakenMessage(scope, values.code)] })
      }
      let row: CouponRow
      if (data.couponId) {
        const current = await findCoupon(tx, { ...scope, couponId: data.couponId })
        if (!current) throw new ActionError('not_found', 'This coupon no longer exists here. Refresh the list.')
        if (values.usageLimit !== null && values.usageLimit < current.usedCount) {
          const message = `This coupon has been used ${current.usedCount} times already: set a limit of at least ${current.usedCount}, or leave it empty.`
          throw new ActionError('invalid_input', 'Some fields need attention.', { usageLimit: [message] })
        }
        row = (await updateCoupon(tx, { ...scope, couponId: data.couponId }, values))!
      } else {
        row = await insertCoupon(tx, scope, values)
      }
      if (scope.storeId === null) {
        await recordCouponAudit(tx, { actorId: actor.actorId, action: data.couponId ? 'coupon.updated' : 'coupon.created', couponId: row.id, data: auditData(row) })
      }
      return row
    })
  } catch (error) {
    // Two people saving the same code at once: the unique index decides.
    if (pgErrorCode(error) === '23505') {
      throw new ActionError('conflict', codeTakenMessage(scope, values.code), { code: [codeTakenMessage(scope, values.code)] })
    }
    throw error
  }
}

/** Deactivates (or reactivates) a coupon of the actor's scope. */
export async function setCouponActiveInScope(db: DbOrTx, actor: CouponActor, input: { couponId: string; active: boolean }): Promise<CouponRow> {
  return db.transaction(async (tx) => {
    const row = await setCouponActive(tx, { storeId: actor.storeId, couponId: input.couponId, active: input.active })
    if (!row) throw new ActionError('not_found', 'This coupon no longer exists here. Refresh the list.')
    if (actor.storeId === null) {
      await recordCouponAudit(tx, { actorId: actor.actorId, action: input.active ? 'coupon.activated' : 'coupon.deactivated', couponId: row.id, data: { code: row.code } })
    }
    return row
  })
}

function auditData(row: CouponRow) {
  return {
    code: row.code,
    kind: row.kind,
    value: row.value,
    minOrderPaise: row.minOrderPaise,
    maxDiscountPaise: row.maxDiscountPaise,
    usageLimit: row.usageLimit,
    perUserLimit: row.perUserLimit,
    startsAt: row.startsAt?.toISOString() ?? null,
    expiresAt: row.expiresAt?.toISOString() ?? null,
    active: row.active,
  }
}
