import type { CSSProperties } from 'react'
import { cn } from '@/lib/utils'

const SIZES = { sm: '0.875rem', md: '1rem', lg: '1.25rem' } as const

type StarRatingProps = {
  value: number
  size?: keyof typeof SIZES
  className?: string
  /** Hidden from screen readers, for places that say the rating in text beside it. */
  decorative?: boolean
}

/**
 * Five stars filled to `value` (fractions too, for averages), with the number for screen readers.
 * One element with a CSS mask (globals.css `.rating-stars`), not ten SVG icons: a grid of product
 * cards or a page of reviews would otherwise ship hundreds of icons, each a client component to
 * hydrate (lucide-react's icons are).
 */
export function StarRating({ value, size = 'md', className, decorative = false }: StarRatingProps) {
  const clamped = Math.min(5, Math.max(0, value))
  const label = `Rated ${Number.isInteger(clamped) ? clamped : clamped.toFixed(1)} out of 5`
  return (
    <span
      {...(decorative ? { 'aria-hidden': true } : { role: 'img', 'aria-label': label })}
      className={cn('rating-stars shrink-0', className)}
      style={{ '--rating': clamped, '--star-size': SIZES[size] } as CSSProperties}
    />
  )
}
