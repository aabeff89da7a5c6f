import 'server-only'

import { revalidatePath } from 'next/cache'
import { getDb } from '@/db'
import { revalidateProducts } from '@/lib/catalog/revalidate'
import { refreshSearchIndex } from '@/lib/catalog/search-index'

/** After a product write commits: search index, public caches, and the studio's own pages. */
export async function afterProductWrite(storeId: string, productIds: readonly string[]) {
  if (productIds.length > 0) {
    try {
      await refreshSearchIndex(getDb(), [...productIds])
    } catch (error) {
      // The write is committed; a stale search entry must not turn it into a reported failure.
      console.error('[search-index] refresh failed', error)
    }
    revalidateProducts(storeId, productIds)
  }
  revalidatePath(`/studio/${storeId}`, 'layout')
}

/** Postgres error code of a failed query, through drizzle's wrapper. */
export function pgErrorCode(error: unknown): string | undefined {
  const e = error as { code?: string; cause?: { code?: string } }
  return e?.cause?.code ?? e?.code
}
