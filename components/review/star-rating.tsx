import type { CSSProperties } from 'react'
import { cn } from '@/lib/utils'

const SIZES = { sm: '0.875rem', md: '1rem', lg: '1.25rem' } as const

/**
 * Five stars filled to `value` (fractions too, for averages), with the number for screen readers.
 * One element with a CSS mask (globals.css `.rating-stars`), not ten SVG icons: a product page
 * lists many reviews, and each icon was a client component to hydrate.
 */
export function StarRating({ value, size = 'md', className }: { value: number; size?: keyof typeof SIZES; className?: string }) {
  const clamped = Math.min(5, Math.max(0, value))
  const label = `Rated ${Number.isInteger(clamped) ? clamped : clamped.toFixed(1)} out of 5`
  return (
    <span
      role="img"
      aria-label={label}
      className={cn('rating-stars shrink-0', className)}
      style={{ '--rating': clamped, '--star-size': SIZES[size] } as CSSProperties}
    />
  )
}
