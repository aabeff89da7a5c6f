import { ProductGridSkeleton } from '@/components/product/product-card-skeleton'
import { Skeleton } from '@/components/ui/skeleton'

export default function Loading() {
  return (
    <div className="mx-auto w-full max-w-7xl px-4 pt-6 pb-16 sm:px-6" aria-busy="true">
      <Skeleton className="mb-3 h-8 w-56" />
      <Skeleton className="mb-8 h-4 w-72" />
      <ProductGridSkeleton count={10} label="Loading your wishlist" />
    </div>
  )
}
