import type { productMedia, productVariants, products } from '@/db/schema'
import { slugify } from '@/lib/validations/common'
import { shortName, type ProductArt } from './artwork'
import { COLOURS, colourHex, type ColourName } from './data/colours'
import { BEAUTY } from './data/products-beauty'
import { ELECTRONICS } from './data/products-electronics'
import { FASHION } from './data/products-fashion'
import { HANDICRAFTS } from './data/products-handicrafts'
import { HOME } from './data/products-home'
import type { StoreKey } from './data/stores'
import type { ItemSeed, OptionSpec, SubcategorySeed } from './data/types'
import { shopPrice, type Rng } from './random'

export const SUBCATEGORY_SEEDS: readonly SubcategorySeed[] = [...FASHION, ...ELECTRONICS, ...BEAUTY, ...HOME, ...HANDICRAFTS]

type ProductRow = typeof products.$inferInsert
type VariantRow = typeof productVariants.$inferInsert & { id: string }
type MediaRow = typeof productMedia.$inferInsert

export type BuiltProduct = {
  row: ProductRow & { id: string; slug: string; pricePaise: number }
  store: StoreKey
  categoryPath: string
  variants: VariantRow[]
  media: MediaRow[]
  art: ProductArt
}

export type CatalogContext = {
  rng: Rng
  now: Date
  stores: Record<StoreKey, { id: string; name: string; skuPrefix: string; city: string }>
  categories: Map<string, { id: string; name: string }>
  /** Deterministic ids (see plan.ts), so a re-seeded database has the same ones. */
  newId: () => string
}

// Words that tests search for must stay findable: their products are never drafts or sold out.
const SEARCH_TARGETS = /saree|kurta|iphone|earbuds|lehenga/i
const DAY = 86_400_000

export function buildCatalog(ctx: CatalogContext): BuiltProduct[] {
  const { rng } = ctx
  const out: BuiltProduct[] = []
  const slugs = new Set<string>()
  let index = 0
  for (const sub of SUBCATEGORY_SEEDS) {
    const store = ctx.stores[sub.store]
    const category = ctx.categories.get(sub.path)
    if (!category) throw new Error(`Seed category missing: ${sub.path}`)
    sub.items.forEach((item, j) => {
      const i = index++
      const [title, priceRupees, mrpRupees] = item
      const special = j > 0 && !SEARCH_TARGETS.test(title)
      const specs = optionSpecsFor(sub, item, rng)
      const options = specs.map((spec) => ({ spec, values: optionValues(spec, rng) }))
      const pricePaise = priceRupees * 100
      const compareAtPaise = compareAt(mrpRupees, priceRupees, rng)
      const sku = `${store.skuPrefix}-${sub.sku}-${String(j + 1).padStart(3, '0')}`
      const stockPlan = !special ? 'normal' : i % 23 === 7 ? 'out' : i % 19 === 3 ? 'low' : 'normal'
      const id = ctx.newId()
      const slug = uniqueSlug(title, rng, slugs)

      const variants: VariantRow[] = []
      if (options.length > 0) {
        const combos = cartesian(options.map((o) => o.values.map((v, k) => ({ value: v, extra: o.spec.extraRupees?.[k] ?? 0 }))))
        const lowIndex = rng.int(0, combos.length - 1)
        combos.forEach((combo, position) => {
          const extra = combo.reduce((sum, c) => sum + c.extra, 0) * 100
          const stock = stockPlan === 'out' ? 0 : stockPlan === 'low' ? (position === lowIndex ? rng.int(1, 3) : 0) : variantStock(rng, !special)
          variants.push({
            id: ctx.newId(),
            productId: id,
            optionValues: combo.map((c) => c.value),
            title: combo.map((c) => c.value).join(' / '),
            sku: `${sku}-${combo.map((c) => c.value.toUpperCase().replace(/[^A-Z0-9]/g, '')).join('-')}`,
            pricePaise: pricePaise + extra,
            compareAtPaise: compareAtPaise === null ? null : compareAtPaise + extra,
            stock,
            position,
          })
        })
      }
      const stock =
        variants.length > 0
          ? variants.reduce((sum, v) => sum + (v.stock ?? 0), 0)
          : stockPlan === 'out' ? 0 : stockPlan === 'low' ? rng.int(1, 4) : productStock(rng)

      const colourOption = options.find((o) => o.spec.colours)
      const swatchNames: string[] = colourOption ? colourOption.values : [rng.pick(sub.tints)]
      const swatches = swatchNames.map((name) => ({ name, hex: colourHex(name) ?? COLOURS.Grey }))
      const imageCount = colourOption && colourOption.values.length > 1 ? 3 : i % 10 === 0 ? 3 : 2
      // Targets only: orders.ts gives the product about this many reviews around this average, then
      // stores the real count, average and units sold from the seeded orders and reviews.
      const ratingCount = rng.chance(0.12) ? 0 : Math.floor(rng.next() ** 2 * 900) + 3
      const createdAt = new Date(ctx.now.getTime() - Math.floor(rng.next() * 120 * DAY) - i * 60_000)
      const [l, b, h] = sub.dims
      const media: MediaRow[] = Array.from({ length: imageCount }, (_, k) => ({
        productId: id,
        kind: 'image' as const,
        key: `seed/${slug}-${k + 1}.webp`,
        url: `/files/seed/${slug}-${k + 1}.webp`,
        alt: k === 0 ? title : k === 1 ? `${title}: detail` : `${title}: colours and finish`,
        width: 800,
        height: 800,
        position: k,
      }))

      out.push({
        store: sub.store,
        categoryPath: sub.path,
        variants,
        media,
        art: {
          slug,
          title,
          root: sub.path.split('/')[0] ?? '',
          categoryName: category.name,
          storeName: store.name,
          city: store.city,
          motif: sub.motif,
          swatches,
          imageCount,
        },
        row: {
          id,
          storeId: store.id,
          categoryId: category.id,
          title,
          slug,
          description: describe(sub, title, store.city, rng),
          pricePaise,
          compareAtPaise,
          sku,
          stock,
          lowStockThreshold: 5,
          weightGrams: Math.round(rng.int(sub.weightGrams[0], sub.weightGrams[1]) / 10) * 10,
          lengthCm: l,
          breadthCm: b,
          heightCm: h,
          tags: tagsFor(sub, title),
          options: options.map((o) => ({ name: o.spec.name, values: o.values })),
          visibility: special && i % 37 === 11 ? 'draft' : 'public',
          status: 'active',
          availableInLives: !(special && i % 9 === 5),
          ratingAvg: ratingCount === 0 ? null : Math.round((3.6 + rng.next() * 1.35) * 10) / 10,
          ratingCount,
          soldCount: ratingCount * rng.int(2, 6) + rng.int(0, 40),
          createdAt,
          updatedAt: createdAt,
        },
      })
    })
  }
  return out
}

function optionSpecsFor(sub: SubcategorySeed, item: ItemSeed, rng: Rng): readonly OptionSpec[] {
  const override = item[3]
  if (override === false) return []
  if (override) return override
  if (!sub.options || !rng.chance(sub.variantShare ?? 0)) return []
  return sub.options
}

function optionValues(spec: OptionSpec, rng: Rng): string[] {
  if (spec.values) return [...spec.values]
  const pool: readonly ColourName[] = spec.colours ?? []
  return rng.sample(pool, Math.min(pool.length, spec.pick ?? 2))
}

function cartesian<T>(lists: readonly (readonly T[])[]): T[][] {
  return lists.reduce<T[][]>((acc, list) => acc.flatMap((prefix) => list.map((v) => [...prefix, v])), [[]])
}

function compareAt(mrp: number | null | undefined, price: number, rng: Rng): number | null {
  if (mrp && mrp > price) return mrp * 100
  if (mrp === null || !rng.chance(0.25)) return null
  const raised = shopPrice(price * (1.15 + rng.next() * 0.35))
  return raised > price ? raised * 100 : null
}

function productStock(rng: Rng): number {
  return rng.chance(0.7) ? rng.int(8, 60) : rng.int(61, 200)
}

function variantStock(rng: Rng, healthy: boolean): number {
  if (healthy) return rng.int(5, 30)
  return rng.chance(0.08) ? 0 : rng.int(2, 25)
}

function uniqueSlug(title: string, rng: Rng, taken: Set<string>): string {
  for (;;) {
    const slug = `${slugify(title)}-${Math.floor(rng.next() * 36 ** 4).toString(36).padStart(4, '0')}`
    if (!taken.has(slug)) {
      taken.add(slug)
      return slug
    }
  }
}

const TAG_WORDS = ['silk', 'cotton', 'linen', 'leather', 'brass', 'wooden', 'handloom', 'handmade', 'kantha', 'banarasi', 'refurbished', 'wireless', 'organic', 'ayurvedic', 'steel', 'cast iron', 'terracotta', 'oxidised']

function tagsFor(sub: SubcategorySeed, title: string): string[] {
  const lower = title.toLowerCase()
  return [...new Set([...sub.tags, ...TAG_WORDS.filter((w) => lower.includes(w))])]
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[ch] ?? ch)
}

function describe(sub: SubcategorySeed, title: string, city: string, rng: Rng): string {
  const intro = rng.pick(sub.intros).replace('{title}', shortName(title))
  const bullets = rng.sample(sub.bullets, Math.min(sub.bullets.length, rng.int(3, 4)))
  return (
    `<p>${escapeHtml(intro)}</p>` +
    `<ul>${bullets.map((b) => `<li>${escapeHtml(b)}</li>`).join('')}</ul>` +
    `<p>Ships from ${escapeHtml(city)} within ${rng.pick(['1 business day', '2 business days', '3 business days'])}.</p>`
  )
}
