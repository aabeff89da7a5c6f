import { clsx, type ClassValue } from 'clsx'
import { twMerge } from 'tailwind-merge'

export function cn(...inputs: ClassValue[]): string {
  return twMerge(clsx(inputs))
}

// Intl.NumberFormat construction is comparatively expensive; product grids format many prices.
const inrWhole = new Intl.NumberFormat('en-IN', {
  style: 'currency',
  currency: 'INR',
  minimumFractionDigits: 0,
  maximumFractionDigits: 0,
})
const inrFractional = new Intl.NumberFormat('en-IN', {
  style: 'currency',
  currency: 'INR',
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
})

/**
 * Formats an integer amount of paise as Indian rupees, e.g. 12999900 → "₹1,29,999"
 * and 12950 → "₹129.50". Decimals are shown only when the amount is not whole rupees.
 */
export function formatINR(paise: number): string {
  if (!Number.isFinite(paise)) return '—'
  const rounded = Math.round(paise)
  const formatter = rounded % 100 === 0 ? inrWhole : inrFractional
  return formatter.format(rounded / 100)
}

/** "+919876543210" → "+91 98765 43210"; anything else is returned as it is. */
export function formatIndianPhone(e164: string): string {
  const match = /^\+91(\d{5})(\d{5})$/.exec(e164)
  return match ? `+91 ${match[1]} ${match[2]}` : e164
}
