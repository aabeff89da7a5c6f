'use client'

import { DEV_PAY_SOURCE, type DevPayError } from '@/lib/services/payments/dev-pay-messages'
import type { CheckoutResult } from '@/lib/services/payments/types'

type Outcome = { type: 'success'; response: CheckoutResult } | { type: 'failed'; error: DevPayError } | { type: 'dismissed' }

/**
 * Tells the page that opened this checkout what happened. The iframe is served by the app, so
 * the parent is the app's own origin; nothing goes to any other origin.
 */
export function postToParent(outcome: Outcome): boolean {
  if (window.parent === window) return false
  window.parent.postMessage({ source: DEV_PAY_SOURCE, ...outcome }, window.location.origin)
  return true
}

/** Abandons checkout: tells the opener, or goes back when /dev/pay was opened on its own. */
export function dismissCheckout(): void {
  if (!postToParent({ type: 'dismissed' })) window.history.back()
}
