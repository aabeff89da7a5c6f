import { Skeleton } from '@/components/ui/skeleton'

export default function Loading() {
  return (
    <div className="mx-auto grid w-full max-w-7xl gap-6 px-4 pt-4 pb-16 sm:px-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]" aria-busy="true" aria-label="Loading the show">
      <Skeleton className="aspect-video w-full rounded-2xl" />
      <div className="grid content-start gap-3">
        <Skeleton className="h-8 w-4/5" />
        <Skeleton className="h-4 w-1/2" />
        <Skeleton className="h-16 w-64" />
        <Skeleton className="h-11 w-40" />
        <Skeleton className="h-20 w-full rounded-xl" />
      </div>
    </div>
  )
}
