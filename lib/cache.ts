import 'server-only'

import { eq } from 'drizzle-orm'
import { unstable_cache } from 'next/cache'
import { getDb } from '@/db'
import { appMeta } from '@/db/schema'

const globalForCache = globalThis as unknown as { haatDbInstance?: Promise<string> }

/**
 * The cache outlives the process (it sits in .next/cache), but a database can be replaced under
 * it — a fresh embedded database, a restored backup — with new ids for the same slugs. Keying
 * every entry by the database's own random id keeps one database's rows from answering another.
 */
function databaseInstanceId(): Promise<string> {
  globalForCache.haatDbInstance ??= getDb()
    .select({ value: appMeta.value })
    .from(appMeta)
    .where(eq(appMeta.key, 'instance_id'))
    .then(([row]) => {
      if (!row) throw new Error('app_meta.instance_id is missing: run the migrations')
      return row.value
    })
    .catch((error: unknown) => {
      globalForCache.haatDbInstance = undefined
      throw error
    })
  return globalForCache.haatDbInstance
}

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
  return async (...args: Args) =>
    unstable_cache(() => fn(...args), [key, await databaseInstanceId(), JSON.stringify(args)], {
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
  show: (id: string) => `show:${id}`,
}
