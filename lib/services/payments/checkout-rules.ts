/**
 * The simulated gateway's test instruments, mirroring Razorpay test mode: UPI ID
 * success@razorpay pays and failure@razorpay fails; card 4111 1111 1111 1111 pays and
 * 4000 0000 0000 0002 is declined; any other well-formed UPI ID or Luhn-valid card pays.
 * Pure functions, shared by the /dev/pay form (client) and its server action.
 */

export const TEST_VPA = { success: 'success@razorpay', failure: 'failure@razorpay' } as const
export const TEST_CARDS = { success: '4111111111111111', declined: '4000000000000002' } as const

// NPCI handles: a 2–256 character name of letters, digits, '.', '-' and '_', then @ and a PSP handle.
const VPA = /^[A-Za-z0-9._-]{2,256}@[A-Za-z][A-Za-z0-9]{1,63}$/

export function normaliseVpa(vpa: string): string {
  return vpa.trim().toLowerCase()
}

export function isValidVpa(vpa: string): boolean {
  return VPA.test(vpa.trim())
}

export function cardDigits(number: string): string {
  return number.replace(/[\s-]/g, '')
}

export function luhnValid(digits: string): boolean {
  if (!/^\d{12,19}$/.test(digits)) return false
  let sum = 0
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i])
    if (i % 2 === 1) {
      d *= 2
      if (d > 9) d -= 9
    }
    sum += d
  }
  return sum % 10 === 0
}

export type CardNetwork = 'Visa' | 'MasterCard' | 'RuPay' | 'American Express' | 'Unknown'

export function cardNetwork(digits: string): CardNetwork {
  if (/^3[47]/.test(digits)) return 'American Express'
  if (/^(60|65|81|82|508|353|356)/.test(digits)) return 'RuPay'
  if (/^(5[1-5]|2(2[2-9]|[3-6]\d|7[01]|720))/.test(digits)) return 'MasterCard'
  if (/^4/.test(digits)) return 'Visa'
  return 'Unknown'
}

/** "MM/YY" (or "MM / YY", "MMYY") → month and four-digit year, or null when it is not a date. */
export function parseExpiry(value: string): { month: number; year: number } | null {
  const match = /^\s*(\d{2})\s*\/?\s*(\d{2})\s*$/.exec(value)
  if (!match) return null
  const month = Number(match[1])
  if (month < 1 || month > 12) return null
  return { month, year: 2000 + Number(match[2]) }
}

/** A card is good through the last day of its expiry month. */
export function isExpired(expiry: { month: number; year: number }, now: Date = new Date()): boolean {
  const year = now.getFullYear()
  const month = now.getMonth() + 1
  return expiry.year < year || (expiry.year === year && expiry.month < month)
}

export function cvvValid(cvv: string, network: CardNetwork): boolean {
  return network === 'American Express' ? /^\d{4}$/.test(cvv) : /^\d{3}$/.test(cvv)
}

export const BANKS = [
  { code: 'SBIN', name: 'State Bank of India' },
  { code: 'HDFC', name: 'HDFC Bank' },
  { code: 'ICIC', name: 'ICICI Bank' },
  { code: 'UTIB', name: 'Axis Bank' },
  { code: 'KKBK', name: 'Kotak Mahindra Bank' },
  { code: 'PUNB', name: 'Punjab National Bank' },
  { code: 'BARB', name: 'Bank of Baroda' },
  { code: 'YESB', name: 'Yes Bank' },
] as const

export type BankCode = (typeof BANKS)[number]['code']

export function upiOutcome(vpa: string): 'success' | 'failure' {
  return normaliseVpa(vpa) === TEST_VPA.failure ? 'failure' : 'success'
}

export function cardOutcome(digits: string): 'success' | 'failure' {
  return digits === TEST_CARDS.declined ? 'failure' : 'success'
}

/** What Checkout reports for a failed payment: Razorpay's code, source, step and reason. */
export type PaymentFailure = { code: string; description: string; source: string; step: string; reason: string }

export const FAILURES = {
  upi: {
    code: 'BAD_REQUEST_ERROR',
    description: 'The payment was declined in the UPI app. Try again or use another UPI ID.',
    source: 'customer',
    step: 'payment_authorization',
    reason: 'payment_failed',
  },
  card: {
    code: 'BAD_REQUEST_ERROR',
    description: 'Your card was declined by the bank. Try another card or payment method.',
    source: 'bank',
    step: 'payment_authorization',
    reason: 'card_declined',
  },
  netbanking: {
    code: 'BAD_REQUEST_ERROR',
    description: 'The payment failed at the bank. Try again or choose another payment method.',
    source: 'bank',
    step: 'payment_authorization',
    reason: 'payment_failed',
  },
  wallet: {
    code: 'BAD_REQUEST_ERROR',
    description: 'The wallet declined the payment. Try again or choose another payment method.',
    source: 'customer',
    step: 'payment_authorization',
    reason: 'payment_failed',
  },
} as const satisfies Record<string, PaymentFailure>
