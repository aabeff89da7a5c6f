import Link from 'next/link'
import { SearchXIcon } from 'lucide-react'
import { EmptyState } from '@/components/layout/empty-state'
import { Button } from '@/components/ui/button'
import { getCategoryTree, type SearchResults } from '@/lib/dal/search'
import { hasFilters, searchHref } from '@/lib/search/params'
import type { SearchInput } from '@/lib/validations/search'

/** No results: say why it may be, and offer the ways on — fewer filters, other words, categories. */
export async function SearchEmpty({ input, results, className }: { input: SearchInput; results: SearchResults; className?: string }) {
  const filtered = hasFilters(input)
  const beyondLastPage = input.page > 1 && results.total > 0
  const roots = (await getCategoryTree()).filter((c) => c.parentId === null)
  const title = beyondLastPage
    ? 'No more results'
    : input.q
      ? `Nothing found for “${input.q}”${filtered ? ' with these filters' : ''}`
      : 'Nothing matches these filters'

  return (
    <EmptyState
      icon={SearchXIcon}
      title={title}
      className={className}
      description={
        beyondLastPage ? (
          'This page is past the last one.'
        ) : (
          <ul className="flex flex-col gap-1">
            {filtered ? <li>Remove a filter or two — the chips above each have a ×.</li> : null}
            {input.q ? <li>Check the spelling, or try a shorter or more general word (“saree” rather than “red silk saree”).</li> : null}
            <li>Or browse a category:</li>
          </ul>
        )
      }
      action={
        <div className="flex max-w-xl flex-col items-center gap-4">
          <div className="flex flex-wrap justify-center gap-2">
            {beyondLastPage ? (
              <Button asChild>
                <Link href={searchHref('/search', { ...input, page: 1 })}>Back to the first page</Link>
              </Button>
            ) : null}
            {filtered && !beyondLastPage ? (
              <Button asChild>
                <Link href={searchHref('/search', { q: input.q })}>Clear all filters</Link>
              </Button>
            ) : null}
          </div>
          {!beyondLastPage ? (
            <ul aria-label="Categories" className="flex flex-wrap justify-center gap-2">
              {roots.map((c) => (
                <li key={c.slug}>
                  <Button asChild variant="outline" size="sm" className="rounded-full">
                    <Link href={`/c/${c.path}`}>{c.name}</Link>
                  </Button>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      }
    />
  )
}
