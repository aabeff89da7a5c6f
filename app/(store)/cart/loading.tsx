import { CartSkeleton } from '@/components/cart/cart-skeleton'
import { Skeleton } from '@/components/ui/skeleton'

export default function Loading() {
  return (
    <div className="mx-auto w-full max-w-6xl px-4 pt-6 pb-16 sm:px-6" aria-busy="true">
      <Skeleton className="mb-8 h-8 w-48" />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem] lg:items-start">
        <CartSkeleton lines={3} className="rounded-2xl border bg-card p-4 sm:p-5" />
        <Skeleton className="h-48 rounded-2xl" />
      </div>
    </div>
  )
}
