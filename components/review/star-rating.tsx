import { StarIcon } from 'lucide-react'
import { cn } from '@/lib/utils'

const SIZES = { sm: 'size-3.5', md: 'size-4', lg: 'size-5' } as const

/** Five stars filled to `value` (fractions too, for averages), with the number for screen readers. */
export function StarRating({ value, size = 'md', className }: { value: number; size?: keyof typeof SIZES; className?: string }) {
  const clamped = Math.min(5, Math.max(0, value))
  const label = `Rated ${Number.isInteger(clamped) ? clamped : clamped.toFixed(1)} out of 5`
  const row = (filled: boolean) =>
    Array.from({ length: 5 }, (_, i) => (
      <StarIcon key={i} aria-hidden="true" className={cn(SIZES[size], filled ? 'fill-primary text-primary' : 'fill-muted text-muted-foreground/40')} />
    ))
  return (
    <span role="img" aria-label={label} className={cn('relative inline-flex shrink-0', className)}>
      <span className="flex gap-0.5">{row(false)}</span>
      <span className="absolute inset-y-0 left-0 flex gap-0.5 overflow-hidden" style={{ width: `${(clamped / 5) * 100}%` }}>
        {row(true)}
      </span>
    </span>
  )
}
