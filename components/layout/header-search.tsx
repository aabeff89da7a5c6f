import { ArrowRightIcon, SearchIcon } from 'lucide-react'

import { cn } from '@/lib/utils'

/** Plain GET form so search works before (and without) hydration. */
function HeaderSearch({ defaultQuery, className }: { defaultQuery?: string; className?: string }) {
  return (
    <form
      role="search"
      action="/search"
      method="get"
      aria-label="Site search"
      className={cn('relative w-full', className)}
    >
      <label htmlFor="site-search-q" className="sr-only">
        Search products, stores and lives
      </label>
      <SearchIcon
        aria-hidden="true"
        className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-muted-foreground"
      />
      <input
        id="site-search-q"
        type="search"
        name="q"
        defaultValue={defaultQuery}
        placeholder="Search products, stores and lives"
        autoComplete="off"
        enterKeyHint="search"
        className={cn(
          'h-10 w-full min-w-0 rounded-full border border-input bg-muted/60 pr-12 pl-9 sm:pr-24 text-base text-foreground transition-[border-color,background-color,box-shadow] outline-none md:text-sm',
          'placeholder:text-muted-foreground hover:border-foreground/25',
          'focus-visible:border-ring focus-visible:bg-card focus-visible:ring-[3px] focus-visible:ring-ring/30',
          '[&::-webkit-search-cancel-button]:hidden',
        )}
      />
      <button
        type="submit"
        className="absolute top-1 right-1 bottom-1 inline-flex items-center rounded-full bg-primary px-2.5 text-sm font-semibold text-primary-foreground transition-colors outline-none hover:bg-primary/90 focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-offset-1 focus-visible:ring-offset-card sm:px-4"
      >
        <ArrowRightIcon aria-hidden="true" className="size-4 sm:hidden" />
        <span className="max-sm:sr-only">Search</span>
      </button>
    </form>
  )
}

export { HeaderSearch }
