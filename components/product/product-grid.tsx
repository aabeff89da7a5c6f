import * as React from 'react'

import { cn } from '@/lib/utils'
import { ProductCard, type ProductCardData } from '@/components/product/product-card'

/** Column classes shared with ProductGridSkeleton so loading states don't shift layout. */
const productGridClassName =
  'grid grid-cols-2 gap-3 sm:grid-cols-3 sm:gap-4 lg:grid-cols-4 xl:grid-cols-5'

type ProductGridProps = {
  products: ProductCardData[]
  /** How many leading cards load their image eagerly (above the fold). */
  eagerCount?: number
  /** Rendered instead of the grid when `products` is empty. */
  empty?: React.ReactNode
  /** Heading level for card titles; use h3 under an h2 section heading. */
  titleAs?: 'h2' | 'h3' | 'h4'
  /** The viewer's wishlist, to show a heart on each card. */
  wishlist?: { signedIn: boolean; savedIds: readonly string[] }
  className?: string
  'aria-label'?: string
}

function ProductGrid({
  products,
  eagerCount = 0,
  empty = null,
  titleAs,
  wishlist,
  className,
  'aria-label': ariaLabel,
}: ProductGridProps) {
  if (products.length === 0) return <>{empty}</>
  const saved = new Set(wishlist?.savedIds)

  return (
    <ul
      role="list"
      aria-label={ariaLabel}
      data-slot="product-grid"
      className={cn(productGridClassName, className)}
    >
      {products.map((product, index) => (
        <li key={product.slug}>
          <ProductCard
            product={product}
            eager={index < eagerCount}
            titleAs={titleAs}
            wishlist={wishlist ? { signedIn: wishlist.signedIn, saved: product.id !== undefined && saved.has(product.id) } : undefined}
          />
        </li>
      ))}
    </ul>
  )
}

export { ProductGrid, productGridClassName, type ProductGridProps }
