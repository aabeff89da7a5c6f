import 'server-only'

import { cache } from 'react'
import { getDb } from '@/db'
import { listCategoryTrail } from '@/db/queries/catalog'
import {
  findProductPage,
  findProductRef,
  listRelatedProducts,
  listShowsForProduct,
  type ProductPageRow,
  type ProductScope,
} from '@/db/queries/product-page'
import { getMembership } from '@/db/queries/stores'
import { getCurrentUser } from '@/lib/auth'
import { cachedRead, tags } from '@/lib/cache'
import { toProductCard } from './catalog'

async function shapeProduct(row: ProductPageRow) {
  const trail = row.categoryPath ? await listCategoryTrail(getDb(), row.categoryPath) : []
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    /** Sanitised when it was written (SPEC §2.1). */
    descriptionHtml: row.description,
    pricePaise: row.pricePaise,
    compareAtPaise: row.compareAtPaise,
    sku: row.sku,
    stock: row.stock,
    lowStockThreshold: row.lowStockThreshold,
    weightGrams: row.weightGrams,
    dimensionsCm: { length: row.lengthCm, breadth: row.breadthCm, height: row.heightCm },
    tags: row.tags,
    options: row.options,
    visibility: row.visibility,
    status: row.status,
    ratingAvg: row.ratingAvg,
    ratingCount: row.ratingCount,
    soldCount: row.soldCount,
    categoryId: row.categoryId,
    breadcrumb: trail.map((c) => ({ name: c.name, path: c.path })),
    updatedAt: row.updatedAt.toISOString(),
    media: row.media,
    variants: row.variants,
    store: row.store,
  }
}

export type ProductPageData = Awaited<ReturnType<typeof shapeProduct>>

/** Slug → id and store; tagged `catalog` because any product write may add or rename a slug. */
const getProductRef = cachedRead((slug: string) => findProductRef(getDb(), slug), 'product-ref', {
  tags: () => [tags.catalog],
  revalidateSeconds: 3600,
})

const getPublicProduct = cachedRead(
  async (id: string, _storeId: string) => {
    const row = await findProductPage(getDb(), id, { audience: 'public' })
    return row ? shapeProduct(row) : null
  },
  'product-page',
  // The store's tag too: suspending or renaming a store changes every product page it has.
  { tags: (id, storeId) => [tags.product(id), tags.store(storeId)] },
)

/** The product as the public sees it, or null; never a preview (Open Graph images, feeds). */
export async function getPublicProductBySlug(slug: string): Promise<ProductPageData | null> {
  const ref = await getProductRef(slug)
  return ref ? getPublicProduct(ref.id, ref.storeId) : null
}

/**
 * The product for `/p/[slug]`: the public version when it is visible; otherwise, for a member of
 * its own store, an uncached preview; otherwise null (the page 404s).
 */
export const getProductPage = cache(async (slug: string): Promise<{ product: ProductPageData; preview: boolean } | null> => {
  const ref = await getProductRef(slug)
  if (!ref) return null
  const visible = await getPublicProduct(ref.id, ref.storeId)
  if (visible) return { product: visible, preview: false }
  const user = await getCurrentUser()
  if (!user) return null
  const db = getDb()
  if (!(await getMembership(db, user.id, ref.storeId))) return null
  const scope: ProductScope = { audience: 'store', storeId: ref.storeId }
  const row = await findProductPage(db, ref.id, scope)
  return row ? { product: await shapeProduct(row), preview: true } : null
})

export type ProductShow = {
  id: string
  slug: string
  title: string
  coverUrl: string | null
  status: 'live' | 'scheduled' | 'ended'
  scheduledAt: string
  storeName: string
}

/** Shows change state on a clock as well as on writes, so this read also expires each minute. */
export const getProductShows = cachedRead(
  async (productId: string): Promise<ProductShow[]> => {
    const rows = await listShowsForProduct(getDb(), productId, 6)
    return rows.map((s) => ({
      id: s.id,
      slug: s.slug,
      title: s.title,
      coverUrl: s.coverUrl,
      status: s.status as ProductShow['status'],
      scheduledAt: s.scheduledAt.toISOString(),
      storeName: s.storeName,
    }))
  },
  'product-shows',
  { tags: (productId) => [tags.product(productId), tags.shows], revalidateSeconds: 60 },
)

export const getRelatedProducts = cachedRead(
  async (product: { id: string; categoryId: string | null; storeId: string }) =>
    (await listRelatedProducts(getDb(), product, 10)).map(toProductCard),
  'related-products',
  { tags: (product) => [tags.catalog, tags.product(product.id)] },
)
