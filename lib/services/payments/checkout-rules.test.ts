import { describe, expect, it } from 'vitest'
import { cardDigits, cardNetwork, cardOutcome, cvvValid, isExpired, isValidVpa, luhnValid, parseExpiry, upiOutcome } from './checkout-rules'

describe('checkout rules', () => {
  it('checks card numbers with the Luhn algorithm', () => {
    for (const good of ['4111 1111 1111 1111', '4000-0000-0000-0002', '5555555555554444', '378282246310005', '6521 0000 0000 0007'])
      expect(luhnValid(cardDigits(good)), good).toBe(true)
    for (const bad of ['4111 1111 1111 1112', '1234567890123', '41111111111', '4111x11111111111', '']) expect(luhnValid(cardDigits(bad)), bad).toBe(false)
  })

  it('names the card network and wants a 4-digit CVV for American Express only', () => {
    expect(cardNetwork('4111111111111111')).toBe('Visa')
    expect(cardNetwork('5555555555554444')).toBe('MasterCard')
    expect(cardNetwork('2221000000000009')).toBe('MasterCard')
    expect(cardNetwork('6521000000000007')).toBe('RuPay')
    expect(cardNetwork('378282246310005')).toBe('American Express')
    expect(cvvValid('123', 'Visa')).toBe(true)
    expect(cvvValid('1234', 'Visa')).toBe(false)
    expect(cvvValid('1234', 'American Express')).toBe(true)
    expect(cvvValid('12a', 'RuPay')).toBe(false)
  })

  it('reads MM/YY expiry dates and treats a card as good through its expiry month', () => {
    expect(parseExpiry('07/29')).toEqual({ month: 7, year: 2029 })
    expect(parseExpiry('0729')).toEqual({ month: 7, year: 2029 })
    expect(parseExpiry(' 12 / 30 ')).toEqual({ month: 12, year: 2030 })
    for (const bad of ['13/29', '00/29', '7/29', '07/2029', 'ab/cd', '']) expect(parseExpiry(bad), bad).toBeNull()
    const now = new Date(2026, 4, 31)
    expect(isExpired({ month: 5, year: 2026 }, now)).toBe(false)
    expect(isExpired({ month: 4, year: 2026 }, now)).toBe(true)
    expect(isExpired({ month: 1, year: 2027 }, now)).toBe(false)
    expect(isExpired({ month: 12, year: 2025 }, now)).toBe(true)
  })

  it('accepts UPI IDs of the NPCI shape', () => {
    for (const good of ['success@razorpay', 'asha.rao-1@okhdfcbank', '9876543210@ybl', ' gaurav_k@upi ']) expect(isValidVpa(good), good).toBe(true)
    for (const bad of ['asha', '@upi', 'a@b', 'asha@', 'as ha@upi', 'asha@ok-hdfc', 'a@upi']) expect(isValidVpa(bad), bad).toBe(false)
  })

  it("decides outcomes like Razorpay's test mode", () => {
    expect(upiOutcome('success@razorpay')).toBe('success')
    expect(upiOutcome(' Failure@Razorpay ')).toBe('failure')
    expect(upiOutcome('anyone@okicici')).toBe('success')
    expect(cardOutcome('4111111111111111')).toBe('success')
    expect(cardOutcome('4000000000000002')).toBe('failure')
    expect(cardOutcome('5555555555554444')).toBe('success')
  })
})
