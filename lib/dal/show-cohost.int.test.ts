import { randomBytes } from 'node:crypto'
import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { emailOutbox, notifications, shows, users } from '@/db/schema'
import type { Db } from '@/db/client'
import { createOutboxEmail } from '@/lib/services/email/outbox'
import { createEmbeddedVideo } from '@/lib/services/video/embedded'
import type { CoHostSessionInput, VideoSession } from '@/lib/services/video/types'
import { createTestDb, type TestDb } from '@/tests/support/test-db'
import { seedSeller } from './studio-test-fixtures'

// The page wrappers read the session and the configured services; the test supplies both.
const state: { db: Db | null; userId: string | null } = { db: null, userId: null }
vi.mock('@/db', () => ({ getDb: () => state.db }))
vi.mock('@/lib/auth', () => ({
  requireUser: async () => {
    if (!state.userId) throw new Error('signed out')
    return { id: state.userId, name: 'Signed in' }
  },
}))
vi.mock('./studio', () => ({ getStudioContext: async () => ({ readOnly: false }) }))
vi.mock('@/lib/services/realtime', () => ({ getRealtimeClientConfig: () => ({ driver: 'test' }) }))
vi.mock('@/lib/services/video', () => ({ getVideo: () => fakeLiveKit().video }))

const { COHOST_UNSUPPORTED_MESSAGE, getCoHostPage, inviteCoHost, loadCoHostPage, removeCoHost } = await import('./show-cohost')
const { ActionError } = await import('@/lib/actions/errors')

const APP_URL = 'https://haat.example'
const notFoundError = expect.objectContaining({ digest: expect.stringContaining('404') })

type Seller = Awaited<ReturnType<typeof seedSeller>>
let t: TestDb
let mine: Seller
let theirs: Seller
let deps: Parameters<typeof inviteCoHost>[0]

function fakeLiveKit() {
  const calls: CoHostSessionInput[] = []
  const video = {
    capabilities: { ingress: true, recording: false, coHost: true, maxViewers: null },
    async coHostSession(input: CoHostSessionInput): Promise<VideoSession> {
      calls.push(input)
      return { driver: 'livekit', role: 'co-host', url: 'wss://lk.test', token: `token-${input.userId}`, roomName: `show-${input.showId}`, identity: `cohost-${input.userId}` }
    },
  }
  return { video, calls }
}

async function person(name: string) {
  const email = `${name.toLowerCase()}-${randomBytes(4).toString('hex')}@example.in`
  const [row] = await t.db.insert(users).values({ name, email }).returning({ id: users.id })
  return { id: row!.id, email }
}

async function show(seller: Seller, status: 'scheduled' | 'live' | 'ended' = 'scheduled') {
  const [row] = await t.db
    .insert(shows)
    .values({
      storeId: seller.storeId,
      hostId: seller.userId,
      slug: `cohost-${randomBytes(4).toString('hex')}`,
      title: 'Banarasi <silk> live',
      status,
      scheduledAt: new Date(Date.now() + 86_400_000),
    })
    .returning({ id: shows.id })
  return row!.id
}

const coHostOf = async (showId: string) =>
  (await t.db.select({ id: shows.coHostId, bps: shows.coHostShareBps }).from(shows).where(eq(shows.id, showId)))[0]
const noticesFor = (userId: string) => t.db.select().from(notifications).where(eq(notifications.userId, userId))
const mailTo = (email: string) => t.db.select().from(emailOutbox).where(eq(emailOutbox.to, email))
const ctx = (s: Seller) => ({ storeId: s.storeId, actorId: s.userId })

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(ActionError)
  return error as InstanceType<typeof ActionError>
}

beforeAll(async () => {
  t = await createTestDb()
  state.db = t.db
  mine = await seedSeller(t.db, 'cohost-mine')
  theirs = await seedSeller(t.db, 'cohost-theirs')
  deps = { db: t.db, email: createOutboxEmail({ db: t.db, from: 'Haat <no-reply@haat.local>' }), appUrl: APP_URL, logError: () => {} }
})
afterAll(async () => {
  await t?.close()
})

describe('inviting a co-host', () => {
  it('sets the account with that email as co-host with the share in basis points, and tells them once', async () => {
    const showId = await show(mine)
    const guest = await person('Priya')
    const result = await inviteCoHost(deps, ctx(mine), { showId, email: guest.email.toUpperCase(), shareBps: 1250 })

    expect(result).toMatchObject({ coHost: { id: guest.id }, shareBps: 1250, notified: true })
    expect(await coHostOf(showId)).toEqual({ id: guest.id, bps: 1250 })
    const [notice, ...more] = await noticesFor(guest.id)
    expect(more).toHaveLength(0)
    expect(notice).toMatchObject({ type: 'show.cohost.invited', href: `/account/co-host/${showId}` })
    expect(notice!.title).toContain('invited you to co-host')
    expect(notice!.body).toContain('12.5%')
    const [mail] = await mailTo(guest.email)
    expect(mail!.text).toContain(`${APP_URL}/account/co-host/${showId}`)
    // The seller-typed title is escaped in the HTML.
    expect(mail!.html).toContain('Banarasi &lt;silk&gt; live')

    // Changing only the share does not invite them again.
    const again = await inviteCoHost(deps, ctx(mine), { showId, email: guest.email, shareBps: 500 })
    expect(again.notified).toBe(false)
    expect(await coHostOf(showId)).toEqual({ id: guest.id, bps: 500 })
    expect(await noticesFor(guest.id)).toHaveLength(1)
    expect(await mailTo(guest.email)).toHaveLength(1)
  })

  it('is refused for another store’s show, which stays as it was', async () => {
    const showId = await show(mine)
    const guest = await person('Kabir')
    const error = await refusal(inviteCoHost(deps, ctx(theirs), { showId, email: guest.email, shareBps: 0 }))
    expect(error.code).toBe('not_found')
    expect(await coHostOf(showId)).toEqual({ id: null, bps: null })
    expect(await noticesFor(guest.id)).toHaveLength(0)
  })

  it('refuses the host inviting themself, on the email field', async () => {
    const showId = await show(mine)
    const [host] = await t.db.select({ email: users.email }).from(users).where(eq(users.id, mine.userId))
    const error = await refusal(inviteCoHost(deps, ctx(mine), { showId, email: host!.email!, shareBps: 0 }))
    expect(error.fieldErrors).toEqual({ email: ['You are already the host'] })
    expect(await coHostOf(showId)).toEqual({ id: null, bps: null })
  })

  it('says so on the email field when no account uses the email', async () => {
    const showId = await show(mine)
    const error = await refusal(inviteCoHost(deps, ctx(mine), { showId, email: `nobody-${randomBytes(4).toString('hex')}@example.in`, shareBps: 0 }))
    expect(error.fieldErrors).toEqual({ email: ['No Haat account uses this email'] })
  })

  it('refuses once the show has ended', async () => {
    const showId = await show(mine, 'ended')
    const guest = await person('Meera')
    const error = await refusal(inviteCoHost(deps, ctx(mine), { showId, email: guest.email, shareBps: 0 }))
    expect(error.fieldErrors).toEqual({ email: ["Ended shows can't change co-host"] })
    expect(await coHostOf(showId)).toEqual({ id: null, bps: null })
  })
})

describe('removing the co-host', () => {
  it('clears the co-host and the share; another store cannot', async () => {
    const showId = await show(mine, 'live')
    const guest = await person('Arjun')
    await inviteCoHost(deps, ctx(mine), { showId, email: guest.email, shareBps: 1000 })

    expect((await refusal(removeCoHost(t.db, ctx(theirs), showId))).code).toBe('not_found')
    expect((await coHostOf(showId))!.id).toBe(guest.id)

    expect(await removeCoHost(t.db, ctx(mine), showId)).toEqual({ removed: true })
    expect(await coHostOf(showId)).toEqual({ id: null, bps: null })
    expect(await removeCoHost(t.db, ctx(mine), showId)).toEqual({ removed: false })
  })
})

describe('the co-host page', () => {
  it('gives only the co-host a stage, and refuses the host, strangers and a removed co-host', async () => {
    const showId = await show(mine, 'live')
    const guest = await person('Nisha')
    const stranger = await person('Dev')
    await inviteCoHost(deps, ctx(mine), { showId, email: guest.email, shareBps: 0 })
    const { video, calls } = fakeLiveKit()

    const page = await loadCoHostPage({ db: t.db, video }, { id: guest.id, name: 'Nisha' }, showId)
    expect(page).toMatchObject({ show: { id: showId, status: 'live' }, stage: { kind: 'stage', session: { identity: `cohost-${guest.id}` } } })
    expect(calls).toEqual([{ showId, userId: guest.id, name: 'Nisha', allowed: true }])

    for (const other of [mine.userId, stranger.id]) expect(await loadCoHostPage({ db: t.db, video }, { id: other, name: null }, showId)).toBeNull()
    expect(await loadCoHostPage({ db: t.db, video }, { id: guest.id, name: null }, 'not-a-uuid')).toBeNull()

    state.userId = stranger.id
    await expect(getCoHostPage(showId)).rejects.toEqual(notFoundError)
    state.userId = guest.id
    await expect(getCoHostPage(showId)).resolves.toMatchObject({ show: { id: showId }, realtime: { driver: 'test' } })

    await removeCoHost(t.db, ctx(mine), showId)
    expect(await loadCoHostPage({ db: t.db, video }, { id: guest.id, name: null }, showId)).toBeNull()
    expect(calls).toHaveLength(1)
  })

  it('explains the built-in video cannot carry a co-host, and offers no stage once the show is over', async () => {
    const liveId = await show(mine, 'live')
    const guest = await person('Zoya')
    await inviteCoHost(deps, ctx(mine), { showId: liveId, email: guest.email, shareBps: 0 })
    const embedded = createEmbeddedVideo({ iceServers: [] })
    expect((await loadCoHostPage({ db: t.db, video: embedded }, { id: guest.id, name: null }, liveId))?.stage).toEqual({
      kind: 'unsupported',
      message: COHOST_UNSUPPORTED_MESSAGE,
    })

    await t.db.update(shows).set({ status: 'ended' }).where(and(eq(shows.id, liveId), eq(shows.storeId, mine.storeId)))
    const { video, calls } = fakeLiveKit()
    expect((await loadCoHostPage({ db: t.db, video }, { id: guest.id, name: null }, liveId))?.stage).toEqual({ kind: 'closed' })
    expect(calls).toHaveLength(0)
  })
})
