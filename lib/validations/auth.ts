import { z } from 'zod'
import { normaliseIndianMobile } from './common'

export type Identifier = { kind: 'email'; value: string } | { kind: 'phone'; value: string }

const emailShape = z.email()

/** Reads "email or mobile number" input; null when it is neither. */
export function parseIdentifier(raw: string): Identifier | null {
  const value = raw.trim()
  if (value.includes('@')) {
    return emailShape.safeParse(value).success ? { kind: 'email', value: value.toLowerCase() } : null
  }
  const phone = normaliseIndianMobile(value)
  return phone ? { kind: 'phone', value: phone } : null
}

export const identifierField = z
  .string()
  .trim()
  .min(1, 'Enter your email or mobile number')
  .max(254, 'That is too long for an email or mobile number')
  .superRefine((value, ctx) => {
    if (parseIdentifier(value)) return
    ctx.addIssue({
      code: 'custom',
      message: value.includes('@')
        ? 'Enter a valid email address, like name@example.com'
        : /^[+\d\s()-]+$/.test(value)
          ? 'Enter a valid 10-digit Indian mobile number, like 98765 43210'
          : 'Enter an email address or a 10-digit Indian mobile number',
    })
  })

export const newPassword = z
  .string()
  .min(8, 'Use at least 8 characters')
  // bcrypt reads only the first 72 bytes.
  .refine((v) => new TextEncoder().encode(v).length <= 72, 'Use at most 72 characters')
  .refine((v) => /[a-zA-Z]/.test(v) && /\d/.test(v), 'Use at least one letter and one number')

export const signUpSchema = z.object({
  name: z.string().trim().min(2, 'Enter your name').max(80, 'Keep your name under 80 characters'),
  identifier: identifierField,
  password: newPassword,
})
export type SignUpInput = z.input<typeof signUpSchema>

export const signInSchema = z.object({
  identifier: identifierField,
  password: z.string().min(1, 'Enter your password').max(200),
  callbackUrl: z.string().optional(),
})
export type SignInInput = z.input<typeof signInSchema>

export const forgotPasswordSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email('Enter the email address on your account, like name@example.com')),
})
export type ForgotPasswordInput = z.input<typeof forgotPasswordSchema>

export const resetPasswordSchema = z
  .object({
    token: z.string().min(20, 'This reset link is incomplete. Open the link from the email again.'),
    password: newPassword,
    confirmPassword: z.string().min(1, 'Type the new password again'),
  })
  .refine((v) => v.password === v.confirmPassword, {
    message: 'The passwords do not match',
    path: ['confirmPassword'],
  })
export type ResetPasswordInput = z.input<typeof resetPasswordSchema>

/** Only same-site paths are followed after sign-in, never another origin. */
export function safeCallbackUrl(url: string | undefined | null): string {
  if (!url || !url.startsWith('/') || url.startsWith('//') || url.startsWith('/\\')) return '/'
  return url
}
