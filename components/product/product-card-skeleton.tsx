import { cn } from '@/lib/utils'
import { Skeleton } from '@/components/ui/skeleton'
import { productGridClassName } from '@/components/product/product-grid'

function ProductCardSkeleton({ className }: { className?: string }) {
  return (
    <div
      data-slot="product-card-skeleton"
      aria-hidden="true"
      className={cn('flex h-full flex-col overflow-hidden rounded-xl border bg-card', className)}
    >
      <Skeleton className="aspect-square rounded-none" />
      <div className="flex flex-1 flex-col gap-2 p-3">
        <Skeleton className="h-3.5 w-full" />
        <Skeleton className="h-3.5 w-2/3" />
        <Skeleton className="mt-1 h-3 w-1/2" />
        <Skeleton className="mt-2 h-5 w-20" />
      </div>
    </div>
  )
}

function ProductGridSkeleton({
  count = 10,
  label = 'Loading products',
  className,
}: {
  count?: number
  label?: string
  className?: string
}) {
  return (
    <div role="status" aria-live="polite" data-slot="product-grid-skeleton" className={className}>
      <span className="sr-only">{label}</span>
      <div className={productGridClassName}>
        {Array.from({ length: count }, (_, i) => (
          <ProductCardSkeleton key={i} />
        ))}
      </div>
    </div>
  )
}

export { ProductCardSkeleton, ProductGridSkeleton }
