import { StarIcon, UsersIcon } from 'lucide-react'
import { cn } from '@/lib/utils'

const compact = new Intl.NumberFormat('en-IN', { notation: 'compact', maximumFractionDigits: 1 })
const whole = new Intl.NumberFormat('en-IN')

/** "★ 4.6 (1.3K ratings) · 3.4K followers", with full numbers for screen readers. */
export function StoreStats({
  ratingAvg,
  ratingCount,
  followerCount,
  className,
}: {
  ratingAvg: number | null
  ratingCount: number
  followerCount: number
  className?: string
}) {
  const rated = ratingCount > 0 && ratingAvg !== null
  return (
    <p className={cn('flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-muted-foreground', className)}>
      {rated ? (
        <span className="inline-flex items-center gap-1">
          <StarIcon aria-hidden="true" className="size-4 fill-primary text-primary" />
          <span aria-hidden="true">
            <span className="font-semibold text-foreground">{(ratingAvg ?? 0).toFixed(1)}</span> ({compact.format(ratingCount)})
          </span>
          <span className="sr-only">{`Rated ${(ratingAvg ?? 0).toFixed(1)} out of 5 from ${whole.format(ratingCount)} ratings`}</span>
        </span>
      ) : (
        <span>No ratings yet</span>
      )}
      <span className="inline-flex items-center gap-1">
        <UsersIcon aria-hidden="true" className="size-4" />
        <span aria-hidden="true">{compact.format(followerCount)} followers</span>
        <span className="sr-only">{`${whole.format(followerCount)} followers`}</span>
      </span>
    </p>
  )
}
