import { createHash, createHmac, randomInt, timingSafeEqual } from 'node:crypto'
import type { CheckoutResult } from './types'

/**
 * Razorpay's signatures, as its docs define them: hex HMAC-SHA256 of `order_id|payment_id` with
 * the key secret for Checkout, and of the exact raw request body with the webhook secret for
 * webhooks. Both drivers and the simulated gateway's signer use these functions.
 */

export function hmacHex(payload: string, secret: string): string {
  return createHmac('sha256', secret).update(payload, 'utf8').digest('hex')
}

export function checkoutSignature(orderId: string, paymentId: string, keySecret: string): string {
  return hmacHex(`${orderId}|${paymentId}`, keySecret)
}

export function webhookSignature(rawBody: string, webhookSecret: string): string {
  return hmacHex(rawBody, webhookSecret)
}

const HEX_SHA256 = /^[0-9a-f]{64}$/i

/** Constant-time comparison of a hex HMAC we computed with one we were given. */
export function signaturesMatch(expectedHex: string, given: unknown): boolean {
  if (typeof given !== 'string' || !HEX_SHA256.test(given)) return false
  return timingSafeEqual(Buffer.from(expectedHex, 'hex'), Buffer.from(given, 'hex'))
}

export function verifyCheckoutResult(result: CheckoutResult, keySecret: string): boolean {
  const orderId = result?.razorpay_order_id
  const paymentId = result?.razorpay_payment_id
  if (typeof orderId !== 'string' || typeof paymentId !== 'string' || !orderId || !paymentId) return false
  return signaturesMatch(checkoutSignature(orderId, paymentId, keySecret), result.razorpay_signature)
}

export function verifyWebhookBody(rawBody: string, signature: string | null, webhookSecret: string): boolean {
  if (typeof rawBody !== 'string' || signature === null) return false
  return signaturesMatch(webhookSignature(rawBody, webhookSecret), signature.trim())
}

/** Stands in for a missing x-razorpay-event-id: identical bodies get identical ids. */
export function bodyDigestId(rawBody: string): string {
  return `body_${createHash('sha256').update(rawBody, 'utf8').digest('hex').slice(0, 32)}`
}

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'

/** Razorpay-shaped id: `order_`, `pay_`, `rfnd_` … followed by 14 base62 characters. */
export function gatewayId(prefix: string): string {
  let out = ''
  for (let i = 0; i < 14; i++) out += BASE62[randomInt(62)]
  return prefix ? `${prefix}_${out}` : out
}

export const GATEWAY_ID = /^[0-9A-Za-z]{14}$/
