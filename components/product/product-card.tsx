import Image from 'next/image'
import Link from 'next/link'
import { ImageOffIcon } from 'lucide-react'

import { discountPercent } from '@/lib/catalog/pricing'
import { cn, formatINR } from '@/lib/utils'
import { WishlistButton } from '@/components/product/wishlist-button'
import { StarRating } from '@/components/review/star-rating'

type ProductCardData = {
  /** Needed for the wishlist heart; cards without it show no heart. */
  id?: string
  slug: string
  title: string
  pricePaise: number
  compareAtPaise: number | null
  storeName: string
  storeSlug: string
  ratingAvg: number | null
  ratingCount: number
  inStock: boolean
  image: { url: string; alt: string } | null
}

/** Matches the ProductGrid columns: 2 → 3 (sm) → 4 (lg) → 5 (xl, capped by max-w-7xl). */
const PRODUCT_CARD_SIZES =
  '(min-width: 1280px) 240px, (min-width: 1024px) 23vw, (min-width: 640px) 31vw, 48vw'

const countFormatter = new Intl.NumberFormat('en-IN')
const compactFormatter = new Intl.NumberFormat('en-IN', {
  notation: 'compact',
  maximumFractionDigits: 1,
})

type ProductCardProps = {
  product: ProductCardData
  /** Set for cards likely to be above the fold (the first row of a grid). */
  eager?: boolean
  /** Override when the card is not laid out by ProductGrid. */
  sizes?: string
  /** Heading level of the product title within the page outline. */
  titleAs?: 'h2' | 'h3' | 'h4'
  /** Shows the wishlist heart; the saved state is the viewer's, read outside any shared cache. */
  wishlist?: { saved: boolean; signedIn: boolean }
  className?: string
}

function ProductCard({
  product,
  eager = false,
  sizes = PRODUCT_CARD_SIZES,
  titleAs: Title = 'h3',
  wishlist,
  className,
}: ProductCardProps) {
  const off = discountPercent(product.pricePaise, product.compareAtPaise)
  const hasRating = product.ratingCount > 0 && product.ratingAvg !== null
  const rating = hasRating ? Math.round((product.ratingAvg ?? 0) * 10) / 10 : 0

  return (
    <article
      data-slot="product-card"
      data-out-of-stock={product.inStock ? undefined : true}
      className={cn(
        'group relative flex h-full flex-col overflow-hidden rounded-xl border bg-card text-card-foreground shadow-xs transition-[box-shadow,border-color] hover:border-foreground/15 hover:shadow-md',
        'has-[a:focus-visible]:ring-2 has-[a:focus-visible]:ring-ring has-[a:focus-visible]:ring-offset-2 has-[a:focus-visible]:ring-offset-background',
        className,
      )}
    >
      <div className="relative aspect-square overflow-hidden bg-muted">
        {product.image ? (
          <Image
            src={product.image.url}
            alt={product.image.alt}
            fill
            sizes={sizes}
            loading={eager ? 'eager' : 'lazy'}
            fetchPriority={eager ? 'high' : undefined}
            className={cn(
              'object-cover transition-transform duration-300 group-hover:scale-[1.03]',
              !product.inStock && 'opacity-60 grayscale',
            )}
          />
        ) : (
          <div className="flex size-full flex-col items-center justify-center gap-1.5 text-muted-foreground">
            <ImageOffIcon aria-hidden="true" className="size-8 opacity-70" />
            <span className="text-xs">No image</span>
          </div>
        )}

        {off > 0 && product.inStock ? (
          <span className="absolute top-2 left-2 rounded-md bg-success px-1.5 py-0.5 text-xs font-bold text-success-foreground shadow-sm">
            {off}% off
          </span>
        ) : null}

        {wishlist && product.id ? (
          <div className="absolute top-2 right-2">
            <WishlistButton
              productId={product.id}
              productTitle={product.title}
              initialSaved={wishlist.saved}
              signedIn={wishlist.signedIn}
            />
          </div>
        ) : null}

        {!product.inStock ? (
          <span className="absolute inset-x-2 bottom-2 rounded-md bg-foreground/85 py-1 text-center text-xs font-semibold text-background">
            Out of stock
          </span>
        ) : null}
      </div>

      <div className="flex flex-1 flex-col gap-1 p-3">
        <Title className="line-clamp-2 min-h-[2lh] text-sm leading-snug font-medium text-foreground">
          <Link
            href={`/p/${product.slug}`}
            className="outline-none after:absolute after:inset-0 after:content-[''] group-hover:underline group-hover:decoration-foreground/30 group-hover:underline-offset-2"
          >
            {product.title}
          </Link>
        </Title>

        <p className="truncate text-xs text-muted-foreground">{product.storeName}</p>

        {hasRating ? (
          <p className="flex items-center gap-1.5 text-xs">
            <StarRating value={rating} size="sm" decorative />
            <span aria-hidden="true" className="font-semibold text-foreground tabular-nums">
              {rating.toFixed(1)}
            </span>
            <span aria-hidden="true" className="text-muted-foreground tabular-nums">
              ({compactFormatter.format(product.ratingCount)})
            </span>
            <span className="sr-only">
              {`Rated ${rating.toFixed(1)} out of 5 from ${countFormatter.format(product.ratingCount)} `}
              {product.ratingCount === 1 ? 'rating' : 'ratings'}
            </span>
          </p>
        ) : null}

        <p className="mt-auto flex flex-wrap items-baseline gap-x-2 pt-1">
          <span className="sr-only">Price </span>
          <span
            className={cn(
              'text-base font-bold tracking-tight tabular-nums',
              product.inStock ? 'text-foreground' : 'text-muted-foreground',
            )}
          >
            {formatINR(product.pricePaise)}
          </span>
          {off > 0 && product.compareAtPaise !== null ? (
            <>
              <span className="sr-only">, was </span>
              <s className="text-xs text-muted-foreground tabular-nums">
                {formatINR(product.compareAtPaise)}
              </s>
            </>
          ) : null}
        </p>
      </div>
    </article>
  )
}

export { ProductCard, PRODUCT_CARD_SIZES, type ProductCardData, type ProductCardProps }
