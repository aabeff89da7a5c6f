import { MAX_OPTIONS } from '@/lib/domain/product-variants'
import { slugify } from '@/lib/validations/common'
import { productSchema, type ProductFormValues, type ProductInput } from '@/lib/validations/product'
import { type CategoryRef, type CsvColumn, type CsvIssue, type CsvRow, optionName, optionValue } from './product-csv'

export type KeptProductField =
  | 'title' | 'description' | 'categoryId' | 'tags' | 'visibility' | 'availableInLives' | 'pricePaise' | 'compareAtPaise'
  | 'stock' | 'lowStockThreshold' | 'weightGrams' | 'lengthCm' | 'breadthCm' | 'heightCm'
export type KeptVariantField = 'sku' | 'pricePaise' | 'compareAtPaise' | 'stock'

export type ImportProduct = {
  sku: string
  /** Spreadsheet rows of this product, first row first. */
  lines: number[]
  /** The slug was left blank: make one from the title for a new product, keep the old one otherwise. */
  slugFromTitle: boolean
  input: ProductInput
  /** For a product already in the store: the cells left blank, which keep their current values. */
  keep: { product: KeptProductField[]; variants: KeptVariantField[][] } | null
}

// Product cells: column, field, value for a new product when blank (null: required).
const PRODUCT_CELLS: [CsvColumn, KeptProductField, string | null][] = [
  ['title', 'title', null], ['description', 'description', ''], ['tags', 'tags', ''], ['visibility', 'visibility', 'draft'],
  ['available_in_lives', 'availableInLives', 'yes'], ['compare_at', 'compareAtPaise', ''], ['low_stock_threshold', 'lowStockThreshold', '5'],
  ['weight_g', 'weightGrams', '500'], ['length_cm', 'lengthCm', '20'], ['breadth_cm', 'breadthCm', '15'], ['height_cm', 'heightCm', '5'],
]
// Stand-ins that pass validation for blank cells of existing products; the server puts the real values back.
const PLACEHOLDER: Partial<Record<CsvColumn, string>> = { title: 'Existing product', price: '1', stock: '0' }

const PRODUCT_COLUMN: Record<string, string> = {
  title: 'title', slug: 'slug', description: 'description', categoryId: 'category', tags: 'tags', price: 'price',
  compareAt: 'compare_at', sku: 'sku', stock: 'stock', lowStockThreshold: 'low_stock_threshold', weightGrams: 'weight_g',
  lengthCm: 'length_cm', breadthCm: 'breadth_cm', heightCm: 'height_cm', visibility: 'visibility', availableInLives: 'available_in_lives',
}
const VARIANT_COLUMN: Record<string, string> = { sku: 'variant_sku', price: 'variant_price', compareAt: 'variant_compare_at', stock: 'variant_stock' }

/**
 * Groups rows into products and validates each with the product schema; issues name row and
 * column. `existingSkus` are the store's product SKUs: their blank cells mean "unchanged".
 */
export function validateProductRows(
  rows: readonly CsvRow[],
  context: { storeId: string; categories: readonly CategoryRef[]; existingSkus: ReadonlySet<string> },
): { products: ImportProduct[]; issues: CsvIssue[]; invalidSkus: Set<string> } {
  const categoryByPath = new Map(context.categories.map((c) => [c.path.toLowerCase(), c.id]))
  const groups = new Map<string, CsvRow[]>()
  const issues: CsvIssue[] = []
  for (const row of rows) {
    const sku = row.cells.sku
    if (!sku) {
      issues.push({ row: row.line, column: 'sku', message: 'Enter the product SKU: rows are matched to products by it' })
      continue
    }
    const group = groups.get(sku)
    if (group) group.push(row)
    else groups.set(sku, [row])
  }

  const products: ImportProduct[] = []
  const invalidSkus = new Set<string>()
  for (const [sku, group] of groups) {
    const before = issues.length
    const firstLine = group[0]!.line
    const first = group[0]!.cells
    const update = context.existingSkus.has(sku)
    const keptProduct: KeptProductField[] = []
    const keptVariants: KeptVariantField[][] = []
    const cell = (column: CsvColumn, field: KeptProductField, fallback: string | null) => {
      if (first[column] !== '') return first[column]
      if (update) keptProduct.push(field)
      return update ? (PLACEHOLDER[column] ?? fallback ?? '') : (fallback ?? '')
    }
    const product = Object.fromEntries(PRODUCT_CELLS.map(([column, field, fallback]) => [column, cell(column, field, fallback)])) as Record<CsvColumn, string>

    const optionCount = [0, 1, 2].filter((i) => first[optionName(i)] !== '').length
    const hasVariants = optionCount > 0
    const options = Array.from({ length: optionCount }, (_, i) => ({ name: first[optionName(i)], values: [...new Set(group.map((r) => r.cells[optionValue(i)]))] }))
    checkOptionCells(group, optionCount, sku, issues)

    let categoryId = ''
    if (first.category) {
      categoryId = categoryByPath.get(first.category.toLowerCase().replace(/^\/+|\/+$/g, '')) ?? ''
      if (!categoryId) issues.push({ row: firstLine, column: 'category', message: `Unknown category “${first.category}”; use a path like fashion/sarees` })
    } else if (update) keptProduct.push('categoryId')

    const price = first.price || (hasVariants && !update ? cheapest(group.map((r) => r.cells.variant_price)) : '')
    if (!first.price && update) keptProduct.push('pricePaise')
    if (!first.stock && update && !hasVariants) keptProduct.push('stock')
    const values: ProductFormValues = {
      storeId: context.storeId,
      title: product.title!,
      slug: first.slug || slugify(product.title!) || `product-${sku.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`,
      description: product.description,
      categoryId,
      tags: product.tags!.split('|').map((t) => t.trim()).filter(Boolean),
      price: price || (update ? PLACEHOLDER.price! : ''),
      compareAt: product.compare_at,
      sku,
      stock: hasVariants ? '0' : first.stock || (update ? PLACEHOLDER.stock! : ''),
      lowStockThreshold: product.low_stock_threshold!,
      weightGrams: product.weight_g!,
      lengthCm: product.length_cm!,
      breadthCm: product.breadth_cm!,
      heightCm: product.height_cm!,
      visibility: product.visibility!.toLowerCase() as ProductFormValues['visibility'],
      availableInLives: product.available_in_lives!,
      options,
      variants: !hasVariants
        ? []
        : group.map((r) => {
            const kept: KeptVariantField[] = []
            const variantCell = (column: CsvColumn, field: KeptVariantField, fallback: string) => {
              if (r.cells[column] !== '') return r.cells[column]
              if (update) kept.push(field)
              return fallback
            }
            const variant = {
              optionValues: options.map((_, i) => r.cells[optionValue(i)]),
              sku: variantCell('variant_sku', 'sku', ''),
              price: variantCell('variant_price', 'pricePaise', update ? PLACEHOLDER.price! : price),
              compareAt: variantCell('variant_compare_at', 'compareAtPaise', ''),
              stock: variantCell('variant_stock', 'stock', update ? PLACEHOLDER.stock! : ''),
              mediaId: '',
            }
            keptVariants.push(kept)
            return variant
          }),
    }
    const parsed = productSchema.safeParse(values)
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const [head, index, field] = issue.path
        let line = firstLine
        let column = PRODUCT_COLUMN[String(head)] ?? String(head ?? '')
        if (head === 'variants' && typeof index === 'number') {
          line = group[index]?.line ?? line
          column = VARIANT_COLUMN[String(field)] ?? 'option1_value'
        } else if (head === 'variants' || head === 'options') {
          column = typeof index === 'number' ? (field === 'name' ? optionName(index) : optionValue(index)) : 'option1_value'
        }
        issues.push({ row: line, column, message: issue.message })
      }
    }
    if (!parsed.success || issues.length > before) {
      invalidSkus.add(sku)
      continue
    }
    products.push({
      sku,
      lines: group.map((r) => r.line),
      slugFromTitle: first.slug === '',
      input: parsed.data,
      keep: update ? { product: keptProduct, variants: keptVariants } : null,
    })
  }
  issues.sort((a, b) => a.row - b.row)
  return { products, issues, invalidSkus }
}

function checkOptionCells(group: CsvRow[], optionCount: number, sku: string, issues: CsvIssue[]) {
  const first = group[0]!
  group.forEach((row, k) => {
    for (let i = 0; i < MAX_OPTIONS; i++) {
      const name = row.cells[optionName(i)]
      if (k > 0 && name !== '' && name !== first.cells[optionName(i)]) {
        issues.push({ row: row.line, column: optionName(i), message: `Differs from row ${first.line} (“${first.cells[optionName(i)]}”)` })
      }
      if (i < optionCount && row.cells[optionValue(i)] === '') issues.push({ row: row.line, column: optionValue(i), message: `Enter a value for ${first.cells[optionName(i)]}` })
      if (i >= optionCount && row.cells[optionValue(i)] !== '') issues.push({ row: row.line, column: optionName(i), message: 'This value has no option name on the first row' })
    }
  })
  if (optionCount === 0 && group.length > 1) {
    group.slice(1).forEach((row) => issues.push({ row: row.line, column: 'sku', message: `SKU ${sku} is already on row ${first.line}; variants need option values` }))
  }
}

function cheapest(prices: string[]): string {
  const sorted = prices
    .filter(Boolean)
    .map((p) => ({ p, n: Number(p.replace(/[^\d.]/g, '')) }))
    .filter((x) => x.n > 0)
    .sort((a, b) => a.n - b.n)
  return sorted[0]?.p ?? ''
}
