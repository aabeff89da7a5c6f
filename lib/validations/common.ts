import { parsePhoneNumberFromString } from 'libphonenumber-js/min'
import { z } from 'zod'
import { PIN_CODE_MESSAGE, PIN_CODE_PATTERN } from './pin-code'

/** +91 mobile in E.164, or null when the input is not a valid Indian mobile number. */
export function normaliseIndianMobile(input: string): string | null {
  const digits = input.replace(/[\s()-]/g, '')
  const phone = parsePhoneNumberFromString(digits, 'IN')
  if (!phone || phone.country !== 'IN' || !phone.isValid()) return null
  // Indian mobile numbers are 10 digits starting 6–9; landlines cannot receive OTPs.
  if (!/^[6-9]\d{9}$/.test(phone.nationalNumber)) return null
  return phone.number
}

export const indianMobile = z
  .string()
  .trim()
  .min(1, 'Enter a mobile number')
  .refine((v) => normaliseIndianMobile(v) !== null, {
    message: 'Enter a valid 10-digit Indian mobile number, like 98765 43210',
  })

export const pinCode = z.string().trim().regex(PIN_CODE_PATTERN, PIN_CODE_MESSAGE)

export const INDIAN_STATES = [
  'Andaman and Nicobar Islands', 'Andhra Pradesh', 'Arunachal Pradesh', 'Assam', 'Bihar', 'Chandigarh',
  'Chhattisgarh', 'Dadra and Nagar Haveli and Daman and Diu', 'Delhi', 'Goa', 'Gujarat', 'Haryana',
  'Himachal Pradesh', 'Jammu and Kashmir', 'Jharkhand', 'Karnataka', 'Kerala', 'Ladakh', 'Lakshadweep',
  'Madhya Pradesh', 'Maharashtra', 'Manipur', 'Meghalaya', 'Mizoram', 'Nagaland', 'Odisha', 'Puducherry',
  'Punjab', 'Rajasthan', 'Sikkim', 'Tamil Nadu', 'Telangana', 'Tripura', 'Uttar Pradesh', 'Uttarakhand',
  'West Bengal',
] as const

export const indianState = z.enum(INDIAN_STATES, { error: 'Choose a state' })

/** Empty optional text fields arrive as '' from forms. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Keep it under ${max} characters`)
    .optional()
    .transform((v) => (v ? v : undefined))

export const slugSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(3, 'Use at least 3 characters')
  .max(60, 'Keep it under 60 characters')
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use lowercase letters, numbers and single hyphens')

export function slugify(input: string): string {
  return input
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '')
}
