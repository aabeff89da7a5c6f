import 'server-only'

import type { ProductCardData } from '@/components/product/product-card'
import { getDb } from '@/db'
import { listActiveBanners, listRootCategories, listShowsByStatus, listTrendingProducts } from '@/db/queries/catalog'

export async function getHomePage() {
  const db = getDb()
  const now = new Date()
  const [live, upcoming, trending, categories, banners] = await Promise.all([
    listShowsByStatus(db, 'live', now, 8),
    listShowsByStatus(db, 'scheduled', now, 8),
    listTrendingProducts(db, 20),
    listRootCategories(db),
    listActiveBanners(db, now),
  ])
  return {
    live,
    upcoming,
    categories,
    banners,
    trending: trending.map(
      (p): ProductCardData => ({
        slug: p.slug,
        title: p.title,
        pricePaise: p.pricePaise,
        compareAtPaise: p.compareAtPaise,
        storeName: p.storeName,
        storeSlug: p.storeSlug,
        ratingAvg: p.ratingAvg,
        ratingCount: p.ratingCount,
        inStock: p.stock > 0,
        image: p.imageUrl ? { url: p.imageUrl, alt: p.title } : null,
      }),
    ),
  }
}

export type HomePageData = Awaited<ReturnType<typeof getHomePage>>
