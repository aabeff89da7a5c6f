import crypto from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { decodeGuestCart, encodeGuestCart, guestItemCount } from './guest-cookie'
import { MAX_CART_LINES, type StoredCartLine } from './rules'

const SECRET = 'test-secret-for-the-cart-cookie'
const id = () => crypto.randomUUID()
const line = (over: Partial<StoredCartLine> = {}): StoredCartLine => ({ productId: id(), variantId: null, quantity: 1, showId: null, ...over })

describe('guest cart cookie', () => {
  it('round-trips lines with and without variants and shows', () => {
    const lines = [line({ quantity: 3 }), line({ variantId: id(), quantity: 2 }), line({ variantId: id(), showId: id(), quantity: 10 }), line({ showId: id() })]
    const decoded = decodeGuestCart(encodeGuestCart(lines, SECRET), SECRET)
    expect(decoded.lines).toEqual(lines)
    expect(decoded.signature).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(guestItemCount(decoded)).toBe(16)
  })

  it('signs every write afresh, so two writes of the same lines differ', () => {
    const lines = [line()]
    const a = encodeGuestCart(lines, SECRET)
    const b = encodeGuestCart(lines, SECRET)
    expect(a).not.toBe(b)
    expect(decodeGuestCart(a, SECRET).signature).not.toBe(decodeGuestCart(b, SECRET).signature)
  })

  it('reads a tampered, truncated, re-signed or garbage cookie as an empty cart', () => {
    const value = encodeGuestCart([line({ quantity: 2 }), line({ variantId: id() })], SECRET)
    const [body, mac] = value.split('.') as [string, string]
    const bytes = Buffer.from(body, 'base64url')
    bytes[8] = 99 // the first line's quantity
    const tampered = `${bytes.toString('base64url')}.${mac}`
    const empty = { lines: [], signature: null }
    expect(decodeGuestCart(tampered, SECRET)).toEqual(empty)
    expect(decodeGuestCart(value.slice(0, -3), SECRET)).toEqual(empty)
    expect(decodeGuestCart(`${body}.${mac}.x`, SECRET)).toEqual(empty)
    expect(decodeGuestCart(value, 'another-secret')).toEqual(empty)
    expect(decodeGuestCart('[{"productId":"x","quantity":999}]', SECRET)).toEqual(empty)
    expect(decodeGuestCart('', SECRET)).toEqual(empty)
    expect(decodeGuestCart(undefined, SECRET)).toEqual(empty)
  })

  it('reads a correctly signed but malformed body as an empty cart', () => {
    const forge = (payload: Buffer) =>
      `${payload.toString('base64url')}.${crypto.createHmac('sha256', SECRET).update('haat_cart.v1\0').update(payload).digest('base64url')}`
    const header = Buffer.from([1, 0, 0, 0, 0, 0, 0])
    expect(decodeGuestCart(forge(Buffer.concat([header, Buffer.from([0, 1]), Buffer.alloc(8)])), SECRET).lines).toEqual([])
    expect(decodeGuestCart(forge(Buffer.concat([header, Buffer.from([0, 0]), Buffer.alloc(16)])), SECRET).lines).toEqual([])
    expect(decodeGuestCart(forge(Buffer.concat([Buffer.from([2]), header.subarray(1)])), SECRET).lines).toEqual([])
    // The same signature check accepts a sound body: the forge helper matches the codec.
    expect(decodeGuestCart(forge(Buffer.concat([header, Buffer.from([0, 2]), Buffer.alloc(16, 0xab)])), SECRET).lines).toHaveLength(1)
  })

  it('keeps at most 50 lines, one per product and variant, 10 of each, and fits in a cookie', () => {
    const repeated = line({ quantity: 4 })
    const lines = [repeated, { ...repeated, quantity: 9 }, ...Array.from({ length: 60 }, () => line({ variantId: id(), showId: id(), quantity: 25 }))]
    const value = encodeGuestCart(lines, SECRET)
    expect(value.length).toBeLessThan(3600)
    const decoded = decodeGuestCart(value, SECRET).lines
    expect(decoded).toHaveLength(MAX_CART_LINES)
    expect(decoded[0]).toEqual(repeated)
    expect(decoded.every((l) => l.quantity <= 10)).toBe(true)
  })
})
