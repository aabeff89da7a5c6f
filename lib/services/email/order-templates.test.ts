import { describe, expect, it } from 'vitest'
import {
  newOrderEmail,
  orderCancelledEmail,
  orderDeliveredEmail,
  orderOutForDeliveryEmail,
  orderPlacedEmail,
  orderShippedEmail,
  refundIssuedEmail,
  returnDecidedEmail,
  returnRequestedEmail,
  type OrderEmailSummary,
} from './order-templates'

const url = 'https://haat.example/account/orders/7f0c?from=email&x=1'
const order: OrderEmailSummary = {
  number: 'HT-1234',
  storeName: 'Chai & "Co"',
  items: [
    { title: 'Assam tea <b>1 kg</b>', variantTitle: 'Loose', quantity: 2, totalPaise: 12999900 },
    { title: 'Kettle', variantTitle: null, quantity: 1, totalPaise: 45050 },
  ],
  subtotalPaise: 13044950,
  discountPaise: 10000,
  shippingPaise: 0,
  totalPaise: 13034950,
  cashOnDelivery: false,
}
const base = { name: 'Asha', order, url }

describe('order emails', () => {
  it('list the lines and totals in rupees, grouped the Indian way', () => {
    const email = orderPlacedEmail(base)
    expect(email.subject).toBe('Your Haat order HT-1234 is placed')
    expect(email.text).toContain('2 × Assam tea <b>1 kg</b> (Loose) — ₹1,29,999')
    expect(email.text).toContain('1 × Kettle — ₹450.50')
    expect(email.text).toContain('Discount — −₹100')
    expect(email.text).toContain('Shipping — Free')
    expect(email.text).toContain('Total paid — ₹1,30,349.50')
    expect(email.text).toContain(`View your order: ${new URL(url).toString()}`)
    expect(email.html).toContain('&amp;x=1')
  })

  it('escape seller-typed text in the HTML', () => {
    const email = orderPlacedEmail(base)
    expect(email.html).not.toContain('<b>1 kg</b>')
    expect(email.html).toContain('Assam tea &lt;b&gt;1 kg&lt;/b&gt;')
    expect(email.html).toContain('Chai &amp; &quot;Co&quot;')
  })

  it('tell a COD buyer what to pay and a seller who collects it', () => {
    const cod = { ...base, order: { ...order, cashOnDelivery: true, shippingPaise: 4900 } }
    expect(orderPlacedEmail(cod).text).toContain('you pay in cash when it arrives')
    expect(orderPlacedEmail(cod).text).toContain('To pay on delivery — ₹1,30,349.50')
    expect(orderPlacedEmail(cod).text).toContain('Shipping — ₹49')
    expect(orderOutForDeliveryEmail(cod).text).toContain('Please keep ₹1,30,349.50 ready in cash')
    expect(orderOutForDeliveryEmail(base).text).not.toContain('in cash')
    const seller = newOrderEmail({ ...cod, name: 'Ravi', buyerName: 'Asha\nK' })
    expect(seller.subject).toBe('New order HT-1234 for Chai & "Co"')
    expect(seller.text).toContain('Asha K ordered from Chai & "Co"')
    expect(seller.text).toContain('the courier collects ₹1,30,349.50')
  })

  it('name the courier and AWB when shipped, and leave them out when unknown', () => {
    const shipped = orderShippedEmail({ ...base, courier: 'Delhivery', awb: 'AWB123', trackingUrl: null })
    expect(shipped.subject).toBe('Your Haat order HT-1234 has shipped')
    expect(shipped.text).toContain('to the courier with Delhivery')
    expect(shipped.text).toContain('Tracking number (AWB): AWB123')
    const bare = orderShippedEmail({ ...base, courier: null, awb: null, trackingUrl: null })
    expect(bare.text).not.toContain('AWB')
    expect(bare.text).toContain('to the courier.')
  })

  it('mention the return window on delivery', () => {
    expect(orderDeliveredEmail({ ...base, returnWindowDays: 7 }).text).toContain('within 7 days')
    expect(orderDeliveredEmail({ ...base, returnWindowDays: 1 }).text).toContain('within 1 day.')
    expect(orderDeliveredEmail({ ...base, returnWindowDays: 0 }).text).toContain('does not accept returns')
  })

  it('say who cancelled and why, and promise a refund only when one is due', () => {
    const buyer = orderCancelledEmail({ ...base, audience: 'buyer', by: 'seller', reason: 'Out of\nstock', refundDue: true })
    expect(buyer.subject).toBe('Your Haat order HT-1234 has been cancelled')
    expect(buyer.text).toContain('The seller cancelled order HT-1234')
    expect(buyer.text).toContain('Reason: Out of stock')
    expect(buyer.text).toContain('Your refund of ₹1,30,349.50 is on its way')
    const unpaid = orderCancelledEmail({ ...base, audience: 'buyer', by: 'system', reason: null, refundDue: false })
    expect(unpaid.text).not.toMatch(/refund|Reason/)
    const seller = orderCancelledEmail({ ...base, name: 'Ravi', audience: 'seller', by: 'buyer', reason: null, refundDue: true })
    expect(seller.subject).toBe('Order HT-1234 has been cancelled')
    expect(seller.text).toContain('The buyer cancelled order HT-1234')
    expect(seller.text).not.toContain('Your refund')
  })

  it('distinguish a gateway refund from a manual bank transfer', () => {
    const gateway = refundIssuedEmail({ ...base, amountPaise: 50000, manual: false })
    expect(gateway.subject).toBe('Your refund of ₹500 for order HT-1234')
    expect(gateway.text).toContain('5–7 working days')
    expect(refundIssuedEmail({ ...base, amountPaise: 50000, manual: true }).text).toContain('by transfer')
  })

  it('carry the return reason to the seller and the decision to the buyer', () => {
    const request = returnRequestedEmail({ ...base, reason: 'Torn <seam>', details: 'Left sleeve' })
    expect(request.subject).toBe('Return requested for order HT-1234')
    expect(request.text).toContain('Reason: Torn <seam>')
    expect(request.html).toContain('Reason: Torn &lt;seam&gt;')
    expect(request.text).toContain('Details: Left sleeve')
    expect(returnDecidedEmail({ ...base, approved: true, note: null }).subject).toBe('Your return for order HT-1234 was approved')
    const declined = returnDecidedEmail({ ...base, approved: false, note: 'Used item' })
    expect(declined.subject).toBe('Your return for order HT-1234 was declined')
    expect(declined.text).toContain("Seller's note: Used item")
  })

  it('cap a long order at ten lines', () => {
    const many = { ...order, items: Array.from({ length: 13 }, (_, i) => ({ title: `Item ${i + 1}`, variantTitle: null, quantity: 1, totalPaise: 100 })) }
    const text = orderShippedEmail({ ...base, order: many, courier: null, awb: null, trackingUrl: null }).text
    expect(text).toContain('Item 10')
    expect(text).not.toContain('Item 11')
    expect(text).toMatch(/and 3 more items\n/)
  })
})
