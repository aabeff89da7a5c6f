import Link from 'next/link'
import { PRODUCT_SORTS, SORT_LABELS, type ProductSort } from '@/lib/catalog/listing'
import { cn } from '@/lib/utils'

/** Sort choices as links (state lives in the URL); the current one is marked. */
export function SortLinks({ current, href }: { current: ProductSort; href: (sort: ProductSort) => string }) {
  return (
    <nav aria-label="Sort products" className="relative -mx-4 overflow-x-auto px-4 sm:mx-0 sm:px-0">
      <ul className="flex items-center gap-2 whitespace-nowrap">
        <li aria-hidden="true" className="text-sm text-muted-foreground">
          Sort by
        </li>
        {PRODUCT_SORTS.map((sort) => (
          <li key={sort}>
            <Link
              href={href(sort)}
              aria-current={sort === current ? 'true' : undefined}
              className={cn(
                'inline-flex h-8 items-center rounded-full border px-3 text-sm font-medium outline-none focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-offset-2 focus-visible:ring-offset-background',
                sort === current ? 'border-foreground bg-foreground text-background' : 'border-input bg-card hover:bg-accent',
              )}
            >
              {SORT_LABELS[sort]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
