'use client'

import { StarIcon } from 'lucide-react'
import { useId, useState } from 'react'
import type { UseFormRegisterReturn } from 'react-hook-form'
import { cn } from '@/lib/utils'

export const RATING_WORDS = ['Poor', 'Fair', 'Good', 'Very good', 'Excellent'] as const

/**
 * Five native radio buttons drawn as stars: arrow keys move between them as in any radio group,
 * and each one is announced as "4 stars, Very good".
 */
export function StarInput({ registration, value, error, legend = 'Your rating' }: { registration: UseFormRegisterReturn; value: number; error?: string; legend?: string }) {
  const id = useId()
  const [hover, setHover] = useState(0)
  const shown = hover || value
  return (
    <fieldset aria-describedby={error ? `${id}-error` : undefined} aria-invalid={error ? true : undefined} className="grid gap-2">
      <legend className={cn('mb-2 text-sm font-medium', error && 'text-destructive')}>
        {legend}
        <span aria-hidden="true" className="ml-0.5 text-destructive">
          *
        </span>
      </legend>
      <div className="flex flex-wrap items-center gap-3">
        <div className="flex" onMouseLeave={() => setHover(0)}>
          {RATING_WORDS.map((word, i) => {
            const n = i + 1
            return (
              <label
                key={n}
                onMouseEnter={() => setHover(n)}
                className="cursor-pointer rounded-md p-1 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-ring"
              >
                <input type="radio" value={String(n)} className="sr-only" {...registration} />
                <span className="sr-only">{`${n} ${n === 1 ? 'star' : 'stars'}, ${word}`}</span>
                <StarIcon
                  aria-hidden="true"
                  className={cn('size-9 transition-colors sm:size-8', n <= shown ? 'fill-primary text-primary' : 'fill-transparent text-muted-foreground/60')}
                />
              </label>
            )
          })}
        </div>
        <p aria-hidden="true" className="min-w-20 text-sm font-medium">
          {shown ? RATING_WORDS[shown - 1] : 'Tap a star'}
        </p>
      </div>
      {error ? (
        <p id={`${id}-error`} role="alert" className="text-[13px] font-medium text-destructive">
          {error}
        </p>
      ) : null}
    </fieldset>
  )
}
