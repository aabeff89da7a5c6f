import { describe, expect, it } from 'vitest'
import { pinCode } from './common'
import { PIN_CODE_MESSAGE, pinCodeError } from './pin-code'

describe('PIN code rule', () => {
  it.each(['560001', ' 411001 ', '110001', '999999', '', '4110', '060001', '5600011', '56 0001', 'abcdef'])(
    'the browser check agrees with the zod schema for %j',
    (input) => {
      const parsed = pinCode.safeParse(input)
      expect(pinCodeError(input)).toBe(parsed.success ? null : PIN_CODE_MESSAGE)
      if (!parsed.success) expect(parsed.error.issues[0]?.message).toBe(PIN_CODE_MESSAGE)
    },
  )
})
