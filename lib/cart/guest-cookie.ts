import crypto from 'node:crypto'
import { MAX_CART_LINES, MAX_PER_LINE, sameLine, type StoredCartLine } from './rules'

/**
 * The guest cart lives in one httpOnly cookie (SPEC §3.1). Browsers keep about 4 KB per cookie,
 * and 50 lines of three text UUIDs would not fit, so the lines are packed as bytes:
 *
 *   version (1) · nonce (6) · per line: flags (1) · quantity (1) · product (16) · [variant (16)] · [show (16)]
 *
 * base64url-encoded and followed by `.` and an HMAC-SHA256 of the bytes keyed with the auth
 * secret — at most ~3.4 KB. A cookie that fails the check, or does not parse, is an empty cart.
 * The nonce is fresh on every write, so the signature names one exact cookie value; the merge at
 * sign-in uses it to run once per cookie.
 */

export const GUEST_CART_COOKIE = 'haat_cart'
export const GUEST_CART_MAX_AGE_SECONDS = 60 * 60 * 24 * 30

export type GuestCart = { lines: StoredCartLine[]; signature: string | null }

const VERSION = 1
const NONCE_BYTES = 6
const HAS_VARIANT = 1
const HAS_SHOW = 2
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

const empty = (): GuestCart => ({ lines: [], signature: null })

function uuidToBytes(id: string): Buffer {
  const lower = id.toLowerCase()
  if (!UUID.test(lower)) throw new Error(`Not a UUID: ${id}`)
  return Buffer.from(lower.replaceAll('-', ''), 'hex')
}

function bytesToUuid(bytes: Buffer): string {
  const hex = bytes.toString('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

function sign(payload: Buffer, secret: string): Buffer {
  // The purpose is part of the MAC, so this signature can't be replayed as any other token's.
  return crypto.createHmac('sha256', secret).update('haat_cart.v1\0').update(payload).digest()
}

/** The cookie value for `lines`: deduplicated, quantities kept within 1..10, the first 50 lines. */
export function encodeGuestCart(lines: readonly StoredCartLine[], secret: string): string {
  const parts: Buffer[] = [Buffer.from([VERSION]), crypto.randomBytes(NONCE_BYTES)]
  const kept: StoredCartLine[] = []
  for (const line of lines) {
    if (kept.length === MAX_CART_LINES) break
    if (line.quantity < 1 || kept.some((k) => sameLine(k, line))) continue
    kept.push(line)
    const flags = (line.variantId ? HAS_VARIANT : 0) | (line.showId ? HAS_SHOW : 0)
    parts.push(Buffer.from([flags, Math.min(Math.floor(line.quantity), MAX_PER_LINE)]), uuidToBytes(line.productId))
    if (line.variantId) parts.push(uuidToBytes(line.variantId))
    if (line.showId) parts.push(uuidToBytes(line.showId))
  }
  const payload = Buffer.concat(parts)
  return `${payload.toString('base64url')}.${sign(payload, secret).toString('base64url')}`
}

/** The lines of a cookie value; anything forged, truncated or malformed reads as an empty cart. */
export function decodeGuestCart(value: string | null | undefined, secret: string): GuestCart {
  if (!value || value.length > 4096) return empty()
  const [body, mac, ...rest] = value.split('.')
  if (!body || !mac || rest.length > 0) return empty()
  const payload = Buffer.from(body, 'base64url')
  const given = Buffer.from(mac, 'base64url')
  const expected = sign(payload, secret)
  if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) return empty()
  if (payload[0] !== VERSION) return empty()

  const lines: StoredCartLine[] = []
  let at = 1 + NONCE_BYTES
  while (at < payload.length) {
    const flags = payload[at]!
    const quantity = payload[at + 1] ?? 0
    const size = 18 + (flags & HAS_VARIANT ? 16 : 0) + (flags & HAS_SHOW ? 16 : 0)
    if (at + size > payload.length || quantity < 1 || flags > (HAS_VARIANT | HAS_SHOW)) return empty()
    let field = at + 2
    const next = () => bytesToUuid(payload.subarray(field, (field += 16)))
    const productId = next()
    const variantId = flags & HAS_VARIANT ? next() : null
    const showId = flags & HAS_SHOW ? next() : null
    const line = { productId, variantId, quantity: Math.min(quantity, MAX_PER_LINE), showId }
    if (!lines.some((l) => sameLine(l, line)) && lines.length < MAX_CART_LINES) lines.push(line)
    at += size
  }
  return { lines, signature: mac }
}

/** Total items in the guest cart, for the header badge; no database read. */
export function guestItemCount(cart: GuestCart): number {
  return cart.lines.reduce((sum, line) => sum + line.quantity, 0)
}
