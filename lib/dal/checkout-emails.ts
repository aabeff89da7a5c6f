import { render, type EmailContent } from '@/lib/services/email/templates'
import { formatRupees } from '@/lib/domain/pricing'

/** The cash-on-delivery confirmation code (SPEC §3.5). */
export function codOtpEmail(input: { code: string; orderNumbers: string[]; totalPaise: number }): EmailContent {
  const orders = input.orderNumbers.join(', ')
  return {
    subject: `${input.code} is your Haat cash-on-delivery code`,
    ...render({
      preheader: `Confirm your cash-on-delivery order ${orders}.`,
      heading: 'Confirm your order',
      greeting: 'Hello,',
      paragraphs: [
        `Enter this code on the checkout page to confirm your cash-on-delivery order: ${input.code}`,
        'The code works for 10 minutes. Unconfirmed orders are cancelled after 15 minutes.',
      ],
      summary: [
        { label: 'Orders', value: orders },
        { label: 'Pay on delivery', value: formatRupees(input.totalPaise), strong: true },
      ],
      footnote: "If you didn't place this order, ignore this email: nothing will be shipped.",
    }),
  }
}
