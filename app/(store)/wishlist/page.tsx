import { HeartIcon } from 'lucide-react'
import type { Metadata } from 'next'
import Link from 'next/link'
import { Pagination } from '@/components/catalog/pagination'
import { EmptyState } from '@/components/layout/empty-state'
import { PageHeader } from '@/components/layout/page-header'
import { ProductGrid } from '@/components/product/product-grid'
import { Button } from '@/components/ui/button'
import { requireUser } from '@/lib/auth'
import { pageCount, parseListingParams } from '@/lib/catalog/listing'
import { getWishlistPage } from '@/lib/dal/wishlist'

export const metadata: Metadata = { title: 'Your wishlist', robots: { index: false, follow: false } }

export default async function WishlistPage({ searchParams }: PageProps<'/wishlist'>) {
  const user = await requireUser('/wishlist')
  const { page } = parseListingParams(await searchParams)
  const { products, total } = await getWishlistPage(user.id, page)
  const totalPages = pageCount(total)

  return (
    <div className="mx-auto w-full max-w-7xl px-4 pt-6 pb-16 sm:px-6">
      <PageHeader
        title="Your wishlist"
        description={total > 0 ? `${total === 1 ? '1 saved product' : `${total} saved products`}. Tap a heart to remove it.` : undefined}
      />
      <h2 className="sr-only">Saved products</h2>
      <ProductGrid
        products={products}
        titleAs="h3"
        eagerCount={4}
        wishlist={{ signedIn: true, savedIds: products.flatMap((p) => p.id ?? []) }}
        empty={
          <EmptyState
            icon={HeartIcon}
            title={page > 1 ? 'Nothing more here' : 'Your wishlist is empty'}
            description="Tap the heart on any product to save it here for later — we'll keep it across your devices."
            action={
              <Button asChild>
                <Link href={page > 1 ? '/wishlist' : '/'}>{page > 1 ? 'Back to the first page' : 'Start shopping'}</Link>
              </Button>
            }
          />
        }
      />
      <Pagination page={page} totalPages={totalPages} href={(p) => (p > 1 ? `/wishlist?page=${p}` : '/wishlist')} />
    </div>
  )
}
