import 'server-only'

import { cookies } from 'next/headers'
import type { ProductCardData } from '@/components/product/product-card'
import { getDb } from '@/db'
import {
  findCategoryByPath,
  listCategoryTrail,
  listChildCategories,
  listProductCardsByIds,
  listProductCards,
  type ListingScope,
  type ProductCardRow,
} from '@/db/queries/catalog'
import { listWishlistedIds } from '@/db/queries/wishlist'
import { getCurrentUser } from '@/lib/auth'
import { cachedRead, tags } from '@/lib/cache'
import { LISTING_PAGE_SIZE, type ProductSort } from '@/lib/catalog/listing'
import { parseRecentlyViewed, RECENTLY_VIEWED_COOKIE } from '@/lib/catalog/recently-viewed'

export function toProductCard(row: ProductCardRow): ProductCardData {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    pricePaise: row.pricePaise,
    compareAtPaise: row.compareAtPaise,
    storeName: row.storeName,
    storeSlug: row.storeSlug,
    ratingAvg: row.ratingAvg,
    ratingCount: row.ratingCount,
    inStock: row.stock > 0,
    image: row.imageUrl ? { url: row.imageUrl, alt: row.title } : null,
  }
}

async function loadCategory(path: string) {
  const db = getDb()
  const category = await findCategoryByPath(db, path)
  if (!category) return null
  const [trail, children] = await Promise.all([listCategoryTrail(db, path), listChildCategories(db, category.id)])
  // A leaf shows its siblings, so the chips still lead somewhere.
  const parent = trail.at(-2)
  const chips = children.length > 0 || !parent ? children : await listChildCategories(db, parent.id)
  return {
    category,
    trail: trail.map((c) => ({ name: c.name, path: c.path })),
    chips: chips.map((c) => ({ name: c.name, path: c.path })),
    chipsAreChildren: children.length > 0,
  }
}

/** Categories change only through the admin; the `catalog` tag refreshes them with everything else. */
export const getCategory = cachedRead(loadCategory, 'category', {
  tags: (path) => [tags.catalog, tags.category(path.split('/').at(-1) ?? path)],
  revalidateSeconds: 3600,
})

export type CategoryData = NonNullable<Awaited<ReturnType<typeof getCategory>>>

export async function loadListing(scope: ListingScope, sort: ProductSort, page: number) {
  const { rows, total } = await listProductCards(getDb(), scope, {
    sort,
    limit: LISTING_PAGE_SIZE,
    offset: (page - 1) * LISTING_PAGE_SIZE,
  })
  return { products: rows.map(toProductCard), total }
}

/** Public listings, shared by every visitor. A store preview calls loadListing directly, uncached. */
export const getListing = cachedRead(loadListing, 'listing', {
  tags: (scope) =>
    'categoryPath' in scope
      ? [tags.catalog, tags.category(scope.categoryPath.split('/').at(-1) ?? scope.categoryPath)]
      : [tags.catalog, tags.store(scope.storeId)],
})

export type Listing = Awaited<ReturnType<typeof getListing>>

/** Shared cards for any visitor's list of ids; tagged per product so an edit refreshes them. */
const getCardsByIds = cachedRead(
  async (ids: string[]) => (await listProductCardsByIds(getDb(), ids)).map(toProductCard),
  'cards-by-id',
  { tags: (ids) => [tags.catalog, ...ids.map(tags.product)] },
)

/** The visitor's recently viewed products from their cookie, leaving out `exceptId`. */
export async function getRecentlyViewed(exceptId?: string, limit = 12): Promise<ProductCardData[]> {
  const jar = await cookies()
  const ids = parseRecentlyViewed(jar.get(RECENTLY_VIEWED_COOKIE)?.value)
    .filter((id) => id !== exceptId)
    .slice(0, limit)
  if (ids.length === 0) return []
  return getCardsByIds(ids)
}

export type WishlistState = { signedIn: boolean; savedIds: string[] }

/** Per request and per user, never cached across visitors: which of these products are saved. */
export async function getWishlistState(productIds: readonly string[]): Promise<WishlistState> {
  const user = await getCurrentUser()
  if (!user) return { signedIn: false, savedIds: [] }
  return { signedIn: true, savedIds: await listWishlistedIds(getDb(), user.id, productIds) }
}
