import 'server-only'

import { revalidateTag } from 'next/cache'
import { tags } from '@/lib/cache'

/**
 * Call after a product write commits: public pages that show these products, the store's pages
 * and listings (home, category, search) refresh on their next request.
 */
export function revalidateProducts(storeId: string, productIds: readonly string[]) {
  for (const id of productIds) revalidateTag(tags.product(id), 'max')
  revalidateTag(tags.store(storeId), 'max')
  revalidateTag(tags.catalog, 'max')
}

export function revalidateStore(storeId: string) {
  revalidateTag(tags.store(storeId), 'max')
  revalidateTag(tags.catalog, 'max')
}
