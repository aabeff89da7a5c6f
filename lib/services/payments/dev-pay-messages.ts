import type { CheckoutResult } from './types'

/**
 * What /dev/pay (inside the checkout iframe) tells the page that opened it, via postMessage to
 * the app's own origin. Mirrors Razorpay Checkout's handler, payment.failed and ondismiss.
 */
export const DEV_PAY_SOURCE = 'haat-dev-pay'

export type DevPayError = { code: string; description: string; reason: string; source?: string; step?: string }

export type DevPayMessage =
  | { source: typeof DEV_PAY_SOURCE; type: 'success'; response: CheckoutResult }
  | { source: typeof DEV_PAY_SOURCE; type: 'failed'; error: DevPayError }
  | { source: typeof DEV_PAY_SOURCE; type: 'dismissed' }

export function isDevPayMessage(data: unknown): data is DevPayMessage {
  if (typeof data !== 'object' || data === null) return false
  const message = data as { source?: unknown; type?: unknown; response?: unknown; error?: unknown }
  if (message.source !== DEV_PAY_SOURCE) return false
  if (message.type === 'dismissed') return true
  if (message.type === 'success') {
    const r = message.response as Partial<CheckoutResult> | undefined
    return typeof r?.razorpay_order_id === 'string' && typeof r.razorpay_payment_id === 'string' && typeof r.razorpay_signature === 'string'
  }
  if (message.type === 'failed') {
    const e = message.error as Partial<DevPayError> | undefined
    return typeof e?.code === 'string' && typeof e.description === 'string'
  }
  return false
}

/** The /dev/pay URL for an order, with what Checkout shows (merchant, description, prefill). */
export function devPayUrl(options: {
  orderId: string
  keyId: string
  name?: string
  description?: string
  prefill?: { name?: string; email?: string; contact?: string }
}): string {
  const params = new URLSearchParams({ order_id: options.orderId, key_id: options.keyId })
  if (options.name) params.set('name', options.name)
  if (options.description) params.set('description', options.description)
  for (const [key, value] of Object.entries(options.prefill ?? {})) if (value) params.set(`prefill_${key}`, value)
  return `/dev/pay?${params}`
}
