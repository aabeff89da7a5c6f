import { Skeleton } from '@/components/ui/skeleton'
import { cn } from '@/lib/utils'

/** Placeholder lines while the cart loads, in the drawer and on /cart. */
export function CartSkeleton({ lines = 3, className }: { lines?: number; className?: string }) {
  return (
    <div role="status" aria-label="Loading your cart" className={cn('flex flex-col gap-4', className)}>
      <Skeleton className="h-4 w-40" />
      {Array.from({ length: lines }, (_, i) => (
        <div key={i} className="flex gap-3">
          <Skeleton className="size-20 shrink-0 rounded-lg sm:size-24" />
          <div className="flex flex-1 flex-col gap-2 pt-1">
            <Skeleton className="h-4 w-4/5" />
            <Skeleton className="h-3 w-24" />
            <Skeleton className="mt-2 h-10 w-32 rounded-lg" />
          </div>
        </div>
      ))}
    </div>
  )
}
