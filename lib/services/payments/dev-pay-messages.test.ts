import { describe, expect, it } from 'vitest'
import type { ServiceConfig } from '@/lib/services/config'
import { devPayVisible } from './dev-pay'
import { DEV_PAY_SOURCE, devPayUrl, isDevPayMessage } from './dev-pay-messages'

const response = { razorpay_order_id: 'order_A', razorpay_payment_id: 'pay_B', razorpay_signature: 'c'.repeat(64) }

describe('/dev/pay messages', () => {
  it('accepts only well-formed messages from the simulated checkout', () => {
    expect(isDevPayMessage({ source: DEV_PAY_SOURCE, type: 'success', response })).toBe(true)
    expect(isDevPayMessage({ source: DEV_PAY_SOURCE, type: 'failed', error: { code: 'BAD_REQUEST_ERROR', description: 'Declined', reason: 'card_declined' } })).toBe(true)
    expect(isDevPayMessage({ source: DEV_PAY_SOURCE, type: 'dismissed' })).toBe(true)
    for (const bad of [
      null,
      'dismissed',
      { type: 'dismissed' },
      { source: 'other', type: 'dismissed' },
      { source: DEV_PAY_SOURCE, type: 'success', response: { ...response, razorpay_signature: 1 } },
      { source: DEV_PAY_SOURCE, type: 'success' },
      { source: DEV_PAY_SOURCE, type: 'failed', error: { code: 'X' } },
      { source: DEV_PAY_SOURCE, type: 'paid' },
    ])
      expect(isDevPayMessage(bad), JSON.stringify(bad)).toBe(false)
  })

  it('builds the checkout URL with the order, key, merchant and prefill', () => {
    const url = new URL(devPayUrl({ orderId: 'order_X', keyId: 'rzp_test_k', name: 'Haat', description: 'Order #12 & more', prefill: { email: 'a@b.in', contact: '' } }), 'http://app')
    expect(url.pathname).toBe('/dev/pay')
    expect(Object.fromEntries(url.searchParams)).toEqual({ order_id: 'order_X', key_id: 'rzp_test_k', name: 'Haat', description: 'Order #12 & more', prefill_email: 'a@b.in' })
  })

  it('is shown in development, and in production only while the simulated gateway is the driver', () => {
    const simulated: ServiceConfig['payments'] = { driver: 'simulated', keyId: 'rzp_test_haatlocal', keySecret: 's', webhookSecret: 'w' }
    const razorpay: ServiceConfig['payments'] = { driver: 'razorpay', keyId: 'rzp_live_x', keySecret: 's', webhookSecret: 'w', apiBase: 'https://api.razorpay.com' }
    expect(devPayVisible({ production: false, payments: razorpay })).toBe(true)
    expect(devPayVisible({ production: true, payments: simulated })).toBe(true)
    expect(devPayVisible({ production: true, payments: razorpay })).toBe(false)
  })
})
