import { describe, expect, it, vi } from 'vitest'
import { z } from 'zod'
import { ActionError } from './errors'
import { createActionClients, type ActionDeps, type ActionUser, type StoreMembership } from './create-action-clients'

const buyer: ActionUser = { id: 'u-buyer', name: 'Asha', email: 'asha@example.com', phone: null, role: 'user' }
const admin: ActionUser = { ...buyer, id: 'u-admin', role: 'admin' }
const STORE = '6f1c1e9a-1111-4aaa-8bbb-000000000001'
const OTHER_STORE = '6f1c1e9a-1111-4aaa-8bbb-000000000002'

function clients(user: ActionUser | null, memberships: Record<string, StoreMembership> = {}, overrides: Partial<ActionDeps> = {}) {
  return createActionClients({
    getUser: async () => user,
    getMembership: async (userId, storeId) => memberships[`${userId}:${storeId}`] ?? null,
    checkRateLimit: async () => ({ allowed: true, retryAfterSeconds: 0 }),
    getClientIp: async () => '203.0.113.7',
    logError: () => {},
    ...overrides,
  })
}

const storeInput = z.object({ storeId: z.uuid(), price: z.number().int().positive('Enter a price above zero') })

describe('action clients', () => {
  it('public actions run for signed-out visitors and validate input field by field', async () => {
    const action = clients(null).publicAction(z.object({ q: z.string().min(2, 'Type two letters') }), async (input, ctx) => ({
      echoed: input.q,
      signedIn: ctx.user !== null,
    }))
    expect(await action({ q: 'saree' })).toEqual({ ok: true, data: { echoed: 'saree', signedIn: false } })
    const bad = await action({ q: 's' })
    expect(bad).toMatchObject({ ok: false, code: 'invalid_input', fieldErrors: { q: ['Type two letters'] } })
  })

  it('user actions refuse signed-out callers before running the handler', async () => {
    const handler = vi.fn(async () => 'ran')
    const action = clients(null).userAction(z.object({}), handler)
    expect(await action({})).toMatchObject({ ok: false, code: 'unauthenticated' })
    expect(handler).not.toHaveBeenCalled()
  })

  it('seller actions only run for members of the store named in the input', async () => {
    const handler = vi.fn(async (input: { storeId: string }) => input.storeId)
    const c = clients(buyer, { [`${buyer.id}:${STORE}`]: { storeId: STORE, role: 'owner', storeStatus: 'approved' } })
    const action = c.sellerAction(storeInput, handler)
    expect(await action({ storeId: STORE, price: 100 })).toEqual({ ok: true, data: STORE })
    expect(await action({ storeId: OTHER_STORE, price: 100 })).toMatchObject({ ok: false, code: 'forbidden' })
    expect(await action({ storeId: 'not-a-uuid', price: 100 } as never)).toMatchObject({ ok: false, code: 'forbidden' })
    expect(handler).toHaveBeenCalledTimes(1)
  })

  it('moderators cannot run owner actions but can run moderator actions', async () => {
    const c = clients(buyer, { [`${buyer.id}:${STORE}`]: { storeId: STORE, role: 'moderator', storeStatus: 'approved' } })
    const ownerOnly = c.sellerAction(storeInput, async () => 'ok')
    const modAllowed = c.sellerAction(storeInput, async () => 'ok', { role: 'moderator' })
    expect(await ownerOnly({ storeId: STORE, price: 1 })).toMatchObject({ ok: false, code: 'forbidden' })
    expect(await modAllowed({ storeId: STORE, price: 1 })).toEqual({ ok: true, data: 'ok' })
  })

  it('members of a suspended store cannot act for it', async () => {
    const c = clients(buyer, { [`${buyer.id}:${STORE}`]: { storeId: STORE, role: 'owner', storeStatus: 'suspended' } })
    const result = await c.sellerAction(storeInput, async () => 'ok')({ storeId: STORE, price: 1 })
    expect(result).toMatchObject({ ok: false, code: 'forbidden', formError: expect.stringMatching(/suspended/) })
  })

  it('admin actions refuse non-admins and allow admins', async () => {
    const handler = async () => 'done'
    expect(await clients(buyer).adminAction(z.object({}), handler)({})).toMatchObject({ ok: false, code: 'forbidden' })
    expect(await clients(admin).adminAction(z.object({}), handler)({})).toEqual({ ok: true, data: 'done' })
  })

  it('rate limits by user id when signed in and by IP otherwise', async () => {
    const seen: string[] = []
    const deps = { checkRateLimit: async (_rule: unknown, id: string) => (seen.push(id), { allowed: false, retryAfterSeconds: 125 }) }
    const rule = { name: 'test', limit: 1, windowSeconds: 60 }
    const anon = await clients(null, {}, deps).publicAction(z.object({}), async () => 1, { rateLimit: rule })({})
    const signedIn = await clients(buyer, {}, deps).userAction(z.object({}), async () => 1, { rateLimit: rule })({})
    expect(anon).toMatchObject({ ok: false, code: 'rate_limited', formError: 'Too many attempts. Try again in 3 minutes.' })
    expect(signedIn).toMatchObject({ ok: false, code: 'rate_limited' })
    expect(seen).toEqual(['ip:203.0.113.7', `user:${buyer.id}`])
  })

  it('turns ActionError into a result and hides unexpected errors', async () => {
    const logError = vi.fn()
    const c = clients(buyer, {}, { logError })
    const expected = await c.userAction(z.object({}), async () => {
      throw new ActionError('conflict', 'That name is taken', { name: ['That name is taken'] })
    })({})
    expect(expected).toEqual({ ok: false, code: 'conflict', formError: 'That name is taken', fieldErrors: { name: ['That name is taken'] } })
    const unexpected = await c.userAction(z.object({}), async () => {
      throw new Error('connection reset')
    })({})
    expect(unexpected).toMatchObject({ ok: false, code: 'server_error' })
    expect(JSON.stringify(unexpected)).not.toMatch(/connection reset/)
    expect(logError).toHaveBeenCalledOnce()
  })
})
