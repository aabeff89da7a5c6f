import { parsePhoneNumberFromString } from 'libphonenumber-js/mobile'
import { z } from 'zod'
import { INDIAN_STATES, optionalText } from './common'

/** An address book holds this many; more is almost always duplicates. */
export const MAX_ADDRESSES = 20

export const ADDRESS_PHONE_MESSAGE = 'Enter a 10-digit Indian mobile number'
export const ADDRESS_PIN_MESSAGE = 'PIN codes have 6 digits and don’t start with 0'

/**
 * "98765 43210", "098765-43210", "+91 98765 43210" → "+919876543210"; null for anything but an
 * Indian mobile number. The `mobile` metadata knows which number ranges are mobiles: a Bengaluru
 * landline such as 080 2222 3333 has ten digits starting with 8 too, and couriers text the buyer.
 */
export function normaliseAddressMobile(input: string): string | null {
  const phone = parsePhoneNumberFromString(input.trim().replace(/[\s().-]/g, ''), 'IN')
  if (!phone || phone.country !== 'IN' || !phone.isValid()) return null
  return phone.number
}

export const addressPhone = z.string().transform((value, ctx) => {
  const phone = normaliseAddressMobile(value)
  if (!phone) {
    ctx.addIssue({ code: 'custom', message: ADDRESS_PHONE_MESSAGE })
    return z.NEVER
  }
  return phone
})

/** Spaces are forgiven ("560 001" is how many people write it); anything else must be exact. */
export const addressPin = z
  .string()
  .transform((value) => value.replace(/\s+/g, ''))
  .pipe(z.string().regex(/^[1-9][0-9]{5}$/, ADDRESS_PIN_MESSAGE))

export const addressFields = z.object({
  name: z.string().trim().min(2, 'Enter the name of the person receiving the parcel').max(80, 'Keep the name under 80 characters'),
  phone: addressPhone,
  line1: z.string().trim().min(3, 'Enter the flat or house number, building and street').max(120, 'Keep it under 120 characters'),
  line2: optionalText(120),
  landmark: optionalText(80),
  city: z.string().trim().min(2, 'Enter the town or city').max(60, 'Keep the city under 60 characters'),
  state: z.enum(INDIAN_STATES, { error: 'Choose a state or union territory' }),
  pin: addressPin,
  isDefault: z.boolean().default(false),
})

/** Add (no `addressId`) or edit an address in the book; the form and the action share it. */
export const saveAddressSchema = addressFields.extend({
  addressId: z
    .union([z.uuid(), z.literal('')])
    .optional()
    .transform((v) => (v ? v : undefined)),
})
export type SaveAddressInput = z.input<typeof saveAddressSchema>
export type SaveAddressData = z.output<typeof saveAddressSchema>

export const addressRefSchema = z.object({ addressId: z.uuid({ error: 'Choose an address' }) })
export type AddressRefInput = z.input<typeof addressRefSchema>

/** The address form's live PIN-code check. */
export const addressPinCheckSchema = z.object({ pin: addressPin })
export type AddressPinCheckInput = z.input<typeof addressPinCheckSchema>

/** An address as pages and the checkout see it. */
export type SavedAddress = {
  id: string
  name: string
  phone: string
  line1: string
  line2: string | null
  landmark: string | null
  city: string
  state: string
  pin: string
  isDefault: boolean
}

/** The address form's answer: whether couriers reach the PIN at all (each store is checked at checkout). */
export type PinCheckResult = { pin: string; serviceable: true; codAvailable: boolean } | { pin: string; serviceable: false; reason: string }

/** Form values for editing a saved address (or empty ones for a new address). */
export function addressFormValues(address?: SavedAddress | null, defaults: Partial<SaveAddressInput> = {}): SaveAddressInput {
  if (!address) {
    return { addressId: '', name: '', phone: '', line1: '', line2: '', landmark: '', city: '', state: '' as SaveAddressInput['state'], pin: '', isDefault: false, ...defaults }
  }
  return {
    addressId: address.id,
    name: address.name,
    phone: address.phone.replace(/^\+91/, ''),
    line1: address.line1,
    line2: address.line2 ?? '',
    landmark: address.landmark ?? '',
    city: address.city,
    state: address.state as SaveAddressInput['state'],
    pin: address.pin,
    isDefault: address.isDefault,
  }
}

/** The lines of an address label, without the name and phone. */
export function addressLines(address: Pick<SavedAddress, 'line1' | 'line2' | 'landmark' | 'city' | 'state' | 'pin'>): string[] {
  return [
    address.line1,
    address.line2,
    address.landmark ? `Near ${address.landmark.replace(/^near\s+/i, '')}` : null,
    `${address.city}, ${address.state} ${address.pin}`,
  ].filter((line): line is string => Boolean(line))
}
