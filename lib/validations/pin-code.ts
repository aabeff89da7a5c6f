// The PIN code rule without zod, for browser code that must not ship zod (the product page's
// delivery check); `pinCode` in ./common applies the same rule on the server.

export const PIN_CODE_PATTERN = /^[1-9][0-9]{5}$/
export const PIN_CODE_MESSAGE = 'Enter a 6-digit PIN code, like 560001'

/** The message to show for `input`, or null when it is a 6-digit Indian PIN code. */
export function pinCodeError(input: string): string | null {
  return PIN_CODE_PATTERN.test(input.trim()) ? null : PIN_CODE_MESSAGE
}
