import { ProductRail } from '@/components/catalog/product-rail'
import { getRecentlyViewed, getWishlistState } from '@/lib/dal/catalog'

/** The visitor's own recently viewed products, from their cookie; nothing when there are none. */
export async function RecentlyViewedRail({ exceptId }: { exceptId?: string }) {
  const products = await getRecentlyViewed(exceptId)
  if (products.length === 0) return null
  const wishlist = await getWishlistState(products.flatMap((p) => p.id ?? []))
  return <ProductRail id="recently-viewed-heading" title="Recently viewed" products={products} wishlist={wishlist} />
}
