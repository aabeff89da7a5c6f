import { ChevronLeftIcon, ChevronRightIcon } from 'lucide-react'
import Link from 'next/link'
import { paginationItems } from '@/lib/catalog/listing'
import { cn } from '@/lib/utils'

const itemClass =
  'inline-flex h-10 min-w-10 items-center justify-center gap-1 rounded-lg px-3 text-sm font-medium outline-none focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-offset-2 focus-visible:ring-offset-background'

/** Plain links, so crawlers and visitors without JavaScript reach every page. */
export function Pagination({ page, totalPages, href }: { page: number; totalPages: number; href: (page: number) => string }) {
  if (totalPages <= 1) return null
  return (
    <nav aria-label="Pagination" className="mt-8 flex justify-center">
      <ul className="flex flex-wrap items-center justify-center gap-1">
        <li>
          {page > 1 ? (
            <Link href={href(page - 1)} rel="prev" className={cn(itemClass, 'hover:bg-accent')}>
              <ChevronLeftIcon aria-hidden="true" className="size-4" />
              <span>Previous</span>
            </Link>
          ) : null}
        </li>
        <li className="px-2 text-sm text-muted-foreground tabular-nums sm:hidden">
          Page {page} of {totalPages}
        </li>
        {paginationItems(page, totalPages).map((item, index) =>
          item === 'gap' ? (
            <li key={`gap-${index}`} aria-hidden="true" className="hidden px-1 text-muted-foreground sm:block">
              …
            </li>
          ) : (
            <li key={item} className="hidden sm:block">
              <Link
                href={href(item)}
                aria-label={`Page ${item}`}
                aria-current={item === page ? 'page' : undefined}
                className={cn(itemClass, item === page ? 'bg-foreground text-background' : 'hover:bg-accent')}
              >
                {item}
              </Link>
            </li>
          ),
        )}
        <li>
          {page < totalPages ? (
            <Link href={href(page + 1)} rel="next" className={cn(itemClass, 'hover:bg-accent')}>
              <span>Next</span>
              <ChevronRightIcon aria-hidden="true" className="size-4" />
            </Link>
          ) : null}
        </li>
      </ul>
    </nav>
  )
}
