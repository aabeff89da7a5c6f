import { ProductGridSkeleton } from '@/components/product/product-card-skeleton'
import { Skeleton } from '@/components/ui/skeleton'

export default function Loading() {
  return (
    <div className="mx-auto w-full max-w-7xl px-4 pt-5 pb-16 sm:px-6" aria-busy="true">
      <Skeleton className="mb-2 h-7 w-64 max-w-full" />
      <Skeleton className="mb-6 h-4 w-32" />
      <div className="md:grid md:grid-cols-[14rem_minmax(0,1fr)] md:gap-8 lg:grid-cols-[16rem_minmax(0,1fr)]">
        <div className="hidden flex-col gap-3 md:flex" aria-hidden="true">
          {Array.from({ length: 10 }, (_, i) => (
            <Skeleton key={i} className="h-6 w-full" />
          ))}
        </div>
        <div>
          <div className="mb-4 flex justify-between gap-3">
            <Skeleton className="h-9 w-24 md:invisible" />
            <Skeleton className="h-9 w-48" />
          </div>
          <ProductGridSkeleton count={12} label="Searching" className="[&>div]:lg:grid-cols-3 [&>div]:xl:grid-cols-4" />
        </div>
      </div>
    </div>
  )
}
