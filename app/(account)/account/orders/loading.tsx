import { Skeleton } from '@/components/ui/skeleton'

export default function Loading() {
  return (
    <div className="mx-auto w-full max-w-3xl px-4 pt-8 pb-16 sm:px-6" aria-busy="true">
      <span className="sr-only">Loading your orders…</span>
      <Skeleton className="mb-3 h-4 w-28" />
      <Skeleton className="mb-8 h-8 w-48" />
      <div className="grid gap-4">
        {Array.from({ length: 4 }, (_, i) => (
          <div key={i} className="grid gap-3 rounded-xl border p-4">
            <div className="flex justify-between gap-3">
              <div className="grid flex-1 gap-2">
                <Skeleton className="h-4 w-40" />
                <Skeleton className="h-3 w-56" />
              </div>
              <Skeleton className="h-5 w-20" />
            </div>
            <div className="flex items-center gap-3">
              <Skeleton className="size-16" />
              <Skeleton className="h-4 flex-1" />
              <Skeleton className="h-4 w-16" />
            </div>
          </div>
        ))}
      </div>
    </div>
  )
}
