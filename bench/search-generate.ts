import { sql } from 'drizzle-orm'
import type { Db } from '@/db/client'
import { executeRows } from '@/db/queries/execute-rows'
import { CATEGORY_TREE } from '@/db/seed/data/categories'
import { CITIES, FAMILIES, SENTENCES, STORE_WORDS } from './search-vocabulary'

export type GenerateTimings = { productsMs: number; indexesMs: number; dictionaryMs: number; analyzeMs: number; terms: number }

const BULK_INDEXES = {
  products_search_idx: 'CREATE INDEX products_search_idx ON products USING gin (search_vector)',
  products_title_trgm_idx: 'CREATE INDEX products_title_trgm_idx ON products USING gin (title gin_trgm_ops)',
}

/**
 * Fills an empty, migrated database with `count` products in SQL (INSERT … SELECT over
 * generate_series, in chunks that run `parallel` at a time), the way a restore would: the GIN
 * indexes are dropped first and built once at the end.
 */
export async function generateCatalogue(
  db: Db,
  count: number,
  options: { parallel: number; log: (msg: string) => void },
): Promise<GenerateTimings> {
  const { log } = options
  await insertStoresAndCategories(db, Math.max(42, Math.round(count / 2000)))
  await createFamilies(db)

  for (const name of Object.keys(BULK_INDEXES)) await db.execute(sql.raw(`DROP INDEX IF EXISTS ${name}`))
  let started = Date.now()
  const chunk = 50_000
  const ranges: [number, number][] = []
  for (let from = 1; from <= count; from += chunk) ranges.push([from, Math.min(count, from + chunk - 1)])
  let done = 0
  await runPool(ranges, options.parallel, async ([from, to]) => {
    await db.execute(insertChunk(from, to))
    done += to - from + 1
    if (ranges.length > 1) log(`  ${done.toLocaleString('en-IN')} / ${count.toLocaleString('en-IN')} products (${((Date.now() - started) / 1000).toFixed(0)} s)`)
  })
  const productsMs = Date.now() - started

  started = Date.now()
  // PGlite runs in a 32-bit WebAssembly heap: keep its index builds smaller.
  await db.execute(sql.raw(`SET maintenance_work_mem = '${options.parallel > 1 ? '512MB' : '128MB'}'`))
  await runPool(Object.values(BULK_INDEXES), options.parallel, (ddl) => db.execute(sql.raw(ddl)))
  const indexesMs = Date.now() - started

  started = Date.now()
  const [terms] = await executeRows<{ n: number }>(db, sql`select rebuild_search_terms() as n`)
  const dictionaryMs = Date.now() - started

  started = Date.now()
  await db.execute(sql`DROP TABLE bench_families`)
  await db.execute(sql`VACUUM ANALYZE products`)
  await db.execute(sql`VACUUM ANALYZE search_terms`)
  await db.execute(sql`ANALYZE`)
  const analyzeMs = Date.now() - started
  return { productsMs, indexesMs, dictionaryMs, analyzeMs, terms: Number(terms?.n ?? 0) }
}

async function runPool<T>(items: readonly T[], parallel: number, fn: (item: T) => Promise<unknown>) {
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++]
      if (item !== undefined) await fn(item)
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, parallel) }, worker))
}

async function insertStoresAndCategories(db: Db, storeCount: number) {
  await db.execute(sql`insert into users (id, name, email, role) values ('00000000-0000-4000-8000-000000000001', 'Bench Seller', 'bench@haat.dev', 'user')`)
  for (const [position, root] of CATEGORY_TREE.entries()) {
    await db.execute(sql`insert into categories (name, slug, path, depth, position) values (${root.name}, ${root.slug}, ${root.slug}, 0, ${position})`)
    for (const [i, child] of root.children.entries())
      await db.execute(sql`insert into categories (parent_id, name, slug, path, depth, position)
        select id, ${child.name}, ${child.slug}, ${`${root.slug}/${child.slug}`}, 1, ${i} from categories where slug = ${root.slug}`)
  }
  // Store n sells family n % families; about 3% are pending and 2% suspended, whose products must never show.
  await db.execute(sql`
    insert into stores (owner_id, name, slug, status, pickup_name, pickup_phone, pickup_line1, pickup_city, pickup_state, pickup_pin)
    select '00000000-0000-4000-8000-000000000001',
      (${sql.param(CITIES)}::text[])[1 + n % ${CITIES.length}] || ' ' || (${sql.param(STORE_WORDS)}::text[])[1 + (n / 7) % ${STORE_WORDS.length}] || ' ' || n,
      'bench-store-' || n,
      (case when n % 33 = 5 then 'pending' when n % 50 = 7 then 'suspended' else 'approved' end)::store_status,
      'Bench', '+919876543210', 'Line 1', 'Jaipur', 'Rajasthan', '302001'
    from generate_series(0, ${storeCount - 1}) n`)
}

async function createFamilies(db: Db) {
  await db.execute(sql`create unlogged table bench_families (
    fid int primary key, category_id uuid, brands text[], styles text[], materials text[], nouns text[], variants text[],
    details text[], tags text[], price_min int, price_max int, stores uuid[])`)
  for (const [fid, f] of FAMILIES.entries()) {
    await db.execute(sql`insert into bench_families
      select ${fid}, (select id from categories where path = ${f.path}), ${sql.param(f.brands)}::text[], ${sql.param(f.styles)}::text[], ${sql.param(f.materials)}::text[],
        ${sql.param(f.nouns)}::text[], ${sql.param(f.variants)}::text[], ${sql.param(f.details)}::text[], ${sql.param(f.tags)}::text[], ${f.price[0]}, ${f.price[1]},
        array(select id from stores where (substring(slug from 13))::int % ${FAMILIES.length} = ${fid})`)
  }
}

/** Deterministic per (row, slot): the same N always gives the same catalogue. */
const u = (slot: number) => sql.raw(`((hashint8(g.i * 64 + ${slot}) & 2147483647)::float8 / 2147483648)`)
const pick = (arr: string, slot: number, presence = 1) =>
  sql.raw(
    `(case when cardinality(${arr}) = 0 or ${presence < 1 ? `((hashint8(g.i * 64 + ${slot + 32}) & 2147483647)::float8 / 2147483648) >= ${presence}` : 'false'} then null ` +
      `else ${arr}[1 + floor(((hashint8(g.i * 64 + ${slot}) & 2147483647)::float8 / 2147483648) * cardinality(${arr}))::int] end)`,
  )

// Made-up collection names ("Kamisu", "Ravelo"): a long tail of rare words, as a real catalogue's
// model and brand names give the dictionary (13,824 possible).
const SYLLABLES = ['ka', 'ra', 'mi', 'su', 'ta', 've', 'no', 'li', 'pa', 'de', 'ro', 'ni', 'sha', 'vi', 'ma', 'ya', 'lo', 'gu', 'ti', 'ba', 'ne', 'ku', 'ha', 'jo']
const syllable = (slot: number) => sql.raw(`(array[${SYLLABLES.map((x) => `'${x}'`).join(',')}])[1 + floor(((hashint8(g.i * 64 + ${slot}) & 2147483647)::float8 / 2147483648) * ${SYLLABLES.length})::int]`)
const collectionName = sql`initcap(${syllable(25)} || ${syllable(26)} || ${syllable(27)})`

function insertChunk(from: number, to: number) {
  const sentences = sql`${sql.param(SENTENCES)}::text[]`
  const cities = sql`${sql.param(CITIES)}::text[]`
  const sentence = (slot: number) =>
    sql`replace(replace((${sentences})[1 + floor(${u(slot)} * ${SENTENCES.length})::int], '{noun}', lower(w.noun)), '{city}', w.city)`
  return sql`
    insert into products (store_id, category_id, title, slug, description, price_paise, compare_at_paise, stock, tags,
      visibility, status, rating_avg, rating_count, sold_count, created_at, updated_at)
    select f.stores[1 + floor(${u(1)} * cardinality(f.stores))::int], f.category_id, coalesce(nullif(w.title, ''), 'Product ' || g.i), 'bench-' || g.i,
      '<p>' || ${sentence(2)} || ' ' || ${sentence(3)} || '</p><ul><li>' || ${sentence(4)} || '</li><li>Made in ' || w.city || '</li></ul>',
      w.price, case when ${u(5)} < 0.3 then (w.price * (1.2 + ${u(6)} * 0.4))::int end,
      case when ${u(7)} < 0.12 then 0 else 1 + floor(${u(8)} * 200)::int end,
      f.tags || array_remove(array[lower(w.style), lower(w.material)], null),
      (case when ${u(9)} < 0.04 then 'draft' when ${u(9)} < 0.06 then 'private' else 'public' end)::product_visibility,
      (case when ${u(10)} < 0.01 then 'archived' when ${u(10)} < 0.015 then 'suspended' else 'active' end)::product_status,
      case when ${u(11)} < 0.8 then round((3 + ${u(12)} * 2)::numeric, 1)::real end,
      case when ${u(11)} < 0.8 then 1 + floor(${u(13)} ^ 3 * 2000)::int else 0 end,
      floor(${u(14)} ^ 4 * 5000)::int,
      now() - ${u(15)} * interval '365 days', now()
    from generate_series(${from}::int, ${to}::int) g(i)
    join bench_families f on f.fid = (hashint8(g.i * 64) & 2147483647) % ${FAMILIES.length}
    cross join lateral (
      select concat_ws(' ', ${pick('f.brands', 16, 0.9)}, ${pick('f.styles', 17, 0.8)}, ${pick('f.materials', 18, 0.7)},
          nullif(${pick('f.nouns', 19)}, ''), ${pick('f.variants', 20, 0.6)}, nullif(${pick('f.details', 21, 0.5)}, ''),
          case when ${u(24)} < 0.3 then ${collectionName} end) as title,
        coalesce(nullif(${pick('f.nouns', 19)}, ''), 'product') as noun,
        ${pick('f.styles', 17, 0.8)} as style, ${pick('f.materials', 18, 0.7)} as material,
        (${cities})[1 + floor(${u(22)} * ${CITIES.length})::int] as city,
        (f.price_min + floor(${u(23)} ^ 2 * (f.price_max - f.price_min)))::int * 100 as price
    ) w`
}
