import 'server-only'

import { notFound } from 'next/navigation'
import { z } from 'zod'
import { getDb } from '@/db'
import { listShowChapters } from '@/db/queries/show-room'
import { countStoreShowsByStatus, findStudioShow, listStoreShowsByStatus, searchRunListProducts, showReportTotals } from '@/db/queries/studio-shows'
import { SHOW_TABS, TAB_STATUS, type ShowTab } from '@/lib/domain/show-state'
import { showFormValues } from '@/lib/validations/show'
import { getStudioContext } from './studio'

const uuid = z.uuid()

export function parseShowTab(value: unknown): ShowTab {
  return SHOW_TABS.includes(value as ShowTab) ? (value as ShowTab) : 'upcoming'
}

export const SHOWS_PER_TAB = 60

/** The studio's show list: counts for every tab, cards for one. */
export async function getStudioShowsPage(storeId: string, tab: ShowTab) {
  const { readOnly } = await getStudioContext(storeId)
  const db = getDb()
  const [counts, rows] = await Promise.all([countStoreShowsByStatus(db, storeId), listStoreShowsByStatus(db, storeId, TAB_STATUS[tab], SHOWS_PER_TAB)])
  const tabCounts: Record<ShowTab, number> = { upcoming: counts.scheduled, live: counts.live, past: counts.ended, cancelled: counts.cancelled }
  return {
    readOnly,
    counts: tabCounts,
    shows: rows.map((r) => ({
      ...r,
      scheduledAt: r.scheduledAt.toISOString(),
      startedAt: r.startedAt?.toISOString() ?? null,
      endedAt: r.endedAt?.toISOString() ?? null,
    })),
  }
}
export type StudioShowCard = Awaited<ReturnType<typeof getStudioShowsPage>>['shows'][number]

/** One show of the store, with its form values while scheduled and its report once ended. */
export async function getStudioShowPage(storeId: string, showId: string) {
  if (!uuid.safeParse(showId).success) notFound()
  const { readOnly } = await getStudioContext(storeId)
  const db = getDb()
  const show = await findStudioShow(db, storeId, showId)
  if (!show) notFound()
  const ended = show.status === 'ended'
  const [report, chapters] = ended ? await Promise.all([showReportTotals(db, storeId, showId), listShowChapters(db, showId)]) : [null, []]
  return {
    readOnly,
    show: {
      id: show.id,
      slug: show.slug,
      title: show.title,
      status: show.status,
      coverUrl: show.coverUrl,
      scheduledAt: show.scheduledAt.toISOString(),
      startedAt: show.startedAt?.toISOString() ?? null,
      endedAt: show.endedAt?.toISOString() ?? null,
      recordingUrl: show.recordingUrl,
      productCount: show.runList.length,
    },
    form: show.status === 'scheduled' ? showFormValues(show) : null,
    report:
      report && {
        ...report,
        peakViewers: show.peakViewers,
        uniqueViewers: show.uniqueViewers,
        totalWatchMs: show.totalWatchMs,
        averageWatchMs: show.uniqueViewers > 0 ? Math.round(show.totalWatchMs / show.uniqueViewers) : 0,
        durationMs: show.startedAt && show.endedAt ? show.endedAt.getTime() - show.startedAt.getTime() : 0,
      },
    chapters: chapters.map((c) => ({ id: c.id, type: c.type, mediaOffsetMs: c.mediaOffsetMs, title: c.title, imageUrl: c.imageUrl })),
  }
}

export async function searchStoreRunListProducts(storeId: string, query: string) {
  return searchRunListProducts(getDb(), storeId, query, 20)
}
