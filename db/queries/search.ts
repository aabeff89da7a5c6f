import { sql, type SQL } from 'drizzle-orm'
import type { DbOrTx } from '@/db/client'
import { categories, products, stores } from '@/db/schema'
import { PRICE_BUCKETS } from '@/lib/search/facets'
import type { SearchSort } from '@/lib/validations/search'
import { executeRows } from './execute-rows'
import { hitJson, orderSql, publicOnly, tsQuery, whereSql, type SearchFilters, type SearchText } from './search-sql'

export type { SearchFilters, SearchText }

/**
 * Above this many matches a search stops counting (the page says "2,500+"), counts facets over the
 * first 2,500 matches only (so each count is a lower bound), and orders the page through the sort's
 * index instead of ranking every match: each match costs a heap visit, so this bounds the work at
 * any catalogue size. It is about what the pages can show (100 × 24) (docs/decisions/0006-search.md).
 */
export const MATCH_CAP = 2_500

export type ProductSearchParams = {
  text: SearchText | null
  filters: SearchFilters
  sort: SearchSort
  page: number
  pageSize: number
  /** Tests lower it to exercise the capped path; everyone else leaves it at MATCH_CAP. */
  matchCap?: number
}

export type SearchHit = {
  id: string
  slug: string
  title: string
  pricePaise: number
  compareAtPaise: number | null
  stock: number
  ratingAvg: number | null
  ratingCount: number
  storeName: string
  storeSlug: string
  imageUrl: string | null
}

export type SearchFacetCounts = {
  categories: { categoryId: string; count: number }[]
  stores: { slug: string; name: string; count: number }[]
  /** One count per PRICE_BUCKETS entry, bounds inclusive like the price filter. */
  prices: number[]
  /** Products rated at least 4, 3 and 2 stars. */
  ratings: { min: number; count: number }[]
  inStock: number
}

export type ProductSearchResult = {
  /** Exact when `capped` is false; otherwise MATCH_CAP ("2,500+"). */
  total: number
  capped: boolean
  hits: SearchHit[]
  facets: SearchFacetCounts
}

const priceBucketCounts = sql.join(
  PRICE_BUCKETS.map((b) => {
    const lo = b.min === null ? sql`true` : sql`price_paise >= ${b.min * 100}`
    const hi = b.max === null ? sql`true` : sql`price_paise <= ${b.max * 100}`
    return sql`count(*) filter (where ${lo} and ${hi})::int`
  }),
  sql`, `,
)

/**
 * One round trip: the matches (at most MATCH_CAP + 1, ranked when there are words) are
 * materialised once, and the page, the total and every facet are read from them.
 */
export async function searchProductRows(db: DbOrTx, params: ProductSearchParams): Promise<ProductSearchResult> {
  const q = tsQuery(params.text)
  const sort: SearchSort = params.sort === 'relevance' && !q ? 'bestselling' : params.sort
  // Ranking reads every match's vector: only worth it when the page is ordered by it.
  const rank = q && sort === 'relevance' ? sql`ts_rank_cd(${products.searchVector}, ${q})` : sql`0::real`
  const offset = (params.page - 1) * params.pageSize
  const cap = params.matchCap ?? MATCH_CAP
  const [row] = await executeRows<{
    total: number
    hits: SearchHit[] | null
    categories: SearchFacetCounts['categories'] | null
    stores: SearchFacetCounts['stores'] | null
    summary: { prices: number[]; ratings: number[]; in_stock: number }
  }>(
    db,
    sql`
    with matched as materialized (
      select ${products.id} as id, ${products.categoryId} as category_id, ${products.storeId} as store_id,
        ${products.pricePaise} as price_paise, ${products.ratingAvg} as rating_avg, ${products.ratingCount} as rating_count,
        ${products.stock} as stock, ${products.soldCount} as sold_count, ${products.createdAt} as created_at, ${rank} as rank
      from ${products} inner join ${stores} on ${stores.id} = ${products.storeId}
      where ${whereSql(params.text, params.filters)}
      limit ${cap + 1}
    ),
    page as (select * from matched m order by ${orderSql(sort, 'm')} limit ${params.pageSize} offset ${offset})
    select
      (select count(*)::int from matched) as total,
      (select json_agg(${hitJson} order by ${orderSql(sort, 'page')})
        from page join ${products} on ${products.id} = page.id join ${stores} on ${stores.id} = ${products.storeId}) as hits,
      (select json_agg(json_build_object('categoryId', category_id, 'count', n))
        from (select category_id, count(*)::int as n from matched where category_id is not null group by 1) c) as categories,
      (select json_agg(json_build_object('slug', ${stores.slug}, 'name', ${stores.name}, 'count', t.n) order by t.n desc, ${stores.name})
        from (select store_id, count(*)::int as n from matched group by 1 order by 2 desc, 1 limit 12) t
        join ${stores} on ${stores.id} = t.store_id) as stores,
      (select json_build_object(
          'prices', json_build_array(${priceBucketCounts}),
          'ratings', json_build_array(count(*) filter (where rating_avg >= 4)::int, count(*) filter (where rating_avg >= 3)::int,
            count(*) filter (where rating_avg >= 2)::int),
          'in_stock', count(*) filter (where stock > 0)::int)
        from matched) as summary`,
  )
  if (!row) throw new Error('Search returned no row')
  const capped = row.total > cap
  const hits = capped ? await orderedPage(db, params, sort) : (row.hits ?? [])
  return {
    total: Math.min(row.total, cap),
    capped,
    hits,
    facets: {
      categories: row.categories ?? [],
      stores: row.stores ?? [],
      prices: row.summary.prices,
      ratings: [4, 3, 2].map((min, i) => ({ min, count: row.summary.ratings[i] ?? 0 })),
      inStock: row.summary.in_stock,
    },
  }
}

/** How far down the sort's index a broad search looks for its page before sorting every match. */
const WALK_ROWS = 8_000

/**
 * The page for a search known to match more than the cap. Ranking would need every match, so
 * relevance falls back to best selling. With that many matches the page is usually among the first
 * few thousand products in the sort's order, so it walks the sort's partial index for at most
 * WALK_ROWS products, testing each (PostgreSQL cannot push the tests below the LIMIT, so it must
 * walk). Left to itself the planner rarely walks: it multiplies the words' frequencies as if
 * independent ("jaipur blue pottery": 371 rows expected, 12,138 found) and would read every match
 * through the GIN index. When the walk comes up short — the matches sit far down the order, as
 * brass lamps do under "price: high to low" behind every phone — the planner sorts every match.
 */
async function orderedPage(db: DbOrTx, params: ProductSearchParams, sort: SearchSort): Promise<SearchHit[]> {
  const order: SearchSort = sort === 'relevance' ? 'bestselling' : sort
  const offset = (params.page - 1) * params.pageSize
  const page = (from: SQL) =>
    executeRows<{ hit: SearchHit }>(
      db,
      sql`
      select ${hitJson} as hit
      from (
        select ${products.id} as id, ${products.soldCount} as sold_count, ${products.createdAt} as created_at,
          ${products.pricePaise} as price_paise, ${products.ratingAvg} as rating_avg, ${products.ratingCount} as rating_count
        from ${from} inner join ${stores} on ${stores.id} = ${products.storeId}
        where ${whereSql(params.text, params.filters)}
        order by ${orderSql(order, 'products')}
        limit ${params.pageSize} offset ${offset}
      ) page
      join ${products} on ${products.id} = page.id join ${stores} on ${stores.id} = ${products.storeId}
      order by ${orderSql(order, 'page')}`,
    ).then((rows) => rows.map((r) => r.hit))

  if (offset + params.pageSize < WALK_ROWS) {
    // Named `products`, so the conditions read the walked rows.
    const walked = await page(sql`(select * from ${products} where ${publicOnly}
      order by ${orderSql(order, 'products')} limit ${WALK_ROWS}) as ${products}`)
    if (walked.length === params.pageSize) return walked
  }
  return page(sql`${products}`)
}

/** The whole category tree, for facets and the subtree filter: a few hundred rows at most. */
export async function listCategoryNodes(db: DbOrTx) {
  return db
    .select({
      id: categories.id,
      parentId: categories.parentId,
      slug: categories.slug,
      name: categories.name,
      path: categories.path,
    })
    .from(categories)
    .orderBy(categories.depth, categories.position, categories.name)
}
