import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { storeMembers } from '@/db/schema'
import { channels } from '@/lib/live/channels'
import { verifyChannelAuth } from '@/lib/services/realtime/server/protocol'
import { catalogFixtures } from '@/tests/support/catalog-fixtures'
import { createTestDb, type TestDb } from '@/tests/support/test-db'
import { decideChannelAccess } from './realtime-auth'

const app = vi.hoisted(() => ({ appId: 'auth-test', key: 'auth-test-key', secret: 'auth-test-secret', port: 1 }))
const session = vi.hoisted(() => ({ userId: null as string | null, viewerKey: null as string | null, db: null as unknown }))
vi.mock('@/lib/auth', () => ({ getCurrentUser: async () => (session.userId ? { id: session.userId } : null) }))
vi.mock('@/lib/live/viewer-key', () => ({ readViewerKey: async () => session.viewerKey }))
vi.mock('@/db', () => ({ getDb: () => session.db }))
vi.mock('@/lib/services/realtime', async () => {
  const { createEmbeddedRealtime } = await import('@/lib/services/realtime/embedded')
  const realtime = createEmbeddedRealtime(app)
  return { getRealtime: () => realtime }
})

let t: TestDb
let owner: string
let moderator: string
let stranger: string
let show: string
let otherShow: string

beforeAll(async () => {
  t = await createTestDb()
  session.db = t.db
  const f = catalogFixtures(t.db)
  const store = await f.store()
  const otherStore = await f.store()
  owner = store.ownerId
  moderator = await f.user('Moderator')
  stranger = await f.user('Stranger')
  await t.db.insert(storeMembers).values({ storeId: store.id, userId: moderator, role: 'moderator' })
  show = (await f.show(store.id, owner, 'live', new Date(), [])).id
  otherShow = (await f.show(otherStore.id, otherStore.ownerId, 'live', new Date(), [])).id
})
afterAll(async () => {
  await t?.close()
})

const who = (userId: string | null, viewerKey: string | null = null) => ({ userId, viewerKey })

describe('decideChannelAccess', () => {
  it("opens a user's channel to that user only", async () => {
    expect(await decideChannelAccess(t.db, who(stranger), channels.user(stranger))).toEqual({ allowed: true })
    expect(await decideChannelAccess(t.db, who(stranger), channels.user(owner))).toMatchObject({ allowed: false })
    expect(await decideChannelAccess(t.db, who(null, randomUUID()), channels.user(owner))).toMatchObject({ allowed: false })
  })

  it("opens a studio channel to its store's owner and moderators, not to other stores or viewers", async () => {
    expect(await decideChannelAccess(t.db, who(owner), channels.studio(show))).toEqual({ allowed: true })
    expect(await decideChannelAccess(t.db, who(moderator), channels.studio(show))).toEqual({ allowed: true })
    expect(await decideChannelAccess(t.db, who(owner), channels.studio(otherShow))).toMatchObject({ allowed: false })
    expect(await decideChannelAccess(t.db, who(stranger), channels.studio(show))).toMatchObject({ allowed: false })
    expect(await decideChannelAccess(t.db, who(null), channels.studio(show))).toMatchObject({ allowed: false })
  })

  it('opens a signalling channel to the browser holding that viewer key and to the show’s store', async () => {
    const mine = randomUUID()
    const theirs = randomUUID()
    expect(await decideChannelAccess(t.db, who(null, mine), channels.signal(show, mine))).toEqual({ allowed: true })
    expect(await decideChannelAccess(t.db, who(stranger, mine), channels.signal(show, mine))).toEqual({ allowed: true })
    expect(await decideChannelAccess(t.db, who(null, mine), channels.signal(show, theirs))).toMatchObject({ allowed: false })
    expect(await decideChannelAccess(t.db, who(stranger, mine), channels.signal(show, theirs))).toMatchObject({ allowed: false })
    expect(await decideChannelAccess(t.db, who(owner), channels.signal(show, theirs))).toEqual({ allowed: true })
    expect(await decideChannelAccess(t.db, who(owner), channels.signal(otherShow, theirs))).toMatchObject({ allowed: false })
  })

  it('refuses presence channels, public show channels and unknown shapes', async () => {
    for (const name of [`presence-${show}`, channels.show(show), `private-${show}`, `private-user-${owner}-extra`, 'private-user-OWNER'])
      expect(await decideChannelAccess(t.db, who(owner, randomUUID()), name)).toMatchObject({ allowed: false })
  })
})

describe('POST /api/realtime/auth', () => {
  const post = async (body: string) => {
    const { POST } = await import('@/app/api/realtime/auth/route')
    return POST(new Request('http://localhost/api/realtime/auth', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body }))
  }
  const form = (socketId: string, channel: string) => new URLSearchParams({ socket_id: socketId, channel_name: channel }).toString()

  it('signs an allowed channel for pusher-js', async () => {
    session.userId = stranger
    const response = await post(form('123.456', channels.user(stranger)))
    expect(response.status).toBe(200)
    const body = (await response.json()) as { auth: string }
    expect(verifyChannelAuth(app, { socketId: '123.456', channel: channels.user(stranger), auth: body.auth })).toBe(true)
  })

  it('answers 403 with a message when refused, and 400 on bad input', async () => {
    session.userId = stranger
    session.viewerKey = randomUUID()
    const refused = await post(form('123.456', channels.signal(show, randomUUID())))
    expect(refused.status).toBe(403)
    expect(await refused.json()).toEqual({ error: expect.stringMatching(/another viewer/) })

    expect((await post(form('not-a-socket', channels.user(stranger)))).status).toBe(400)
    expect((await post(form('1.2', 'bad channel'))).status).toBe(400)
    expect((await post('')).status).toBe(400)
  })
})
