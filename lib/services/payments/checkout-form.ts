import { z } from 'zod'
import { BANKS, cardDigits, cardNetwork, cvvValid, isExpired, isValidVpa, luhnValid, parseExpiry } from './checkout-rules'

/**
 * The /dev/pay checkout's forms, one schema per payment method, shared by the form (client) and
 * its server action. Messages say what to fix.
 */

const checkout = {
  orderId: z.string().regex(/^order_[0-9A-Za-z]{14}$/, 'This checkout was opened without a valid order. Close it and try again.'),
  keyId: z.string().min(1, 'This checkout was opened without a key. Close it and try again.'),
}

/** A trimmed string checked by `problem`, which returns the one message to show, or null. */
const field = (problem: (value: string) => string | null) =>
  z
    .string()
    .trim()
    .superRefine((value, ctx) => {
      const message = problem(value)
      if (message) ctx.addIssue({ code: 'custom', message })
    })

export const upiPaymentSchema = z.object({
  ...checkout,
  vpa: field((v) => {
    if (!v) return 'Enter your UPI ID.'
    return isValidVpa(v) ? null : 'Enter a UPI ID like name@bank (for example success@razorpay).'
  }),
})

export const cardPaymentSchema = z
  .object({
    ...checkout,
    number: field((v) => {
      if (!v) return 'Enter the card number.'
      if (!/^[\d\s-]+$/.test(v)) return 'A card number has digits only.'
      return luhnValid(cardDigits(v)) ? null : 'This card number is not valid. Check the digits.'
    }),
    expiry: field((v) => {
      if (!v) return 'Enter the expiry date.'
      const expiry = parseExpiry(v)
      if (!expiry) return 'Enter the expiry as MM/YY, for example 07/29.'
      return isExpired(expiry) ? 'This card has expired. Use another card.' : null
    }),
    cvv: field((v) => (v ? null : 'Enter the CVV from the back of the card.')),
    name: z.string().trim().max(60, 'Keep the name on the card under 60 characters.').optional(),
  })
  .superRefine(
    (value, ctx) => {
      const network = cardNetwork(cardDigits(String(value.number ?? '')))
      const cvv = String(value.cvv ?? '').trim()
      if (cvv && !cvvValid(cvv, network))
        ctx.addIssue({
          code: 'custom',
          path: ['cvv'],
          message: network === 'American Express' ? 'The CVV is the 4 digits on the front of the card.' : 'The CVV is the 3 digits on the back of the card.',
        })
    },
    // The CVV's length depends on the card number, but its message should not wait for the
    // other fields to be right.
    { when: () => true },
  )

const bankCodes = BANKS.map((b) => b.code) as [string, ...string[]]

export const netbankingPaymentSchema = z.object({
  ...checkout,
  bank: z.enum(bankCodes, { message: 'Choose your bank.' }),
  outcome: z.enum(['success', 'failure']),
})

export const resendWebhookSchema = z.object({ deliveryId: z.string().regex(/^[0-9A-Za-z]{14}$/, 'Unknown webhook delivery.') })

export type UpiPaymentInput = z.input<typeof upiPaymentSchema>
export type CardPaymentInput = z.input<typeof cardPaymentSchema>
export type NetbankingPaymentInput = z.input<typeof netbankingPaymentSchema>
