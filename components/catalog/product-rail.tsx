import { Rail } from '@/components/home/rail'
import { ProductCard, type ProductCardData } from '@/components/product/product-card'
import type { WishlistState } from '@/lib/dal/catalog'

/** A horizontally scrolling row of product cards (related, recently viewed). */
export function ProductRail({
  id,
  title,
  products,
  wishlist,
}: {
  id: string
  title: string
  products: ProductCardData[]
  wishlist?: WishlistState
}) {
  if (products.length === 0) return null
  const saved = new Set(wishlist?.savedIds)
  return (
    <Rail id={id} title={title}>
      {products.map((product) => (
        <div role="listitem" key={product.slug} className="w-40 shrink-0 snap-start sm:w-48">
          <ProductCard
            product={product}
            sizes="(min-width: 640px) 192px, 160px"
            wishlist={wishlist && product.id ? { signedIn: wishlist.signedIn, saved: saved.has(product.id) } : undefined}
          />
        </div>
      ))}
    </Rail>
  )
}
