import { Skeleton } from '@/components/ui/skeleton'

export default function Loading() {
  return (
    <div role="status" aria-label="Loading chat rules" className="grid max-w-2xl gap-4">
      <Skeleton className="h-4 w-16" />
      <Skeleton className="h-9 w-40" />
      <Skeleton className="h-10 w-full" />
      <div className="flex flex-wrap gap-1.5">
        {Array.from({ length: 6 }, (_, i) => (
          <Skeleton key={i} className="h-7 w-20 rounded-full" />
        ))}
      </div>
      <Skeleton className="h-9 w-full" />
      <Skeleton className="h-9 w-24" />
      <Skeleton className="mt-4 h-20 w-full" />
    </div>
  )
}
