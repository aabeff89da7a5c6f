import { createHash, timingSafeEqual } from 'node:crypto'

/** Shiprocket sends the security token configured with the webhook URL in this header, as is; there is no signature. */
export const SHIPROCKET_TOKEN_HEADER = 'x-api-key'

/**
 * Whether the request carries `token`. Both sides are hashed first so the comparison takes the
 * same time whatever the length of what was sent.
 */
export function verifyShiprocketToken(headers: Headers, token: string): boolean {
  const sent = headers.get(SHIPROCKET_TOKEN_HEADER)
  if (!token || sent === null) return false
  const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest()
  return timingSafeEqual(digest(sent.trim()), digest(token))
}
