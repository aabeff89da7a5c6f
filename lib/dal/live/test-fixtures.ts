import { eq } from 'drizzle-orm'
import type { Db } from '@/db/client'
import { shows, storeMembers } from '@/db/schema'
import { createMemoryKv } from '@/lib/services/kv/memory'
import type { Kv } from '@/lib/services/kv/types'
import type { Realtime, RealtimeBatchEvent } from '@/lib/services/realtime/types'
import { catalogFixtures } from '@/tests/support/catalog-fixtures'
import type { LiveDeps } from './deps'

// Seeds and fakes for the live room's integration tests.

export type RecordingRealtime = Realtime & { events: RealtimeBatchEvent[]; named: (name: string) => RealtimeBatchEvent[] }

/** Implements the Realtime interface and keeps every event it was asked to publish. */
export function recordingRealtime(): RecordingRealtime {
  const events: RealtimeBatchEvent[] = []
  return {
    driver: 'embedded',
    events,
    named: (name) => events.filter((e) => e.name === name),
    async trigger(channelsArg, name, data) {
      for (const channel of Array.isArray(channelsArg) ? channelsArg : [channelsArg]) events.push({ channel, name, data })
    },
    async triggerBatch(batch) {
      events.push(...batch)
    },
    async channelInfo() {
      return { occupied: false }
    },
    authorizeChannel() {
      return { auth: 'test:signature' }
    },
  }
}

export function liveTestDeps(db: Db, overrides: Partial<LiveDeps> = {}): LiveDeps & { realtime: RecordingRealtime; kv: Kv } {
  return { db, realtime: recordingRealtime(), kv: createMemoryKv(), logError: () => undefined, ...overrides } as LiveDeps & {
    realtime: RecordingRealtime
    kv: Kv
  }
}

/** A live show of a fresh store (owner = host) with two run-list products, plus a moderator and a viewer. */
export async function liveSetting(db: Db, options: { status?: 'scheduled' | 'live' | 'ended'; startedAgoMs?: number } = {}) {
  const f = catalogFixtures(db)
  const store = await f.store('approved')
  const host = store.ownerId
  const moderator = await f.user('Maya Moderator')
  await db.insert(storeMembers).values({ storeId: store.id, userId: moderator, role: 'moderator' })
  const viewer = await f.user('Asha Rao')
  const other = await f.user('Ravi Kumar')
  const product = await f.product(store.id, { pricePaise: 150000, stock: 7 })
  const second = await f.product(store.id, { pricePaise: 50000, stock: 3 })
  const offList = await f.product(store.id)
  const show = await f.show(store.id, host, options.status ?? 'live', new Date(), [product.id, second.id])
  const startedAt = new Date(Date.now() - (options.startedAgoMs ?? 60_000))
  if ((options.status ?? 'live') !== 'scheduled') await db.update(shows).set({ startedAt }).where(eq(shows.id, show.id))
  return { f, store, host, moderator, viewer, other, product, second, offList, show, startedAt }
}
