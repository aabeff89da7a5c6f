import Link from 'next/link'

/** A titled, horizontally scrolling row (shows, products). */
export function Rail({ id, title, href, linkLabel, children }: { id: string; title: string; href?: string; linkLabel?: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="mx-auto w-full max-w-7xl px-4 sm:px-6">
      <div className="mb-3 flex items-baseline justify-between gap-4">
        <h2 id={id} className="text-xl font-semibold tracking-tight">
          {title}
        </h2>
        {href ? (
          <Link href={href} className="text-sm font-medium text-primary-ink underline-offset-4 hover:underline">
            {linkLabel ?? 'See all'}
          </Link>
        ) : null}
      </div>
      <div className="-mx-4 flex snap-x scroll-px-4 gap-4 overflow-x-auto px-4 pb-2 sm:-mx-6 sm:scroll-px-6 sm:px-6" role="list">
        {children}
      </div>
    </section>
  )
}
