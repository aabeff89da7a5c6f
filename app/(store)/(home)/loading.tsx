import { ProductGridSkeleton } from '@/components/product/product-card-skeleton'
import { Skeleton } from '@/components/ui/skeleton'

export default function Loading() {
  return (
    <div className="mx-auto grid w-full max-w-7xl gap-10 px-4 pt-6 pb-16 sm:px-6" aria-busy="true" aria-label="Loading">
      <Skeleton className="h-40 w-full rounded-2xl lg:h-80" />
      <ProductGridSkeleton count={8} />
    </div>
  )
}
