// `npm run bench:search -- [--products 100000] [--pglite] [--pg postgres://…/<db>] [--iterations 30] [--keep] [--reuse]`
// Generates a catalogue, builds the dictionary, runs ANALYZE, then times 20 searches and three
// suggestion prefixes end to end (correction round trip included). Prints a table per database and
// writes bench/results/search-<driver>-<n>.json. The PostgreSQL database named in --pg is dropped
// and created afresh (local hosts only) and dropped again at the end unless --keep; --reuse times
// the queries again on a database a --keep run left (same --products), without generating.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { createDb, openPglite, wrapPglite, type DbHandle } from '@/db/client'
import { listCategoryNodes } from '@/db/queries/search'
import type { CategoryNode } from '@/lib/search/facets'
import { searchCatalogue } from '@/lib/search/search-catalogue'
import { suggest } from '@/lib/search/suggest'
import { searchInputSchema, type SearchInput } from '@/lib/validations/search'
import { generateCatalogue, type GenerateTimings } from './search-generate'

type Args = { products: number; pglite: boolean; pg: string | null; iterations: number; keep: boolean; reuse: boolean }

function parseArgs(argv: string[]): Args {
  const value = (name: string) => {
    const i = argv.indexOf(name)
    return i >= 0 ? argv[i + 1] : undefined
  }
  const pgUrl = value('--pg') ?? null
  const products = Number(value('--products') ?? 100_000)
  if (!Number.isInteger(products) || products < 1000) throw new Error('--products must be a whole number ≥ 1000')
  return {
    products,
    pg: pgUrl,
    pglite: argv.includes('--pglite') || !pgUrl,
    iterations: Number(value('--iterations') ?? 30),
    keep: argv.includes('--keep') || argv.includes('--reuse'),
    reuse: argv.includes('--reuse'),
  }
}

const QUERIES: { label: string; input: Partial<SearchInput> }[] = [
  { label: 'iphne 128', input: { q: 'iphne 128' } },
  { label: 'sare silk', input: { q: 'sare silk' } },
  { label: 'kurtha cotton', input: { q: 'kurtha cotton' } },
  { label: 'earbud', input: { q: 'earbud' } },
  { label: 'blue potery vase', input: { q: 'blue potery vase' } },
  { label: 'ayurvedic face oil', input: { q: 'ayurvedic face oil' } },
  { label: 'samsng galaxy', input: { q: 'samsng galaxy' } },
  { label: 'banarasi saree · fashion', input: { q: 'banarasi saree', category: 'fashion' } },
  { label: 'kundan necklace · ₹500–5,000', input: { q: 'kundan necklace', min: 500, max: 5000 } },
  { label: 'cast iron tawa · in stock', input: { q: 'cast iron tawa', inStock: true } },
  { label: 'wireless earbuds · 4★ · price ↑', input: { q: 'wireless earbuds', rating: 4, sort: 'price-asc' } },
  { label: 'madhubani painting · rating', input: { q: 'madhubani painting', sort: 'rating' } },
  { label: 'brass diya · price ↓', input: { q: 'brass diya', sort: 'price-desc' } },
  { label: 'saree · page 3', input: { q: 'saree', page: 3 } },
  { label: 'jaipur blue pottery', input: { q: 'jaipur blue pottery' } },
  { label: 'silk (broad)', input: { q: 'silk' } },
  { label: 'handmade (broad) · newest', input: { q: 'handmade', sort: 'newest' } },
  { label: '— · phones · newest', input: { category: 'phones', sort: 'newest' } },
  { label: '— · fashion · best selling', input: { category: 'fashion' } },
  { label: '— · store · ₹1,000+ · price ↑', input: { store: 'bench-store-6', min: 1000, sort: 'price-asc' } },
]
const PREFIXES = ['ipho', 'sar', 'blue pot']

type Row = { label: string; total: number; capped: boolean; corrected: string | null; min: number; p50: number; p95: number }

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0
const ms = (n: number) => Math.round(n * 10) / 10

async function time(fn: () => Promise<unknown>, iterations: number): Promise<number[]> {
  for (let i = 0; i < 3; i++) await fn()
  const samples: number[] = []
  for (let i = 0; i < iterations; i++) {
    const started = performance.now()
    await fn()
    samples.push(performance.now() - started)
  }
  return samples.sort((a, b) => a - b)
}

async function runQueries(handle: DbHandle, iterations: number) {
  const tree: CategoryNode[] = await listCategoryNodes(handle.db)
  const rows: Row[] = []
  const all: number[] = []
  for (const q of QUERIES) {
    const input = searchInputSchema.parse(q.input)
    const result = await searchCatalogue(handle.db, input, tree)
    const samples = await time(() => searchCatalogue(handle.db, input, tree), iterations)
    all.push(...samples)
    rows.push({ label: q.label, total: result.total, capped: result.capped, corrected: result.correctedQuery, min: ms(samples[0] ?? 0), p50: ms(percentile(samples, 50)), p95: ms(percentile(samples, 95)) })
  }
  const suggestions: Row[] = []
  for (const prefix of PREFIXES) {
    const result = await suggest(handle.db, prefix, tree)
    const samples = await time(() => suggest(handle.db, prefix, tree), iterations)
    suggestions.push({ label: `suggest "${prefix}"`, total: result.suggestions.length, capped: false, corrected: result.corrected, min: ms(samples[0] ?? 0), p50: ms(percentile(samples, 50)), p95: ms(percentile(samples, 95)) })
  }
  all.sort((a, b) => a - b)
  return { rows, suggestions, overall: { min: ms(all[0] ?? 0), p50: ms(percentile(all, 50)), p95: ms(percentile(all, 95)), max: ms(all.at(-1) ?? 0) } }
}

function printTable(title: string, rows: Row[], overall: { min: number; p50: number; p95: number; max: number }) {
  console.log(`\n${title}`)
  const head = ['query', 'matches', 'corrected to', 'min ms', 'p50 ms', 'p95 ms']
  const body = rows.map((r) => [r.label, r.capped ? `${r.total.toLocaleString('en-IN')}+` : r.total.toLocaleString('en-IN'), r.corrected ?? '', String(r.min), String(r.p50), String(r.p95)])
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => (b[i] ?? '').length)))
  const line = (cells: string[]) => cells.map((c, i) => (i >= 3 || i === 1 ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0))).join('  ')
  console.log(line(head))
  console.log(widths.map((w) => '-'.repeat(w)).join('  '))
  for (const b of body) console.log(line(b))
  console.log(`overall searches: p50 ${overall.p50} ms · p95 ${overall.p95} ms · max ${overall.max} ms`)
}

async function withPostgres(url: string, args: Args, fn: (handle: DbHandle) => Promise<void>) {
  const target = new URL(url)
  if (!['127.0.0.1', 'localhost', '::1', '[::1]'].includes(target.hostname)) throw new Error(`--pg must be a local PostgreSQL, not ${target.hostname}`)
  const name = target.pathname.slice(1)
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`--pg needs a plain database name to create, not "${name}"`)
  const adminUrl = new URL(url)
  adminUrl.pathname = '/postgres'
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: adminUrl.toString() })
    await client.connect()
    try {
      await client.query(statement)
    } finally {
      await client.end()
    }
  }
  if (!args.reuse) {
    await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
    await admin(`CREATE DATABASE ${name}`)
  }
  const handle = createDb({ driver: 'pg', url })
  try {
    await fn(handle)
  } finally {
    await handle.close()
    if (!args.keep) await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
  }
}

async function withPglite(keep: boolean, fn: (handle: DbHandle) => Promise<void>) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'haat-bench-search-'))
  const handle = wrapPglite(openPglite({ dataDir: path.join(dir, 'pglite') }))
  try {
    await fn(handle)
  } finally {
    await handle.close()
    if (keep) console.log(`PGlite data kept in ${dir}`)
    else fs.rmSync(dir, { recursive: true, force: true })
  }
}

async function bench(driver: 'pg' | 'pglite', handle: DbHandle, args: Args) {
  const log = (msg: string) => console.log(`[${driver}] ${msg}`)
  await handle.migrate()
  const started = Date.now()
  let generation: GenerateTimings | null = null
  if (!args.reuse) {
    log(`generating ${args.products.toLocaleString('en-IN')} products…`)
    generation = await generateCatalogue(handle.db, args.products, { parallel: driver === 'pg' ? 2 : 1, log })
  }
  const generationMs = Date.now() - started
  if (generation) {
    log(
      `generated in ${(generationMs / 1000).toFixed(1)} s (rows ${(generation.productsMs / 1000).toFixed(1)} s, GIN indexes ` +
        `${(generation.indexesMs / 1000).toFixed(1)} s, dictionary ${(generation.dictionaryMs / 1000).toFixed(1)} s for ` +
        `${generation.terms.toLocaleString('en-IN')} words, vacuum/analyze ${(generation.analyzeMs / 1000).toFixed(1)} s)`,
    )
  }
  const iterations = args.iterations
  // The machine may be shared: the load average says how much of it the timings had.
  const loadBefore = os.loadavg()[0] ?? 0
  const { rows, suggestions, overall } = await runQueries(handle, iterations)
  const load = { before: ms(loadBefore), after: ms(os.loadavg()[0] ?? 0) }
  printTable(`Search on ${driver}, ${args.products.toLocaleString('en-IN')} products, ${iterations} runs each after 3 warm-ups`, [...rows, ...suggestions], overall)
  log(`1-minute load average ${load.before} before, ${load.after} after (${os.cpus().length} CPUs)`)
  const file = path.join('bench', 'results', `search-${driver}-${args.products}${args.reuse ? '-rerun' : ''}.json`)
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(
    file,
    `${JSON.stringify({ driver, products: args.products, date: new Date().toISOString(), machine: { cpus: os.cpus().length, node: process.version, load }, iterations, generation: generation && { ...generation, totalMs: generationMs }, overall, queries: rows, suggestions }, null, 2)}\n`,
  )
  log(`wrote ${file}`)
}

const args = parseArgs(process.argv.slice(2))
if (args.pg) {
  const url = args.pg
  await withPostgres(url, args, (handle) => bench('pg', handle, args))
}
if (args.pglite && !args.reuse) await withPglite(args.keep, (handle) => bench('pglite', handle, args))
