import { ProductGridSkeleton } from '@/components/product/product-card-skeleton'
import { Skeleton } from '@/components/ui/skeleton'

export default function Loading() {
  return (
    <div className="mx-auto w-full max-w-7xl px-4 pt-4 pb-16 sm:px-6" aria-busy="true">
      <Skeleton className="mb-6 h-4 w-48" />
      <Skeleton className="mb-3 h-8 w-64" />
      <Skeleton className="mb-6 h-4 w-full max-w-md" />
      <div className="mb-6 flex gap-2 overflow-hidden">
        {Array.from({ length: 5 }, (_, i) => (
          <Skeleton key={i} className="h-9 w-28 shrink-0 rounded-full" />
        ))}
      </div>
      <ProductGridSkeleton count={12} label="Loading the category" />
    </div>
  )
}
