import 'server-only'

import { unstable_cache } from 'next/cache'

/**
 * Public reads are cached across requests and invalidated by per-entity tags
 * (`product:<id>`, `store:<id>`, `category:<slug>`, `catalog`). We stay on `unstable_cache`
 * rather than Cache Components: those prerender `'use cache'` scopes during `next build`, and the
 * build must never open the database (docs/decisions/0005-public-read-cache.md).
 *
 * Results are stored as JSON: return plain data (ISO strings, not Dates), or the first cached
 * hit will not match the type the first call returned.
 */
export function cachedRead<Args extends unknown[], R>(
  fn: (...args: Args) => Promise<R>,
  key: string,
  options: { tags: (...args: Args) => string[]; revalidateSeconds?: number },
): (...args: Args) => Promise<R> {
  return (...args: Args) =>
    unstable_cache(() => fn(...args), [key, JSON.stringify(args)], {
      tags: options.tags(...args),
      revalidate: options.revalidateSeconds ?? 300,
    })()
}

export const tags = {
  catalog: 'catalog',
  product: (id: string) => `product:${id}`,
  store: (id: string) => `store:${id}`,
  category: (slug: string) => `category:${slug}`,
  shows: 'shows',
}
