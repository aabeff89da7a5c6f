import 'server-only'

import type { MetadataRoute } from 'next'
import { getDb } from '@/db'
import { countSitemapProducts, listSitemapCategories, listSitemapProducts, listSitemapShows, listSitemapStores } from '@/db/queries/sitemap'
import { cachedRead, tags } from '@/lib/cache'
import { absoluteUrl } from './site'

/** Google reads at most 50,000 URLs per sitemap file. */
export const URLS_PER_SITEMAP = 50_000

/**
 * Product sitemap files offered. `generateSitemaps` runs during `next build`, which never opens
 * the database, so the list can't depend on the catalogue's size: there is a fixed number of
 * slots (1M products), robots.txt lists only the ones that hold products, and an empty slot is a
 * valid, empty sitemap. Raise it when the catalogue nears the limit.
 */
export const PRODUCT_SITEMAP_FILES = 20

/** "0": home, categories, stores and shows; "1"…: products, 50,000 each. */
export const SITEMAP_IDS = Array.from({ length: PRODUCT_SITEMAP_FILES + 1 }, (_, i) => String(i))

const toIso = (d: Date) => d.toISOString()

const loadPages = cachedRead(
  async () => {
    const db = getDb()
    const [categories, stores, shows] = await Promise.all([listSitemapCategories(db), listSitemapStores(db), listSitemapShows(db)])
    return {
      categories: categories.map((c) => ({ path: c.path, lastModified: toIso(c.lastProductUpdate ?? c.createdAt) })),
      stores: stores.map((s) => ({ slug: s.slug, lastModified: toIso(s.updatedAt) })),
      shows: shows.map((s) => ({ slug: s.slug, lastModified: toIso(s.updatedAt) })),
    }
  },
  'sitemap-pages',
  { tags: () => [tags.catalog, tags.shows], revalidateSeconds: 3600 },
)

const loadProducts = cachedRead(
  async (file: number) =>
    (await listSitemapProducts(getDb(), (file - 1) * URLS_PER_SITEMAP, URLS_PER_SITEMAP)).map((p) => ({
      slug: p.slug,
      lastModified: toIso(p.updatedAt),
    })),
  'sitemap-products',
  { tags: () => [tags.catalog], revalidateSeconds: 3600 },
)

const countProducts = cachedRead(() => countSitemapProducts(getDb()), 'sitemap-product-count', {
  tags: () => [tags.catalog],
  revalidateSeconds: 3600,
})

export async function sitemapEntries(id: string): Promise<MetadataRoute.Sitemap> {
  const file = Number(id)
  if (!Number.isInteger(file) || file < 0 || file > PRODUCT_SITEMAP_FILES) return []
  if (file > 0) {
    return (await loadProducts(file)).map((p) => ({ url: absoluteUrl(`/p/${p.slug}`), lastModified: p.lastModified, changeFrequency: 'daily', priority: 0.8 }))
  }
  const { categories, stores, shows } = await loadPages()
  const newest = [...categories, ...stores].map((x) => x.lastModified).sort().at(-1)
  return [
    { url: absoluteUrl('/'), lastModified: newest, changeFrequency: 'hourly', priority: 1 },
    ...categories.map((c) => ({ url: absoluteUrl(`/c/${c.path}`), lastModified: c.lastModified, changeFrequency: 'daily' as const, priority: 0.7 })),
    ...stores.map((s) => ({ url: absoluteUrl(`/s/${s.slug}`), lastModified: s.lastModified, changeFrequency: 'daily' as const, priority: 0.6 })),
    ...shows.map((s) => ({ url: absoluteUrl(`/live/${s.slug}`), lastModified: s.lastModified, changeFrequency: 'hourly' as const, priority: 0.6 })),
  ]
}

/** The sitemap files that hold URLs now, for robots.txt. */
export async function sitemapFiles(): Promise<string[]> {
  const products = await countProducts()
  const productFiles = Math.min(PRODUCT_SITEMAP_FILES, Math.ceil(products / URLS_PER_SITEMAP))
  return SITEMAP_IDS.slice(0, productFiles + 1).map((id) => absoluteUrl(`/sitemap/${id}.xml`))
}
