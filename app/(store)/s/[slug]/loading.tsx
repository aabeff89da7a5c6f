import { ProductGridSkeleton } from '@/components/product/product-card-skeleton'
import { Skeleton } from '@/components/ui/skeleton'

export default function Loading() {
  return (
    <div className="mx-auto w-full max-w-7xl px-4 pt-4 pb-16 sm:px-6" aria-busy="true">
      <Skeleton className="h-36 w-full rounded-2xl sm:h-56" />
      <div className="-mt-10 flex items-end gap-4 px-4">
        <Skeleton className="size-20 rounded-full ring-4 ring-background sm:size-24" />
        <div className="flex flex-1 flex-col gap-2 pb-1">
          <Skeleton className="h-7 w-56" />
          <Skeleton className="h-4 w-40" />
        </div>
      </div>
      <Skeleton className="mt-6 mb-8 h-4 w-full max-w-xl" />
      <ProductGridSkeleton count={10} label="Loading the store" />
    </div>
  )
}
