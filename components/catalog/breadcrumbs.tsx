import { ChevronRightIcon } from 'lucide-react'
import { IntentLink } from '@/components/layout/intent-link'
import { cn } from '@/lib/utils'

export type Crumb = { name: string; href: string }

/** The last crumb is the current page: not a link, marked aria-current. */
export function Breadcrumbs({ items, className }: { items: Crumb[]; className?: string }) {
  return (
    <nav aria-label="Breadcrumb" className={cn('min-w-0 text-sm text-muted-foreground', className)}>
      <ol className="flex flex-wrap items-center gap-x-1 gap-y-1">
        {items.map((item, index) => {
          const last = index === items.length - 1
          return (
            <li key={item.href} className="flex min-w-0 items-center gap-1">
              {last ? (
                <span aria-current="page" className="truncate font-medium text-foreground">
                  {item.name}
                </span>
              ) : (
                <>
                  <IntentLink href={item.href} className="truncate rounded-sm underline-offset-4 outline-none hover:text-foreground hover:underline focus-visible:ring-2 focus-visible:ring-ring">
                    {item.name}
                  </IntentLink>
                  <ChevronRightIcon aria-hidden="true" className="size-3.5 shrink-0" />
                </>
              )}
            </li>
          )
        })}
      </ol>
    </nav>
  )
}
