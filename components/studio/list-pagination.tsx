import { ChevronLeftIcon, ChevronRightIcon } from 'lucide-react'
import Link from 'next/link'
import { Button } from '@/components/ui/button'

/** Previous/next links that keep every other search parameter. */
export function ListPagination({ href, searchParams, page, pageCount, total }: { href: string; searchParams: Record<string, string>; page: number; pageCount: number; total: number }) {
  if (pageCount <= 1) return <p className="text-sm text-muted-foreground">{total.toLocaleString('en-IN')} {total === 1 ? 'product' : 'products'}</p>
  const link = (p: number) => `${href}?${new URLSearchParams({ ...searchParams, page: String(p) }).toString()}`
  return (
    <nav aria-label="Pages" className="flex flex-wrap items-center justify-between gap-3">
      <p className="text-sm text-muted-foreground">
        Page {page} of {pageCount} · {total.toLocaleString('en-IN')} products
      </p>
      <div className="flex gap-2">
        {page > 1 ? (
          <Button asChild variant="outline" size="sm">
            <Link href={link(page - 1)} rel="prev">
              <ChevronLeftIcon aria-hidden="true" /> Previous
            </Link>
          </Button>
        ) : null}
        {page < pageCount ? (
          <Button asChild variant="outline" size="sm">
            <Link href={link(page + 1)} rel="next">
              Next <ChevronRightIcon aria-hidden="true" />
            </Link>
          </Button>
        ) : null}
      </div>
    </nav>
  )
}
