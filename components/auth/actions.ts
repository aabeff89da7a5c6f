'use server'

import crypto from 'node:crypto'
import { and, eq, gt, isNull } from 'drizzle-orm'
import { AuthError, CredentialsSignin } from 'next-auth'
import { getDb } from '@/db'
import { identifierTaken, insertUser, setPasswordHash } from '@/db/queries/users'
import { passwordResetTokens, users } from '@/db/schema'
import { ActionError, publicAction } from '@/lib/actions/safe-action'
import { signIn, signOut } from '@/lib/auth'
import { hashPassword } from '@/lib/auth/password'
import { getServiceConfig } from '@/lib/services'
import { getEmail } from '@/lib/services/email'
import { resetPasswordEmail, welcomeEmail } from '@/lib/services/email/templates'
import { RATE_LIMITS } from '@/lib/services/kv/rate-limit'
import {
  forgotPasswordSchema,
  parseIdentifier,
  resetPasswordSchema,
  safeCallbackUrl,
  signInSchema,
  signUpSchema,
} from '@/lib/validations/auth'

const RESET_TOKEN_TTL_MS = 60 * 60 * 1000

function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; cause?: { code?: string } }
  return e?.code === '23505' || e?.cause?.code === '23505'
}

async function signInWithPassword(identifier: string, password: string) {
  try {
    await signIn('credentials', { identifier, password, redirect: false })
  } catch (error) {
    if (error instanceof CredentialsSignin && error.code === 'rate_limited') {
      throw new ActionError('rate_limited', 'Too many sign-in attempts. Wait 10 minutes and try again, or reset your password.')
    }
    if (error instanceof AuthError) {
      throw new ActionError('invalid_input', 'The email, mobile number or password is incorrect.', {
        password: ['Check your password and try again.'],
      })
    }
    throw error
  }
}

export const signUpAction = publicAction(
  signUpSchema,
  async (input) => {
    const identifier = parseIdentifier(input.identifier)!
    const db = getDb()
    const taken = {
      identifier: [
        identifier.kind === 'email'
          ? 'An account with this email already exists. Sign in instead, or reset your password.'
          : 'An account with this mobile number already exists. Sign in instead.',
      ],
    }
    if (await identifierTaken(db, identifier)) throw new ActionError('conflict', 'You already have an account.', taken)
    try {
      await insertUser(db, {
        name: input.name,
        [identifier.kind]: identifier.value,
        passwordHash: await hashPassword(input.password),
      })
    } catch (error) {
      // Two sign-ups racing for the same email: the unique index decides.
      if (isUniqueViolation(error)) throw new ActionError('conflict', 'You already have an account.', taken)
      throw error
    }
    if (identifier.kind === 'email') {
      await getEmail().send({ to: identifier.value, ...welcomeEmail({ name: input.name, url: getServiceConfig().appUrl }), tag: 'welcome' })
    }
    await signInWithPassword(input.identifier, input.password)
    return { redirectTo: '/' }
  },
  { rateLimit: { name: 'sign-up', ...RATE_LIMITS.signUp } },
)

export const signInAction = publicAction(signInSchema, async (input) => {
  await signInWithPassword(input.identifier, input.password)
  return { redirectTo: safeCallbackUrl(input.callbackUrl) }
})

export async function signOutAction() {
  await signOut({ redirectTo: '/' })
}

export async function signInWithGoogleAction(formData: FormData) {
  await signIn('google', { redirectTo: safeCallbackUrl(String(formData.get('callbackUrl') ?? '/')) })
}

export const requestPasswordResetAction = publicAction(
  forgotPasswordSchema,
  async (input) => {
    const db = getDb()
    const [user] = await db
      .select({ id: users.id, name: users.name, email: users.email })
      .from(users)
      .where(and(eq(users.email, input.email), eq(users.status, 'active')))
      .limit(1)
    // The same answer whether or not an account exists, so the form cannot be used to find accounts.
    if (!user?.email) return { sentTo: input.email }
    const token = crypto.randomBytes(32).toString('base64url')
    await db.insert(passwordResetTokens).values({
      userId: user.id,
      tokenHash: hashToken(token),
      expiresAt: new Date(Date.now() + RESET_TOKEN_TTL_MS),
    })
    const url = new URL('/reset-password', getServiceConfig().appUrl)
    url.searchParams.set('token', token)
    await getEmail().send({ to: user.email, ...resetPasswordEmail({ name: user.name ?? 'there', url: url.toString() }), tag: 'password-reset' })
    return { sentTo: input.email }
  },
  { rateLimit: { name: 'password-reset', ...RATE_LIMITS.passwordReset } },
)

export const resetPasswordAction = publicAction(resetPasswordSchema, async (input) => {
  const db = getDb()
  const passwordHash = await hashPassword(input.password)
  const done = await db.transaction(async (tx) => {
    // Claiming the token and changing the password commit together, so a link works once.
    const [claimed] = await tx
      .update(passwordResetTokens)
      .set({ usedAt: new Date() })
      .where(
        and(
          eq(passwordResetTokens.tokenHash, hashToken(input.token)),
          isNull(passwordResetTokens.usedAt),
          gt(passwordResetTokens.expiresAt, new Date()),
        ),
      )
      .returning({ userId: passwordResetTokens.userId })
    if (!claimed) return false
    await setPasswordHash(tx, claimed.userId, passwordHash)
    return true
  })
  if (!done) {
    throw new ActionError('invalid_input', 'This reset link has expired or was already used. Ask for a new one.', {
      token: ['This reset link has expired or was already used.'],
    })
  }
  return { reset: true }
})

function hashToken(token: string): string {
  return crypto.createHash('sha256').update(token).digest('hex')
}
