'use client'

import { useId, useTransition } from 'react'
import { useQueryStates } from 'nuqs'
import { NativeSelect } from '@/components/forms/native-select'
import { SEARCH_SORTS, searchParsers, type SearchSort } from '@/lib/search/url'

export const SORT_LABELS: Record<SearchSort, string> = {
  relevance: 'Relevance',
  newest: 'Newest first',
  'price-asc': 'Price: low to high',
  'price-desc': 'Price: high to low',
  rating: 'Customer rating',
  bestselling: 'Best selling',
}

/**
 * A native select in a GET form: with JavaScript a change applies at once through nuqs (the
 * server re-renders the results); without it, the "Sort" button submits the form.
 */
export function SortSelect({ current, hasQuery }: { current: SearchSort; hasQuery: boolean }) {
  const id = useId()
  const [state, setState] = useQueryStates(searchParsers, { shallow: false, scroll: false })
  const [pending, startTransition] = useTransition()
  const carried = Object.entries(state).filter(
    ([key, value]) => key !== 'sort' && key !== 'page' && value !== null && value !== '' && value !== false,
  )
  const options = SEARCH_SORTS.filter((s) => hasQuery || s !== 'relevance')

  return (
    <form action="/search" method="get" className="ml-auto flex items-center gap-2" aria-busy={pending || undefined}>
      {carried.map(([key, value]) => (
        <input key={key} type="hidden" name={key} value={String(value)} />
      ))}
      <label htmlFor={id} className="shrink-0 text-sm text-muted-foreground max-sm:sr-only">
        Sort by
      </label>
      <NativeSelect
        id={id}
        name="sort"
        value={current}
        onChange={(event) =>
          void setState({ sort: event.target.value as SearchSort, page: null }, { startTransition })
        }
        className="h-9 w-auto min-w-0 py-1"
      >
        {options.map((s) => (
          <option key={s} value={s}>
            {SORT_LABELS[s]}
          </option>
        ))}
      </NativeSelect>
      <noscript>
        <button type="submit" className="h-9 rounded-md border px-3 text-sm">
          Sort
        </button>
      </noscript>
    </form>
  )
}
