import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * A direct upload's key, bound to the product it was started for: whoever finishes the upload
 * must present the claim the start returned, so a storage key can't be attached to another
 * product, and a claim stops working when its upload URL does. `expires.hmac` (hex).
 */
export type UploadClaimSubject = { storeId: string; productId: string; key: string }

export function signUploadClaim(secret: string, subject: UploadClaimSubject, expiresAt: Date): string {
  const expires = String(expiresAt.getTime())
  return `${expires}.${digest(secret, subject, expires).toString('hex')}`
}

export function verifyUploadClaim(secret: string, subject: UploadClaimSubject, claim: string, now = Date.now()): boolean {
  const [expires = '', mac = ''] = claim.split('.')
  if (!/^\d+$/.test(expires) || !/^[0-9a-f]{64}$/.test(mac) || Number(expires) <= now) return false
  return timingSafeEqual(Buffer.from(mac, 'hex'), digest(secret, subject, expires))
}

function digest(secret: string, subject: UploadClaimSubject, expires: string): Buffer {
  return createHmac('sha256', secret).update(`haat:upload-claim\n${subject.storeId}\n${subject.productId}\n${subject.key}\n${expires}`).digest()
}
