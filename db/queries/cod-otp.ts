import crypto from 'node:crypto'
import { and, eq, isNull, sql } from 'drizzle-orm'
import type { DbOrTx } from '@/db/client'
import { orderGroups } from '@/db/schema'

// Cash-on-delivery confirmation codes (SPEC §3.5): six digits, stored as an HMAC keyed by the
// app secret and the group id, valid for ten minutes and five attempts.

export const COD_OTP_TTL_MS = 10 * 60 * 1000
export const COD_OTP_MAX_ATTEMPTS = 5

export function hashCodOtp(secret: string, groupId: string, code: string): string {
  return crypto.createHmac('sha256', secret).update(`${groupId}:${code}`).digest('hex')
}

export function newCodOtp(): string {
  return String(crypto.randomInt(0, 1_000_000)).padStart(6, '0')
}

/** Sets a fresh code on an unconfirmed COD group of this buyer; returns it, or null. */
export async function issueCodOtp(db: DbOrTx, input: { groupId: string; buyerId: string; secret: string; now?: Date }): Promise<string | null> {
  const code = newCodOtp()
  const now = input.now ?? new Date()
  const rows = await db
    .update(orderGroups)
    .set({ codOtpHash: hashCodOtp(input.secret, input.groupId, code), codOtpExpiresAt: new Date(now.getTime() + COD_OTP_TTL_MS), codOtpAttempts: 0 })
    .where(
      and(
        eq(orderGroups.id, input.groupId),
        eq(orderGroups.buyerId, input.buyerId),
        eq(orderGroups.paymentMethod, 'cod'),
        isNull(orderGroups.codConfirmedAt),
      ),
    )
    .returning({ id: orderGroups.id })
  return rows.length === 1 ? code : null
}

export type CodOtpVerdict = 'ok' | 'wrong' | 'expired' | 'locked' | 'not_found' | 'already_confirmed'

/**
 * Checks a code. A wrong code costs an attempt (counted atomically); the right one marks the
 * group confirmed once — a second correct submission finds it already confirmed.
 */
export async function checkCodOtp(
  db: DbOrTx,
  input: { groupId: string; buyerId: string; code: string; secret: string; now?: Date },
): Promise<CodOtpVerdict> {
  const now = input.now ?? new Date()
  const [group] = await db
    .select({
      hash: orderGroups.codOtpHash,
      expiresAt: orderGroups.codOtpExpiresAt,
      attempts: orderGroups.codOtpAttempts,
      confirmedAt: orderGroups.codConfirmedAt,
      method: orderGroups.paymentMethod,
    })
    .from(orderGroups)
    .where(and(eq(orderGroups.id, input.groupId), eq(orderGroups.buyerId, input.buyerId)))
  if (!group || group.method !== 'cod') return 'not_found'
  if (group.confirmedAt) return 'already_confirmed'
  if (!group.hash || !group.expiresAt) return 'expired'
  if (group.attempts >= COD_OTP_MAX_ATTEMPTS) return 'locked'
  if (group.expiresAt <= now) return 'expired'
  const expected = Buffer.from(group.hash, 'hex')
  const given = Buffer.from(hashCodOtp(input.secret, input.groupId, input.code.trim()), 'hex')
  if (expected.length !== given.length || !crypto.timingSafeEqual(expected, given)) {
    await db
      .update(orderGroups)
      .set({ codOtpAttempts: sql`${orderGroups.codOtpAttempts} + 1` })
      .where(eq(orderGroups.id, input.groupId))
    return 'wrong'
  }
  const confirmed = await db
    .update(orderGroups)
    .set({ codConfirmedAt: now, codOtpHash: null })
    .where(and(eq(orderGroups.id, input.groupId), isNull(orderGroups.codConfirmedAt)))
    .returning({ id: orderGroups.id })
  return confirmed.length === 1 ? 'ok' : 'already_confirmed'
}
