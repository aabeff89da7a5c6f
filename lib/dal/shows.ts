import 'server-only'

import { cache } from 'react'
import { getDb } from '@/db'
import { findChatMessage, findLatestPoll, findSpotlightProduct, listRecentChat, listReplayChat, listShowChapters } from '@/db/queries/show-room'
import { findPublicShowBySlug, hasShowReminder, listRunListCards } from '@/db/queries/shows'
import { getCurrentUser } from '@/lib/auth'
import { cachedRead, tags } from '@/lib/cache'
import type { ShowStatus } from '@/lib/domain/show-state'
import type { ChatMessage, PollState, SpotlightProduct } from '@/lib/live/events'
import { toChatMessage, toPollState, toSpotlightProduct } from '@/lib/live/shape'

/** A run-list item as viewers see it: the spotlight shape, plus its place and the usual price. */
export type RunListProduct = SpotlightProduct & { position: number; listPricePaise: number; livePricePaise: number | null }

export type ShowStore = { id: string; name: string; slug: string; logoUrl: string | null; city: string; ratingAvg: number | null; ratingCount: number; followerCount: number }

/** The public show page's data (cached; ISO strings, not Dates). */
export type ShowPageData = {
  id: string
  slug: string
  title: string
  description: string
  coverUrl: string | null
  language: string
  status: ShowStatus
  scheduledAt: string
  startedAt: string | null
  endedAt: string | null
  recordingUrl: string | null
  updatedAt: string
  hostName: string
  store: ShowStore
  runList: RunListProduct[]
}

/** Everything the live room needs for its first paint; realtime events patch it from there. */
export type LiveRoomShow = {
  id: string
  slug: string
  title: string
  status: ShowStatus
  startedAt: string | null
  slowModeSeconds: number
  store: { id: string; name: string; slug: string; logoUrl: string | null }
  hostName: string
  runList: RunListProduct[]
  spotlight: SpotlightProduct | null
  pinned: ChatMessage | null
  /** The latest 50 messages, oldest first, deleted ones left out. */
  chat: ChatMessage[]
  poll: PollState | null
}

export type ReplayChapter = {
  id: string
  type: 'spotlight' | 'flash_sale' | 'auction' | 'poll'
  offsetMs: number
  label: string
  product: { productId: string; slug: string; title: string; imageUrl: string | null; pricePaise: number; stock: number } | null
}

export type ReplayData = { chapters: ReplayChapter[]; chat: ChatMessage[] }

type RunListRow = Awaited<ReturnType<typeof listRunListCards>>[number]

function toRunListProduct(row: RunListRow): RunListProduct {
  return { ...toSpotlightProduct(row), position: row.position, listPricePaise: row.pricePaise, livePricePaise: row.livePricePaise }
}

type ShowRow = NonNullable<Awaited<ReturnType<typeof findPublicShowBySlug>>>

async function readShow(slug: string): Promise<{ row: ShowRow; page: ShowPageData } | null> {
  const db = getDb()
  const row = await findPublicShowBySlug(db, slug)
  if (!row) return null
  // Products taken off sale since the show was planned drop out of the public run list.
  const runList = (await listRunListCards(db, row.id)).filter((r) => r.available).map(toRunListProduct)
  const page: ShowPageData = {
    id: row.id,
    slug: row.slug,
    title: row.title,
    description: row.description,
    coverUrl: row.coverUrl,
    language: row.language,
    status: row.status,
    scheduledAt: row.scheduledAt.toISOString(),
    startedAt: row.startedAt?.toISOString() ?? null,
    endedAt: row.endedAt?.toISOString() ?? null,
    recordingUrl: row.recordingUrl,
    updatedAt: row.updatedAt.toISOString(),
    hostName: row.hostName?.trim() || row.store.name,
    store: row.store,
    runList,
  }
  return { row, page }
}

const loadShowPage = cachedRead(async (slug: string) => (await readShow(slug))?.page ?? null, 'show-page', {
  // Every show write expires `shows`; product edits expire `catalog`, which run-list prices follow.
  tags: () => [tags.shows, tags.catalog],
  revalidateSeconds: 60,
})

/** `/live/[slug]`: any show of an approved store, or null. */
export const getShowPage = cache((slug: string) => loadShowPage(slug))

/** The live room's first paint, read fresh: chat, spotlight and polls change by the second. */
export const getLiveRoomShow = cache(async (slug: string): Promise<LiveRoomShow | null> => {
  const shown = await readShow(slug)
  if (!shown) return null
  const { row, page } = shown
  const db = getDb()
  const ref = { id: row.id, storeId: row.store.id }
  const who = { hostId: row.hostId, coHostId: row.coHostId, storeName: row.store.name }
  const now = new Date()
  const [chatRows, pinnedRow, spotlightRow, pollRow] = await Promise.all([
    listRecentChat(db, ref, 50),
    row.pinnedMessageId ? findChatMessage(db, ref, row.pinnedMessageId) : null,
    row.spotlightProductId ? findSpotlightProduct(db, row.id, row.spotlightProductId) : null,
    findLatestPoll(db, row.id),
  ])
  return {
    id: page.id,
    slug: page.slug,
    title: page.title,
    status: page.status,
    startedAt: page.startedAt,
    slowModeSeconds: row.slowModeSeconds,
    store: { id: row.store.id, name: row.store.name, slug: row.store.slug, logoUrl: row.store.logoUrl },
    hostName: page.hostName,
    runList: page.runList,
    spotlight: spotlightRow ? toSpotlightProduct(spotlightRow) : null,
    pinned: pinnedRow ? toChatMessage(pinnedRow, who) : null,
    chat: chatRows.map((m) => toChatMessage(m, who)),
    poll: pollRow ? toPollState(pollRow, now) : null,
  }
})

const CHAPTER_LABELS = { spotlight: '', flash_sale: 'Flash sale: ', auction: 'Auction: ', poll: 'Poll: ' } as const

/** The replay's chapters and chat: one chapter per spotlighted product (its first time), flash sale, auction and poll. */
export const getReplay = cachedRead(
  async (show: { id: string; storeId: string; hostId: string; coHostId: string | null; storeName: string }): Promise<ReplayData> => {
    const db = getDb()
    const [events, chatRows] = await Promise.all([listShowChapters(db, show.id), listReplayChat(db, show, 2000)])
    const spotlighted = new Set<string>()
    const chapters: ReplayChapter[] = []
    for (const e of events) {
      if (e.type === 'giveaway') continue
      if (e.type === 'spotlight') {
        if (!e.productId || spotlighted.has(e.productId)) continue
        spotlighted.add(e.productId)
      }
      const payload = (e.payload ?? {}) as { question?: unknown; pricePaise?: unknown }
      const product =
        e.productId && e.slug && e.title && e.pricePaise !== null
          ? {
              productId: e.productId,
              slug: e.slug,
              title: e.title,
              imageUrl: e.imageUrl,
              // A flash sale's or auction's own price when the marker carries it, else the live price.
              pricePaise: typeof payload.pricePaise === 'number' ? payload.pricePaise : e.livePricePaise !== null && e.livePricePaise < e.pricePaise ? e.livePricePaise : e.pricePaise,
              stock: e.stock ?? 0,
            }
          : null
      const subject = e.type === 'poll' ? (typeof payload.question === 'string' ? payload.question : 'Audience poll') : (product?.title ?? 'A product')
      chapters.push({ id: e.id, type: e.type, offsetMs: e.mediaOffsetMs, label: `${CHAPTER_LABELS[e.type]}${subject}`, product })
    }
    return { chapters, chat: chatRows.map((m) => toChatMessage(m, show)) }
  },
  'show-replay',
  { tags: (show) => [tags.show(show.id), tags.catalog], revalidateSeconds: 600 },
)

/** An ended show's replay, by slug: it needs the host ids the cached page data leaves out. */
export const getReplayForSlug = cache(async (slug: string): Promise<ReplayData | null> => {
  const row = await findPublicShowBySlug(getDb(), slug)
  if (!row || row.status !== 'ended') return null
  return getReplay({ id: row.id, storeId: row.store.id, hostId: row.hostId, coHostId: row.coHostId, storeName: row.store.name })
})

/** Whether the signed-in viewer asked to be reminded; never cached (it is theirs). */
export async function getReminderState(showId: string): Promise<{ signedIn: boolean; on: boolean }> {
  const user = await getCurrentUser()
  if (!user) return { signedIn: false, on: false }
  return { signedIn: true, on: await hasShowReminder(getDb(), user.id, showId) }
}
