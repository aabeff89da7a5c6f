/** Price buckets in whole rupees: [min, max) with null for open ends; the URL carries rupees too. */
export const PRICE_BUCKETS: readonly { min: number | null; max: number | null }[] = [
  { min: null, max: 500 },
  { min: 500, max: 1000 },
  { min: 1000, max: 2500 },
  { min: 2500, max: 5000 },
  { min: 5000, max: 10000 },
  { min: 10000, max: 25000 },
  { min: 25000, max: null },
]

/** Inner bucket edges in paise, for SQL's width_bucket (bucket 0 is below the first edge). */
export const PRICE_BUCKET_EDGES_PAISE: readonly number[] = PRICE_BUCKETS.slice(1).map((b) => (b.min ?? 0) * 100)

export type CategoryNode = { id: string; parentId: string | null; slug: string; name: string; path: string }

/** The category at `path` and every category below it: a prefix match on the slash-joined path. */
export function subtreeIds(categories: readonly CategoryNode[], path: string): string[] {
  return categories.filter((c) => c.path === path || c.path.startsWith(`${path}/`)).map((c) => c.id)
}

export type CategoryFacet = {
  /** The selected category and its ancestors, root first (empty when none is selected). */
  trail: { slug: string; name: string }[]
  /** Roots when nothing is selected, else the selected category's children; only those with matches. */
  options: { slug: string; name: string; count: number }[]
}

/**
 * Rolls per-category match counts up the tree: a root counts the matches in all its
 * subcategories. Categories are few (hundreds), so this runs here rather than in SQL.
 */
export function buildCategoryFacet(
  categories: readonly CategoryNode[],
  countsById: ReadonlyMap<string, number>,
  selectedSlug: string | null,
): CategoryFacet {
  const selected = selectedSlug ? categories.find((c) => c.slug === selectedSlug) : undefined
  const byPath = new Map(categories.map((c) => [c.path, c]))
  const trail: CategoryFacet['trail'] = []
  if (selected) {
    const parts = selected.path.split('/')
    for (let i = 1; i <= parts.length; i++) {
      const node = byPath.get(parts.slice(0, i).join('/'))
      if (node) trail.push({ slug: node.slug, name: node.name })
    }
  }

  const countsByPath = new Map<string, number>()
  for (const c of categories) {
    const n = countsById.get(c.id)
    if (n) countsByPath.set(c.path, n)
  }
  const subtreeCount = (path: string) => {
    let total = 0
    for (const [p, n] of countsByPath) if (p === path || p.startsWith(`${path}/`)) total += n
    return total
  }

  const parentId = selected?.id ?? null
  const options = categories
    .filter((c) => c.parentId === parentId)
    .map((c) => ({ slug: c.slug, name: c.name, count: subtreeCount(c.path) }))
    .filter((o) => o.count > 0)
  return { trail, options }
}

/** "Under ₹500", "₹500 – ₹1,000", "Over ₹25,000". */
export function priceBucketLabel(bucket: { min: number | null; max: number | null }, format: (paise: number) => string): string {
  if (bucket.min === null && bucket.max !== null) return `Under ${format(bucket.max * 100)}`
  if (bucket.max === null && bucket.min !== null) return `Over ${format(bucket.min * 100)}`
  return `${format((bucket.min ?? 0) * 100)} – ${format((bucket.max ?? 0) * 100)}`
}
