import 'server-only'

import { getDb } from '@/db'
import { cachedRead, tags } from '@/lib/cache'
import { listActiveBanners, listRootCategories, listShowsByStatus, listTrendingProducts } from '@/db/queries/catalog'
import { toProductCard } from './catalog'

async function loadHomePage() {
  const db = getDb()
  const now = new Date()
  const [live, upcoming, trending, categories, banners] = await Promise.all([
    listShowsByStatus(db, 'live', now, 8),
    listShowsByStatus(db, 'scheduled', now, 8),
    listTrendingProducts(db, 12),
    listRootCategories(db),
    listActiveBanners(db, now),
  ])
  const toCard = (show: (typeof live)[number]) => ({
    ...show,
    scheduledAt: show.scheduledAt.toISOString(),
    startedAt: show.startedAt?.toISOString() ?? null,
  })
  return {
    live: live.map(toCard),
    upcoming: upcoming.map(toCard),
    categories,
    banners,
    trending: trending.map(toProductCard),
  }
}

/** Shared by every visitor; refreshed when the catalogue or shows change, and every minute for the rails. */
export const getHomePage = cachedRead(loadHomePage, 'home-page', {
  tags: () => [tags.catalog, tags.shows],
  revalidateSeconds: 60,
})

export type HomePageData = Awaited<ReturnType<typeof getHomePage>>
