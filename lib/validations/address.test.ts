import { describe, expect, it } from 'vitest'
import { ADDRESS_PHONE_MESSAGE, ADDRESS_PIN_MESSAGE, addressFormValues, addressLines, saveAddressSchema, type SaveAddressInput } from './address'

const valid: SaveAddressInput = {
  name: 'Asha Rao',
  phone: '98765 43210',
  line1: 'Flat 4B, Lake View Apartments, 12th Main',
  line2: '',
  landmark: '',
  city: 'Bengaluru',
  state: 'Karnataka',
  pin: '560001',
}

const errorsFor = (input: Partial<SaveAddressInput>) => {
  const result = saveAddressSchema.safeParse({ ...valid, ...input })
  return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]))
}

describe('address schema', () => {
  it.each([
    ['9876543210'],
    ['98765 43210'],
    ['098765-43210'],
    ['+91 98765 43210'],
    ['+919876543210'],
    ['91 98765 43210'],
    ['(+91) 98765-43210'],
    [' 6300123456 '],
    ['7012345678'],
    ['8123456789'],
  ])('normalises the mobile %s to E.164', (phone) => {
    const parsed = saveAddressSchema.parse({ ...valid, phone })
    expect(parsed.phone).toMatch(/^\+91[6-9]\d{9}$/)
    expect(parsed.phone.slice(3)).toBe(phone.replace(/\D/g, '').slice(-10))
  })

  it.each([
    ['', 'empty'],
    ['987654321', 'nine digits'],
    ['98765432101', 'eleven digits'],
    ['5876543210', 'not a mobile prefix'],
    ['6123456789', 'an unallocated mobile range'],
    ['080 2222 3333', 'a Bengaluru landline'],
    ['+1 202 555 0123', 'a US number'],
    ['+44 7700 900123', 'a UK mobile'],
    ['98765abcde', 'letters'],
  ])('refuses %j (%s) with one clear message', (phone) => {
    expect(errorsFor({ phone })).toEqual({ phone: ADDRESS_PHONE_MESSAGE })
  })

  it.each(['560001', '110001', ' 400 001 ', '999999'])('accepts the PIN %j', (pin) => {
    expect(saveAddressSchema.parse({ ...valid, pin }).pin).toMatch(/^[1-9]\d{5}$/)
  })

  it.each(['056001', '56000', '5600011', '56O001', '', 'abcdef', '-56001'])('refuses the PIN %j', (pin) => {
    expect(errorsFor({ pin })).toEqual({ pin: ADDRESS_PIN_MESSAGE })
  })

  it('requires a state from the list of states and union territories', () => {
    expect(errorsFor({ state: '' as never })).toHaveProperty('state')
    expect(errorsFor({ state: 'Bangalore' as never })).toHaveProperty('state')
    expect(saveAddressSchema.parse({ ...valid, state: 'Ladakh' }).state).toBe('Ladakh')
  })

  it('requires name, line 1 and city, keeps line 2 and landmark optional, and trims', () => {
    expect(Object.keys(errorsFor({ name: ' ', line1: '', city: 'B' })).sort()).toEqual(['city', 'line1', 'name'])
    const parsed = saveAddressSchema.parse({ ...valid, name: '  Asha Rao ', line2: '  ', landmark: ' Near Cubbon Park ' })
    expect(parsed).toMatchObject({ name: 'Asha Rao', landmark: 'Near Cubbon Park', isDefault: false })
    expect(parsed.line2).toBeUndefined()
    expect(parsed.addressId).toBeUndefined()
  })

  it('takes an address id only as a uuid', () => {
    expect(errorsFor({ addressId: 'not-an-id' })).toHaveProperty('addressId')
    expect(saveAddressSchema.parse({ ...valid, addressId: '' }).addressId).toBeUndefined()
  })

  it('round-trips a saved address through the form values', () => {
    const saved = { id: '0b6f1f0e-2c1d-4c57-9d7e-4a3c2b1a0f9e', ...saveAddressSchema.parse(valid), line2: null, landmark: 'Cubbon Park', isDefault: true }
    const values = addressFormValues(saved)
    expect(values.phone).toBe('9876543210')
    expect(saveAddressSchema.parse(values)).toMatchObject({ addressId: saved.id, phone: '+919876543210', landmark: 'Cubbon Park', isDefault: true })
    expect(addressLines(saved)).toEqual(['Flat 4B, Lake View Apartments, 12th Main', 'Near Cubbon Park', 'Bengaluru, Karnataka 560001'])
    expect(addressLines({ ...saved, landmark: 'near the temple' })).toContain('Near the temple')
  })
})
