import 'server-only'

import { DrizzleAdapter } from '@auth/drizzle-adapter'
import NextAuth, { CredentialsSignin, type NextAuthConfig } from 'next-auth'
import Credentials from 'next-auth/providers/credentials'
import Google from 'next-auth/providers/google'
import { getDb } from '@/db'
import { findUserForSignIn } from '@/db/queries/users'
import { accounts, sessions, users, verificationTokens } from '@/db/schema'
import { mergeGuestCartAtSignIn } from '@/lib/cart/session'
import { getServiceConfig } from '@/lib/services'
import { parseIdentifier } from '@/lib/validations/auth'
import { verifyPassword } from './password'
import { allowSignInAttempt } from './rate-limits'

export class SignInRateLimited extends CredentialsSignin {
  override code = 'rate_limited'
}

function clientIp(request: Request | undefined): string {
  const forwarded = request?.headers.get('x-forwarded-for')?.split(',')[0]?.trim()
  return forwarded || request?.headers.get('x-real-ip') || 'unknown'
}

function buildConfig(): NextAuthConfig {
  const services = getServiceConfig()
  const db = getDb()
  return {
    adapter: DrizzleAdapter(db, {
      usersTable: users,
      accountsTable: accounts,
      sessionsTable: sessions,
      verificationTokensTable: verificationTokens,
    }),
    // Credentials sign-in needs JWT sessions; the role is re-read from the database per request.
    session: { strategy: 'jwt', maxAge: 30 * 24 * 60 * 60 },
    secret: services.auth.secret,
    trustHost: true,
    pages: { signIn: '/sign-in', error: '/sign-in' },
    logger: {
      // A wrong password is an expected outcome, not a server error worth a stack trace.
      error(error) {
        if (error instanceof CredentialsSignin) return
        console.error('[auth]', error)
      },
    },
    providers: [
      Credentials({
        credentials: { identifier: {}, password: {} },
        async authorize(credentials, request) {
          const identifier = parseIdentifier(String(credentials.identifier ?? ''))
          const password = String(credentials.password ?? '')
          if (!identifier || !password) return null
          if (!(await allowSignInAttempt(identifier.value, clientIp(request)))) throw new SignInRateLimited()
          const user = await findUserForSignIn(db, identifier)
          const valid = await verifyPassword(password, user?.passwordHash)
          if (!user || !valid || user.status !== 'active') return null
          return { id: user.id, name: user.name, email: user.email }
        },
      }),
      ...(services.auth.google
        ? [Google({ clientId: services.auth.google.id, clientSecret: services.auth.google.secret, allowDangerousEmailAccountLinking: false })]
        : []),
    ],
    events: {
      // Every provider's sign-in (and sign-up, which signs in) ends here, inside the request that
      // sets the session cookie, so the guest cart cookie can be merged and cleared in the same
      // response (docs/decisions/0014-cart.md). It never throws.
      async signIn({ user }) {
        if (user.id) await mergeGuestCartAtSignIn(user.id)
      },
    },
    callbacks: {
      session({ session, token }) {
        if (token.sub) session.user.id = token.sub
        return session
      },
    },
  }
}

export const { handlers, auth: rawAuth, signIn, signOut } = NextAuth(() => buildConfig())

export function googleSignInEnabled(): boolean {
  return getServiceConfig().auth.google !== null
}
