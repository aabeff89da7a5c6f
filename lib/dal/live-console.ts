import 'server-only'

import { notFound } from 'next/navigation'
import { z } from 'zod'
import type { Db } from '@/db/client'
import { findConsoleShow, listOpenChatReports, listRecentShowOrders, listShowQuestions, type ConsoleShow } from '@/db/queries/live-console'
import { listRunListCards } from '@/db/queries/shows'
import { setShowIngress } from '@/db/queries/show-video'
import { ActionError } from '@/lib/actions/errors'
import { requireSeller } from '@/lib/auth'
import { chatHistory } from '@/lib/dal/live/chat'
import type { LiveDeps } from '@/lib/dal/live/deps'
import { currentPoll } from '@/lib/dal/live/polls'
import { liveStats } from '@/lib/dal/live/stats'
import { liveDeps } from '@/lib/dal/live/app-deps'
import type { ChatMessage, PollState, SpotlightProduct, StudioEvents, ViewerStats } from '@/lib/live/events'
import { firstName, toChatMessage, toSpotlightProduct } from '@/lib/live/shape'
import { getRealtimeClientConfig, type RealtimeClientConfig } from '@/lib/services/realtime'
import { getVideo, type IngressKind, type Video, type VideoSession } from '@/lib/services/video'

/*
 * The seller's live console (SPEC §9.3). Readable by every member of the store; only the show's
 * host or the store's owner gets a video session that publishes, and with it the OBS stream key.
 */

export type ConsoleProduct = SpotlightProduct & { listPricePaise: number; livePricePaise: number | null; available: boolean }
export type ConsoleOrder = StudioEvents['order']
export type ConsoleReport = StudioEvents['report']
export type ConsoleIngress = { url: string; streamKey: string; kind: IngressKind }

export type LiveConsoleData = {
  storeId: string
  show: { id: string; slug: string; title: string; status: 'scheduled' | 'live'; startedAt: string | null; slowModeSeconds: number; spotlightProductId: string | null }
  runList: ConsoleProduct[]
  stats: { orders: number; revenuePaise: number; viewers: ViewerStats }
  chat: ChatMessage[]
  pinned: ChatMessage | null
  poll: PollState | null
  questions: ChatMessage[]
  orders: ConsoleOrder[]
  reports: ConsoleReport[]
  me: { userId: string; name: string }
  /** The host or the owner: may go live, end the show and see the stream key. */
  canBroadcast: boolean
  video: { driver: Video['driver']; ingress: boolean; session: VideoSession | null; error: string | null }
  ingress: ConsoleIngress | null
}

type ClosedShow = { kind: 'closed'; show: { id: string; title: string; status: 'ended' | 'cancelled' } }
export type LoadedConsole = { kind: 'console'; data: LiveConsoleData } | ClosedShow
export type LiveConsolePage = { kind: 'console'; data: LiveConsoleData; realtime: RealtimeClientConfig } | ClosedShow

type Viewer = { userId: string; name: string | null; storeRole: 'owner' | 'moderator' }
type ConsoleDeps = Pick<LiveDeps, 'db' | 'kv' | 'now'> & { video: Pick<Video, 'driver' | 'capabilities' | 'hostSession'> }

/** "Silk saree and 2 more": the feed names the first line, as the live `order` event does. */
export function orderTitle(items: string[]): string {
  if (items.length === 0) return 'An order'
  return items.length > 1 ? `${items[0]} and ${items.length - 1} more` : items[0]!
}

export function mayBroadcast(show: Pick<ConsoleShow, 'hostId'>, viewer: Pick<Viewer, 'userId' | 'storeRole'>): boolean {
  return viewer.storeRole === 'owner' || viewer.userId === show.hostId
}

async function hostSession(deps: ConsoleDeps, show: ConsoleShow, viewer: Viewer) {
  try {
    return { session: await deps.video.hostSession({ showId: show.id, userId: viewer.userId, name: show.storeName }), error: null }
  } catch (error) {
    console.error('[live-console] host session failed', show.id, error)
    return { session: null, error: 'The video service did not answer. Reload the page in a minute; chat and the run list work meanwhile.' }
  }
}

/** Everything the console paints first; the store scope is checked by the show read. */
export async function loadLiveConsole(deps: ConsoleDeps, viewer: Viewer, storeId: string, showId: string): Promise<LoadedConsole | null> {
  const show = await findConsoleShow(deps.db, storeId, showId)
  if (!show) return null
  if (show.status === 'ended' || show.status === 'cancelled') return { kind: 'closed', show: { id: show.id, title: show.title, status: show.status } }

  const canBroadcast = mayBroadcast(show, viewer)
  const who = { hostId: show.hostId, coHostId: show.coHostId, storeName: show.storeName }
  const [runList, stats, chat, poll, questions, orders, reports, video] = await Promise.all([
    listRunListCards(deps.db, show.id),
    liveStats(deps, show.id),
    chatHistory(deps, show.id),
    currentPoll(deps, show.id),
    listShowQuestions(deps.db, storeId, show.id),
    listRecentShowOrders(deps.db, storeId, show.id),
    listOpenChatReports(deps.db, storeId, show.id),
    canBroadcast ? hostSession(deps, show, viewer) : { session: null, error: null },
  ])

  return {
    kind: 'console',
    data: {
      storeId,
      show: {
        id: show.id,
        slug: show.slug,
        title: show.title,
        status: show.status,
        startedAt: show.startedAt?.toISOString() ?? null,
        slowModeSeconds: show.slowModeSeconds,
        spotlightProductId: show.spotlightProductId,
      },
      runList: runList.map((r) => ({ ...toSpotlightProduct(r), listPricePaise: r.pricePaise, livePricePaise: r.livePricePaise, available: r.available })),
      stats: { orders: stats.orders, revenuePaise: stats.revenuePaise, viewers: stats.viewers },
      chat: chat.messages,
      pinned: chat.pinned,
      poll,
      questions: questions.map((q) => toChatMessage(q, who)),
      orders: orders.map((o) => ({
        orderId: o.id,
        productTitle: orderTitle(o.items),
        buyerFirstName: firstName(o.recipientName),
        city: o.city,
        totalPaise: o.totalPaise,
        at: o.placedAt.toISOString(),
      })),
      reports: reports.map((r) => ({
        messageId: r.messageId,
        body: r.body,
        author: firstName(r.authorName),
        reporter: firstName(r.reporterName),
        reason: r.reason,
        at: r.createdAt.toISOString(),
      })),
      me: { userId: viewer.userId, name: firstName(viewer.name) },
      canBroadcast,
      video: { driver: deps.video.driver, ingress: deps.video.capabilities.ingress, ...video },
      ingress:
        canBroadcast && show.ingressUrl && show.ingressStreamKey
          ? { url: show.ingressUrl, streamKey: show.ingressStreamKey, kind: show.ingressKind ?? 'rtmp' }
          : null,
    },
  }
}

const uuid = z.uuid()

/** `/studio/[storeId]/shows/[showId]/live`: members of the store only; another store's show is a 404. */
export async function getLiveConsole(storeId: string, showId: string): Promise<LiveConsolePage> {
  if (!uuid.safeParse(storeId).success || !uuid.safeParse(showId).success) notFound()
  const { user, membership } = await requireSeller(storeId, 'moderator')
  const storeRole = membership?.role ?? notFound()
  const page = await loadLiveConsole({ ...liveDeps(), video: getVideo() }, { userId: user.id, name: user.name, storeRole }, storeId, showId)
  if (!page) notFound()
  return page.kind === 'console' ? { ...page, realtime: getRealtimeClientConfig() } : page
}

/**
 * The show's OBS ingress: the stored one when it exists, otherwise a new one from the video
 * service. The caller (an owner-only action) has checked the store.
 */
export async function createShowIngress(
  deps: { db: Db; video: Pick<Video, 'createIngress' | 'deleteIngress'> },
  scope: { storeId: string; showId: string },
  kind: IngressKind,
): Promise<ConsoleIngress> {
  const show = await findConsoleShow(deps.db, scope.storeId, scope.showId)
  if (!show) throw new ActionError('not_found', 'This show is not in this store. Go back to your shows and pick it again.')
  if (show.status !== 'scheduled' && show.status !== 'live') throw new ActionError('conflict', 'This show has finished, so it needs no stream key.')
  if (show.ingressUrl && show.ingressStreamKey) return { url: show.ingressUrl, streamKey: show.ingressStreamKey, kind: show.ingressKind ?? 'rtmp' }

  const created = await deps.video.createIngress(show.id, kind)
  if (!created.supported) throw new ActionError('conflict', created.message)
  const ingress = { ingressId: created.ingressId, url: created.url, streamKey: created.streamKey, kind: created.kind }
  if (!(await setShowIngress(deps.db, scope, ingress))) {
    await deps.video.deleteIngress(created.ingressId).catch(() => {})
    throw new ActionError('not_found', 'This show is not in this store. Go back to your shows and pick it again.')
  }
  return { url: ingress.url, streamKey: ingress.streamKey, kind: ingress.kind }
}
