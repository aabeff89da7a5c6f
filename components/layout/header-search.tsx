'use client'

import { Suspense, useId, useRef, useState, useTransition } from 'react'
import { usePathname, useRouter, useSearchParams } from 'next/navigation'
import { ArrowRightIcon, FolderIcon, LoaderCircleIcon, SearchIcon, StoreIcon } from 'lucide-react'

import { cn } from '@/lib/utils'
import { normaliseTyping } from '@/lib/search/parse'
import type { Suggestion } from '@/lib/search/suggest'
import { useSearchSuggestions } from '@/components/layout/use-search-suggestions'

type HeaderSearchProps = { defaultQuery?: string; className?: string }

/**
 * The site search box: a GET form to /search, so it works before (and without) hydration, made a
 * WAI-ARIA combobox with suggestions once JavaScript runs. On /search it shows the current query.
 */
function HeaderSearch(props: HeaderSearchProps) {
  // useSearchParams would opt static pages out of prerendering without a Suspense boundary.
  return (
    <Suspense fallback={<SearchCombobox {...props} />}>
      <HeaderSearchFromUrl {...props} />
    </Suspense>
  )
}

function HeaderSearchFromUrl({ defaultQuery, className }: HeaderSearchProps) {
  const pathname = usePathname()
  const params = useSearchParams()
  const query = pathname === '/search' ? (params.get('q') ?? '') : (defaultQuery ?? '')
  // A new query in the URL (back button, a suggestion, a "search instead" link) resets the box.
  return <SearchCombobox key={query} defaultQuery={query} className={className} />
}

const ICONS = { product: SearchIcon, category: FolderIcon, store: StoreIcon } as const

function SearchCombobox({ defaultQuery, className }: HeaderSearchProps) {
  const id = useId()
  const listId = `${id}-list`
  const router = useRouter()
  const inputRef = useRef<HTMLInputElement>(null)
  const [value, setValue] = useState(defaultQuery ?? '')
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(-1)
  // Search results render in the page's shell (no route skeleton), so the button shows the wait.
  const [navigating, startNavigation] = useTransition()
  const suggestions = useSearchSuggestions()
  // Only answers to what the box says now; an older answer would offer the wrong things.
  const items = suggestions.query === normaliseTyping(value) ? suggestions.suggestions : []
  const expanded = open && items.length > 0

  function go(href: string) {
    setOpen(false)
    setActive(-1)
    suggestions.clear()
    inputRef.current?.blur()
    startNavigation(() => router.push(href))
  }

  function choose(item: Suggestion) {
    go(item.href)
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (items.length === 0) return
        event.preventDefault()
        const step = event.key === 'ArrowDown' ? 1 : -1
        if (!open) {
          setOpen(true)
          setActive(step === 1 ? 0 : items.length - 1)
          return
        }
        setActive((i) => (step === 1 ? (i + 1) % items.length : i <= 0 ? items.length - 1 : i - 1))
        return
      }
      case 'Enter': {
        const item = expanded && active >= 0 ? items[active] : undefined
        if (item) {
          event.preventDefault()
          choose(item)
        }
        return
      }
      case 'Escape':
        if (expanded) {
          event.preventDefault()
          setOpen(false)
          setActive(-1)
        } else if (value) {
          event.preventDefault()
          setValue('')
          suggestions.clear()
        }
        return
      default:
    }
  }

  return (
    <form
      role="search"
      action="/search"
      method="get"
      aria-label="Site search"
      className={cn('relative w-full', className)}
      onSubmit={(event) => {
        event.preventDefault()
        const q = value.trim()
        go(q ? `/search?q=${encodeURIComponent(q)}` : '/search')
      }}
    >
      <label htmlFor={`${id}-q`} className="sr-only">
        Search products, stores and lives
      </label>
      <SearchIcon
        aria-hidden="true"
        className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-muted-foreground"
      />
      <input
        ref={inputRef}
        id={`${id}-q`}
        type="search"
        name="q"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && active >= 0 ? `${id}-opt-${active}` : undefined}
        value={value}
        onChange={(event) => {
          setValue(event.target.value)
          setOpen(true)
          setActive(-1)
          suggestions.request(event.target.value)
        }}
        onKeyDown={onKeyDown}
        onFocus={() => setOpen(true)}
        onBlur={() => {
          setOpen(false)
          setActive(-1)
        }}
        placeholder="Search products, stores and lives"
        autoComplete="off"
        enterKeyHint="search"
        maxLength={120}
        className={cn(
          'h-10 w-full min-w-0 rounded-full border border-input bg-muted/60 pr-12 pl-9 text-base text-foreground transition-[border-color,background-color,box-shadow] outline-none sm:pr-24 md:text-sm',
          'placeholder:text-muted-foreground hover:border-foreground/25',
          'focus-visible:border-ring focus-visible:bg-card focus-visible:ring-[3px] focus-visible:ring-ring/30',
          '[&::-webkit-search-cancel-button]:hidden',
        )}
      />
      <button
        type="submit"
        aria-busy={navigating || undefined}
        className="absolute top-1 right-1 bottom-1 inline-flex items-center rounded-full bg-primary px-2.5 text-sm font-semibold text-primary-foreground transition-colors outline-none hover:bg-primary/90 focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-offset-1 focus-visible:ring-offset-card sm:px-4"
      >
        {navigating ? (
          <LoaderCircleIcon aria-hidden="true" className="size-4 animate-spin sm:hidden" />
        ) : (
          <ArrowRightIcon aria-hidden="true" className="size-4 sm:hidden" />
        )}
        <span className="max-sm:sr-only">{navigating ? 'Searching…' : 'Search'}</span>
      </button>

      <div
        className={cn(
          'absolute inset-x-0 top-full z-50 mt-1.5 overflow-hidden rounded-xl border bg-popover text-popover-foreground shadow-lg',
          !expanded && 'hidden',
        )}
      >
        {suggestions.corrected ? (
          <p className="border-b px-3 py-2 text-xs text-muted-foreground">
            Suggestions for <span className="font-semibold text-foreground">{suggestions.corrected}</span>
          </p>
        ) : null}
        <ul id={listId} role="listbox" aria-label="Suggestions" className="max-h-[60dvh] overflow-y-auto py-1">
          {items.map((item, index) => {
            const Icon = ICONS[item.kind]
            return (
              <li
                key={`${item.kind}-${item.href}`}
                id={`${id}-opt-${index}`}
                role="option"
                aria-selected={index === active}
                // Keep focus in the input so the click is not lost to blur.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => choose(item)}
                onMouseMove={() => setActive(index)}
                className={cn(
                  'flex cursor-pointer items-center gap-3 px-3 py-2 text-sm',
                  index === active && 'bg-accent text-accent-foreground',
                )}
              >
                <Icon aria-hidden="true" className="size-4 shrink-0 text-muted-foreground" />
                <span className="min-w-0 flex-1 truncate">{item.label}</span>
                {item.detail ? <span className="shrink-0 text-xs text-muted-foreground">{item.detail}</span> : null}
              </li>
            )
          })}
        </ul>
      </div>
      <p role="status" aria-live="polite" className="sr-only">
        {expanded ? `${items.length} ${items.length === 1 ? 'suggestion' : 'suggestions'}; use the arrow keys to choose` : ''}
      </p>
    </form>
  )
}

export { HeaderSearch }
