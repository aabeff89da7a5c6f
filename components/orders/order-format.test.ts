import { describe, expect, it } from 'vitest'
import { itemsSummary, paymentMethodLabel, paymentText, refundText, returnText, statusBadgeVariant } from './order-format'

const price = { method: 'upi', paidMethod: null, paid: true, totalPaise: 129_900 }

describe('order wording', () => {
  it('names the method the gateway reports over the one chosen, and knows unpaid and COD orders', () => {
    expect(paymentMethodLabel('upi', 'card')).toBe('Card')
    expect(paymentMethodLabel('netbanking', null)).toBe('Net banking')
    expect(paymentMethodLabel('upi', 'something_new')).toBe('UPI')
    expect(paymentText(price, 'confirmed')).toBe('Paid by UPI')
    expect(paymentText({ ...price, paid: false }, 'pending_payment')).toBe('Awaiting payment by UPI')
    expect(paymentText({ ...price, paid: false }, 'cancelled')).toBe('Not paid')
    expect(paymentText({ ...price, method: 'cod', paid: false }, 'shipped')).toBe('Cash on delivery — pay ₹1,299 when it arrives')
    expect(paymentText({ ...price, method: 'cod', paid: false }, 'delivered')).toBe('Paid in cash on delivery')
  })

  it('says where each refund is', () => {
    const at = '2025-03-04T20:00:00Z'
    expect(refundText({ amountPaise: 49_950, status: 'manual', updatedAt: at }).title).toBe("We'll transfer ₹499.50 to your bank account")
    expect(refundText({ amountPaise: 50_000, status: 'processed', updatedAt: at })).toMatchObject({ title: '₹500 refunded', detail: expect.stringContaining('5 Mar 2025') })
    expect(refundText({ amountPaise: 50_000, status: 'pending', updatedAt: at }).title).toBe('Refund of ₹500 on its way')
    expect(refundText({ amountPaise: 50_000, status: 'failed', updatedAt: at }).title).toBe('Refund of ₹500 delayed')
  })

  it('quotes the seller when a return is declined', () => {
    expect(returnText({ status: 'rejected', decisionNote: 'Tags removed' }).detail).toBe('The seller said: “Tags removed”')
    expect(returnText({ status: 'rejected', decisionNote: null }).detail).toBeNull()
    expect(returnText({ status: 'approved', decisionNote: null }).title).toBe('Return approved')
  })

  it('summarises the lines and colours the status', () => {
    expect(itemsSummary('Kantha stole', 2)).toBe('Kantha stole and 2 more')
    expect(itemsSummary('Kantha stole', 0)).toBe('Kantha stole')
    expect(statusBadgeVariant('delivered')).toBe('success')
    expect(statusBadgeVariant('cancelled')).toBe('destructive')
    expect(statusBadgeVariant('pending_payment')).toBe('outline')
    expect(statusBadgeVariant('shipped')).toBe('default')
  })
})
