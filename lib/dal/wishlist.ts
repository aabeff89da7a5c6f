import 'server-only'

import { getDb } from '@/db'
import { listWishlistCards } from '@/db/queries/wishlist'
import { LISTING_PAGE_SIZE } from '@/lib/catalog/listing'
import { toProductCard } from './catalog'

/** One page of the user's saved products; never cached across users. */
export async function getWishlistPage(userId: string, page: number) {
  const { rows, total } = await listWishlistCards(getDb(), userId, {
    limit: LISTING_PAGE_SIZE,
    offset: (page - 1) * LISTING_PAGE_SIZE,
  })
  return { products: rows.map(toProductCard), total }
}
