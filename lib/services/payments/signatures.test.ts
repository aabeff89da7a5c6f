import type * as nodeCrypto from 'node:crypto'
import { createHmac } from 'node:crypto'
import { describe, expect, it, vi } from 'vitest'

const { timingSafeEqual } = vi.hoisted(() => ({ timingSafeEqual: vi.fn() }))
vi.mock('node:crypto', async (importOriginal) => {
  const real = await importOriginal<typeof nodeCrypto>()
  timingSafeEqual.mockImplementation(real.timingSafeEqual)
  return { ...real, default: { ...real, timingSafeEqual }, timingSafeEqual }
})

const { bodyDigestId, checkoutSignature, gatewayId, signaturesMatch, verifyCheckoutResult, verifyWebhookBody } = await import('./signatures')

describe('signatures', () => {
  it("computes Razorpay's Checkout signature as documented: HMAC-SHA256 of order_id|payment_id", () => {
    const expected = createHmac('sha256', 'secret').update('order_IluGWxBm9U8zJ8|pay_IluGz2gFnUe0VP').digest('hex')
    expect(checkoutSignature('order_IluGWxBm9U8zJ8', 'pay_IluGz2gFnUe0VP', 'secret')).toBe(expected)
  })

  it('compares same-length signatures with crypto.timingSafeEqual, never with ===', () => {
    const signature = checkoutSignature('order_A', 'pay_B', 'secret')
    timingSafeEqual.mockClear()
    expect(verifyCheckoutResult({ razorpay_order_id: 'order_A', razorpay_payment_id: 'pay_B', razorpay_signature: signature }, 'secret')).toBe(true)
    expect(verifyCheckoutResult({ razorpay_order_id: 'order_A', razorpay_payment_id: 'pay_B', razorpay_signature: `f${signature.slice(1)}` }, 'secret')).toBe(
      signature.startsWith('f'),
    )
    const body = '{"event":"payment.captured"}'
    expect(verifyWebhookBody(body, createHmac('sha256', 'w').update(body).digest('hex'), 'w')).toBe(true)
    expect(timingSafeEqual).toHaveBeenCalledTimes(3)
  })

  it('turns away signatures that are not 64 hex digits without comparing', () => {
    timingSafeEqual.mockClear()
    for (const given of [undefined, null, 42, '', 'abc', 'g'.repeat(64), 'a'.repeat(63), 'a'.repeat(65)]) expect(signaturesMatch('a'.repeat(64), given)).toBe(false)
    expect(verifyWebhookBody('{}', null, 'w')).toBe(false)
    expect(timingSafeEqual).not.toHaveBeenCalled()
  })

  it('makes Razorpay-shaped ids and stable digests for bodies without an event id', () => {
    const ids = new Set(Array.from({ length: 200 }, () => gatewayId('pay')))
    expect(ids.size).toBe(200)
    for (const id of ids) expect(id).toMatch(/^pay_[0-9A-Za-z]{14}$/)
    expect(gatewayId('')).toMatch(/^[0-9A-Za-z]{14}$/)
    expect(bodyDigestId('{"a":1}')).toBe(bodyDigestId('{"a":1}'))
    expect(bodyDigestId('{"a":1}')).not.toBe(bodyDigestId('{"a":2}'))
  })
})
