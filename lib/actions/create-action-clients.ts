import { unstable_rethrow } from 'next/navigation'
import { z } from 'zod'
import { ActionError, type ActionResult, type FieldErrors } from './errors'

/**
 * Every server action is built on one of four clients (public, user, seller, admin). Each client
 * authenticates, validates the input with the operation's zod schema, applies rate limits, and
 * maps expected failures to field-level messages. The dependencies are injected so the
 * authorisation rules are unit-tested without Next or a database.
 */

export type ActionUser = {
  id: string
  name: string | null
  email: string | null
  phone: string | null
  role: 'user' | 'admin'
}

export type StoreMembership = {
  storeId: string
  role: 'owner' | 'moderator'
  storeStatus: 'pending' | 'approved' | 'rejected' | 'suspended'
}

export type RateLimitRule = { name: string; limit: number; windowSeconds: number }

export type ActionDeps = {
  getUser: () => Promise<ActionUser | null>
  getMembership: (userId: string, storeId: string) => Promise<StoreMembership | null>
  /** Whether the request may go ahead. Must fail closed on its own timeouts. */
  checkRateLimit: (rule: RateLimitRule, identifier: string) => Promise<{ allowed: boolean; retryAfterSeconds: number }>
  getClientIp: () => Promise<string>
  logError: (error: unknown) => void
}

type Options = {
  /** Rate limit per user when signed in, per client IP otherwise. */
  rateLimit?: RateLimitRule
}

type Handler<S extends z.ZodType, Ctx, T> = (input: z.output<S>, ctx: Ctx) => Promise<T>
type Action<S extends z.ZodType, T> = (input: z.input<S>) => Promise<ActionResult<T>>

export function fieldErrorsFromZod(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {}
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? issue.path.join('.') : '_form'
    ;(out[key] ??= []).push(issue.message)
  }
  return out
}

export function rateLimitedMessage(retryAfterSeconds: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60))
  return `Too many attempts. Try again in ${minutes === 1 ? 'a minute' : `${minutes} minutes`}.`
}

export function createActionClients(deps: ActionDeps) {
  async function run<S extends z.ZodType, Ctx, T>(
    schema: S,
    rawInput: unknown,
    options: Options,
    resolveCtx: () => Promise<Ctx>,
    rateKey: (ctx: Ctx) => Promise<string>,
    handler: Handler<S, Ctx, T>,
  ): Promise<ActionResult<T>> {
    try {
      const ctx = await resolveCtx()
      const parsed = await schema.safeParseAsync(rawInput)
      if (!parsed.success) {
        return {
          ok: false,
          code: 'invalid_input',
          formError: 'Some fields need attention.',
          fieldErrors: fieldErrorsFromZod(parsed.error),
        }
      }
      if (options.rateLimit) {
        const verdict = await deps.checkRateLimit(options.rateLimit, await rateKey(ctx))
        if (!verdict.allowed) return { ok: false, code: 'rate_limited', formError: rateLimitedMessage(verdict.retryAfterSeconds) }
      }
      return { ok: true, data: await handler(parsed.data, ctx) }
    } catch (error) {
      // Next's redirect() and notFound() are thrown; they must reach the framework.
      unstable_rethrow(error)
      if (error instanceof ActionError) {
        return { ok: false, code: error.code, formError: error.message, fieldErrors: error.fieldErrors }
      }
      deps.logError(error)
      return {
        ok: false,
        code: 'server_error',
        formError: 'Something went wrong on our side and nothing was saved. Please try again.',
      }
    }
  }

  async function requireUser(): Promise<ActionUser> {
    const user = await deps.getUser()
    if (!user) throw new ActionError('unauthenticated', 'Your session has ended. Sign in again to continue.')
    return user
  }

  const ipKey = async () => `ip:${await deps.getClientIp()}`

  return {
    publicAction<S extends z.ZodType, T>(
      schema: S,
      handler: Handler<S, { user: ActionUser | null }, T>,
      options: Options = {},
    ): Action<S, T> {
      return (input) =>
        run(schema, input, options, async () => ({ user: await deps.getUser() }), async (ctx) => (ctx.user ? `user:${ctx.user.id}` : ipKey()), handler)
    },

    userAction<S extends z.ZodType, T>(schema: S, handler: Handler<S, { user: ActionUser }, T>, options: Options = {}): Action<S, T> {
      return (input) => run(schema, input, options, async () => ({ user: await requireUser() }), async (ctx) => `user:${ctx.user.id}`, handler)
    },

    /**
     * The input must carry `storeId`; the caller must be a member of that store with the role
     * asked for (owners may do everything a moderator may).
     */
    sellerAction<S extends z.ZodType<{ storeId: string }>, T>(
      schema: S,
      handler: Handler<S, { user: ActionUser; membership: StoreMembership }, T>,
      options: Options & { role?: 'owner' | 'moderator' } = {},
    ): Action<S, T> {
      const needed = options.role ?? 'owner'
      return (input) =>
        run(
          schema,
          input,
          options,
          async () => {
            const user = await requireUser()
            const storeId = z.object({ storeId: z.uuid() }).safeParse(input)
            const membership = storeId.success ? await deps.getMembership(user.id, storeId.data.storeId) : null
            if (!membership || (needed === 'owner' && membership.role !== 'owner')) {
              throw new ActionError('forbidden', 'You do not have access to this store.')
            }
            if (membership.storeStatus === 'suspended' || membership.storeStatus === 'rejected') {
              throw new ActionError('forbidden', `This store is ${membership.storeStatus}. Contact support to restore it.`)
            }
            return { user, membership }
          },
          async (ctx) => `user:${ctx.user.id}`,
          handler,
        )
    },

    adminAction<S extends z.ZodType, T>(schema: S, handler: Handler<S, { user: ActionUser }, T>, options: Options = {}): Action<S, T> {
      return (input) =>
        run(
          schema,
          input,
          options,
          async () => {
            const user = await requireUser()
            if (user.role !== 'admin') throw new ActionError('forbidden', 'Only admins can do this.')
            return { user }
          },
          async (ctx) => `user:${ctx.user.id}`,
          handler,
        )
    },
  }
}

export type ActionClients = ReturnType<typeof createActionClients>
