import Link from 'next/link'
import { cn } from '@/lib/utils'

/** Subcategories of the page's category (or its siblings on a leaf), as links. */
export function CategoryChips({ label, chips, currentPath }: { label: string; chips: { name: string; path: string }[]; currentPath: string }) {
  if (chips.length === 0) return null
  return (
    <nav aria-label={label} className="relative -mx-4 overflow-x-auto px-4 sm:mx-0 sm:px-0">
      <ul className="flex gap-2 pb-1 whitespace-nowrap sm:flex-wrap">
        {chips.map((chip) => (
          <li key={chip.path}>
            <Link
              href={`/c/${chip.path}`}
              aria-current={chip.path === currentPath ? 'page' : undefined}
              className={cn(
                'inline-flex h-9 items-center rounded-full border px-4 text-sm font-medium outline-none focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-offset-2 focus-visible:ring-offset-background',
                chip.path === currentPath ? 'border-primary bg-primary text-primary-foreground' : 'border-input bg-card hover:bg-accent',
              )}
            >
              {chip.name}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
