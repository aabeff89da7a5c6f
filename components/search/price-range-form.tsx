'use client'

import { useId, useTransition } from 'react'
import { useQueryStates } from 'nuqs'
import { Button } from '@/components/ui/button'
import { searchParsers } from '@/lib/search/url'
import { cn } from '@/lib/utils'

function toRupees(value: FormDataEntryValue | null): number | null {
  const text = String(value ?? '').replace(/[,\s₹]/g, '')
  if (!/^\d{1,8}$/.test(text)) return null
  return Number(text)
}

/**
 * A GET form to /search: without JavaScript it submits with the other filters as hidden fields
 * (rendered from the URL); with it, nuqs updates the URL in place and the server re-renders.
 */
export function PriceRangeForm({ min, max, className }: { min: number | null; max: number | null; className?: string }) {
  const id = useId()
  const [state, setState] = useQueryStates(searchParsers, { shallow: false, scroll: false })
  const [pending, startTransition] = useTransition()
  // The other filters ride along as hidden fields when the form is submitted without JavaScript.
  const carried = Object.entries(state).filter(
    ([key, value]) => key !== 'min' && key !== 'max' && key !== 'page' && value !== null && value !== '' && value !== false,
  )

  return (
    <li className={cn('mt-2 list-none', className)}>
      <form
        action="/search"
        method="get"
        aria-label="Price range"
        onSubmit={(event) => {
          event.preventDefault()
          const data = new FormData(event.currentTarget)
          let lo = toRupees(data.get('min'))
          let hi = toRupees(data.get('max'))
          if (lo !== null && hi !== null && lo > hi) [lo, hi] = [hi, lo]
          void setState({ min: lo, max: hi, page: null }, { startTransition })
        }}
        className="flex items-end gap-2"
      >
        {carried.map(([key, value]) => (
          <input key={key} type="hidden" name={key} value={String(value)} />
        ))}
        <div className="flex min-w-0 flex-1 flex-col gap-1">
          <label htmlFor={`${id}-min`} className="text-xs text-muted-foreground">
            Min ₹
          </label>
          <input
            id={`${id}-min`}
            name="min"
            inputMode="numeric"
            pattern="[0-9]*"
            defaultValue={min ?? ''}
            key={`min-${min}`}
            className="h-9 w-full min-w-0 rounded-md border border-input bg-card px-2 text-base outline-none focus-visible:border-ring focus-visible:ring-[3px] focus-visible:ring-ring/30 md:text-sm"
          />
        </div>
        <div className="flex min-w-0 flex-1 flex-col gap-1">
          <label htmlFor={`${id}-max`} className="text-xs text-muted-foreground">
            Max ₹
          </label>
          <input
            id={`${id}-max`}
            name="max"
            inputMode="numeric"
            pattern="[0-9]*"
            defaultValue={max ?? ''}
            key={`max-${max}`}
            className="h-9 w-full min-w-0 rounded-md border border-input bg-card px-2 text-base outline-none focus-visible:border-ring focus-visible:ring-[3px] focus-visible:ring-ring/30 md:text-sm"
          />
        </div>
        <Button type="submit" variant="outline" size="sm" className="h-9" disabled={pending}>
          Go
        </Button>
      </form>
    </li>
  )
}
