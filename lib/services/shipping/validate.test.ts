import { describe, expect, it } from 'vitest'
import { devCourierVisible } from './dev-courier'
import { pickupNickname, splitName } from './shiprocket-orders'
import { indianMobile } from './validate'

describe('phone numbers and names for couriers', () => {
  it('reads Indian mobile numbers however they are written', () => {
    for (const phone of ['+919876543210', '+91 98765 43210', '09876543210', '9876543210', '0091-98765-43210', '91 9876543210'])
      expect(indianMobile(phone)).toBe('9876543210')
    for (const phone of ['12345', '+1 415 555 0100', '5876543210', '98765432100'])
      expect(indianMobile(phone)).toBeNull()
  })

  it('splits a name into first and last as Shiprocket wants them', () => {
    expect(splitName('Asha Rani Verma')).toEqual({ first: 'Asha Rani', last: 'Verma' })
    expect(splitName('  Ravi  ')).toEqual({ first: 'Ravi', last: '' })
  })

  it('gives one pickup nickname per address, within 36 characters', () => {
    const address = { name: 'Kala Crafts', phone: '+919822011111', line1: '14 FC Road', line2: null, city: 'Pune', state: 'Maharashtra', pin: '411005' }
    const nickname = pickupNickname(address)
    expect(nickname.length).toBeLessThanOrEqual(36)
    expect(pickupNickname({ ...address, phone: '98220 11111', city: ' pune ' })).toBe(nickname)
    expect(pickupNickname({ ...address, line1: '15 FC Road' })).not.toBe(nickname)
  })
})

describe('/dev/shipping visibility', () => {
  it('follows /dev/mail: always in development; in production only with the simulated courier', () => {
    const simulated = { driver: 'simulated', webhookToken: 't' } as const
    const shiprocket = { driver: 'shiprocket', email: 'e', password: 'p', webhookToken: 't', apiBase: 'b' } as const
    expect(devCourierVisible({ production: false, shipping: shiprocket })).toBe(true)
    expect(devCourierVisible({ production: true, shipping: simulated })).toBe(true)
    expect(devCourierVisible({ production: true, shipping: shiprocket })).toBe(false)
  })
})
