import 'server-only'

import type { ProductCardData } from '@/components/product/product-card'
import { getDb } from '@/db'
import { listCategoryNodes } from '@/db/queries/search'
import { cachedRead, tags } from '@/lib/cache'
import { searchCatalogue } from '@/lib/search/search-catalogue'
import { suggest } from '@/lib/search/suggest'
import type { SearchInput } from '@/lib/validations/search'

/** The category tree changes only through the admin; `catalog` refreshes it with everything else. */
export const getCategoryTree = cachedRead(() => listCategoryNodes(getDb()), 'category-tree', {
  tags: () => [tags.catalog],
  revalidateSeconds: 3600,
})

async function loadSearch(input: SearchInput) {
  const { hits, ...outcome } = await searchCatalogue(getDb(), input, await getCategoryTree())
  return {
    ...outcome,
    products: hits.map(
      (h): ProductCardData => ({
        id: h.id,
        slug: h.slug,
        title: h.title,
        pricePaise: h.pricePaise,
        compareAtPaise: h.compareAtPaise,
        storeName: h.storeName,
        storeSlug: h.storeSlug,
        ratingAvg: h.ratingAvg,
        ratingCount: h.ratingCount,
        inStock: h.stock > 0,
        image: h.imageUrl ? { url: h.imageUrl, alt: h.title } : null,
      }),
    ),
  }
}

/**
 * Shared by every visitor who asks the same thing; refreshed with the catalogue (every product
 * write revalidates `catalog`) and at least every two minutes.
 */
export const getSearchResults = cachedRead(loadSearch, 'search', {
  tags: () => [tags.catalog],
  revalidateSeconds: 120,
})

export type SearchResults = Awaited<ReturnType<typeof getSearchResults>>

/** Suggestions per typed prefix: shared by everyone typing it, for five minutes at most. */
export const getSuggestions = cachedRead(async (q: string) => suggest(getDb(), q, await getCategoryTree()), 'search-suggest', {
  tags: () => [tags.catalog],
  revalidateSeconds: 300,
})
