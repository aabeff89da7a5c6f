import { describe, expect, it } from 'vitest'
import { cardPaymentSchema, netbankingPaymentSchema, upiPaymentSchema } from './checkout-form'

const checkout = { orderId: 'order_AbCdEfGhIjKlMn', keyId: 'rzp_test_haatlocal' }
const errorsOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]))

describe('/dev/pay forms', () => {
  it('takes a UPI ID and says how one looks', () => {
    expect(upiPaymentSchema.safeParse({ ...checkout, vpa: ' success@razorpay ' })).toMatchObject({ success: true, data: { vpa: 'success@razorpay' } })
    expect(errorsOf(upiPaymentSchema.safeParse({ ...checkout, vpa: '' }))).toEqual({ vpa: 'Enter your UPI ID.' })
    expect(errorsOf(upiPaymentSchema.safeParse({ ...checkout, vpa: 'asha' }))).toEqual({ vpa: expect.stringMatching(/name@bank/) })
    expect(errorsOf(upiPaymentSchema.safeParse({ orderId: 'nope', keyId: '', vpa: 'a.b@upi' }))).toMatchObject({ orderId: expect.any(String), keyId: expect.any(String) })
  })

  it('checks the card number, expiry and CVV field by field', () => {
    expect(cardPaymentSchema.safeParse({ ...checkout, number: '4111 1111 1111 1111', expiry: '12/99', cvv: '123' }).success).toBe(true)
    expect(errorsOf(cardPaymentSchema.safeParse({ ...checkout, number: '4111 1111 1111 1112', expiry: '01/20', cvv: '12' }))).toEqual({
      number: 'This card number is not valid. Check the digits.',
      expiry: 'This card has expired. Use another card.',
      cvv: 'The CVV is the 3 digits on the back of the card.',
    })
    expect(errorsOf(cardPaymentSchema.safeParse({ ...checkout, number: '378282246310005', expiry: '13/30', cvv: '123' }))).toEqual({
      expiry: expect.stringMatching(/MM\/YY/),
      cvv: 'The CVV is the 4 digits on the front of the card.',
    })
  })

  it('needs a bank for net banking', () => {
    expect(netbankingPaymentSchema.safeParse({ ...checkout, bank: 'HDFC', outcome: 'success' }).success).toBe(true)
    expect(errorsOf(netbankingPaymentSchema.safeParse({ ...checkout, bank: '', outcome: 'failure' }))).toEqual({ bank: 'Choose your bank.' })
  })
})
