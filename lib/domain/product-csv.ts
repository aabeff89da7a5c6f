import Papa from 'papaparse'
import { htmlToText } from '@/lib/domain/rich-text'
import { paiseToRupeesInput } from '@/lib/validations/product'

/**
 * The product CSV: one row per variant (one row for a product without variants). Rows with the
 * same `sku` are one product; its product columns are read from its first row, so later rows may
 * leave them blank. Export and import use the same columns; only `sku` must be present, so a
 * file of sku,variant_sku,variant_stock is a stock update.
 */
export const CSV_COLUMNS = [
  ['sku', 'Product SKU. Required: rows are matched to your products by it; a new SKU creates a product. For products already in your store, a blank cell in any other column leaves that value as it is'],
  ['title', 'Product title (required for new products)'],
  ['slug', 'Web address (haat.in/p/…). Blank: made from the title for new products, unchanged for existing ones'],
  ['description', 'Plain text: a blank line starts a paragraph, lines starting with "- " are bullets, **bold**, *italic*'],
  ['category', 'Category path, like fashion/sarees. Blank for none'],
  ['tags', 'Tags separated by |, like silk|handloom'],
  ['visibility', 'draft, private or public (blank: draft)'],
  ['available_in_lives', 'yes or no (blank: yes)'],
  ['price', 'Price in rupees, like 1299 or 1299.50 (required for new products). With variants: the default for new variant rows without a price'],
  ['compare_at', 'Compare-at (MRP) in rupees, above the price. Blank for none'],
  ['stock', 'Units in stock, for products without variants (with variants it is the sum of variant_stock)'],
  ['low_stock_threshold', 'Alert when stock is at or below this (blank: 5)'],
  ['weight_g', 'Shipping weight in grams (blank: 500)'],
  ['length_cm', 'Package length in cm (blank: 20)'],
  ['breadth_cm', 'Package breadth in cm (blank: 15)'],
  ['height_cm', 'Package height in cm (blank: 5)'],
  ['option1_name', 'First option, like Size. Blank for a product without variants'],
  ['option1_value', 'This row’s value of the first option, like M'],
  ['option2_name', 'Second option, like Colour'],
  ['option2_value', 'This row’s value of the second option'],
  ['option3_name', 'Third option'],
  ['option3_value', 'This row’s value of the third option'],
  ['variant_sku', 'Variant SKU'],
  ['variant_price', 'Variant price in rupees (blank on a new variant: the product price)'],
  ['variant_compare_at', 'Variant compare-at in rupees, above its price'],
  ['variant_stock', 'Variant units in stock (blank on a new variant: 0)'],
] as const

export type CsvColumn = (typeof CSV_COLUMNS)[number][0]
export type CsvRow = { line: number; cells: Record<CsvColumn, string> }
export type CsvIssue = { row: number; column: string; message: string }
export type CategoryRef = { id: string; path: string }

export const MAX_IMPORT_ROWS = 10_000
export const optionName = (i: number) => `option${i + 1}_name` as CsvColumn
export const optionValue = (i: number) => `option${i + 1}_value` as CsvColumn
const COLUMN_NAMES = CSV_COLUMNS.map(([name]) => name)
const REQUIRED: CsvColumn[] = ['sku']

/** Cells exported as text start with ' when they would otherwise be read as a spreadsheet formula. */
const FORMULA = /^[=+\-@\t\r]/
const unescapeCell = (value: string) => (value.startsWith("'") && FORMULA.test(value.slice(1)) ? value.slice(1) : value)

/** Row numbers are the spreadsheet's: the header is row 1. */
export function parseProductCsv(text: string): { rows: CsvRow[]; issues: CsvIssue[] } {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: false })
  const issues: CsvIssue[] = parsed.errors
    .filter((e) => e.code !== 'UndetectableDelimiter')
    .map((e) => ({ row: (e.row ?? 0) + 1, column: '', message: e.message }))
  const [header = [], ...records] = parsed.data
  const names = header.map((h) => h.trim().toLowerCase())
  for (const required of REQUIRED) {
    if (!names.includes(required)) issues.push({ row: 1, column: required, message: `The header row has no “${required}” column` })
  }
  if (records.length > MAX_IMPORT_ROWS) {
    issues.push({ row: MAX_IMPORT_ROWS + 2, column: '', message: `Files can have up to ${MAX_IMPORT_ROWS.toLocaleString('en-IN')} rows; split this one` })
  }
  const rows: CsvRow[] = []
  records.slice(0, MAX_IMPORT_ROWS).forEach((record, i) => {
    if (record.every((cell) => cell.trim() === '')) return
    const cells = Object.fromEntries(COLUMN_NAMES.map((name) => [name, ''])) as Record<CsvColumn, string>
    names.forEach((name, j) => {
      if ((COLUMN_NAMES as readonly string[]).includes(name)) cells[name as CsvColumn] = unescapeCell((record[j] ?? '').trim())
    })
    rows.push({ line: i + 2, cells })
  })
  return { rows, issues }
}

export type ExportProduct = {
  sku: string | null
  title: string
  slug: string
  description: string
  categoryPath: string | null
  tags: string[]
  visibility: string
  availableInLives: boolean
  pricePaise: number
  compareAtPaise: number | null
  stock: number
  lowStockThreshold: number
  weightGrams: number
  lengthCm: number
  breadthCm: number
  heightCm: number
  options: { name: string; values: string[] }[]
  variants: { optionValues: string[]; sku: string | null; pricePaise: number; compareAtPaise: number | null; stock: number }[]
}

export function productCsvRows(p: ExportProduct): Record<CsvColumn, string>[] {
  const base: Record<CsvColumn, string> = {
    sku: p.sku ?? '', title: p.title, slug: p.slug, description: htmlToText(p.description), category: p.categoryPath ?? '',
    tags: p.tags.join('|'), visibility: p.visibility, available_in_lives: p.availableInLives ? 'yes' : 'no',
    price: paiseToRupeesInput(p.pricePaise), compare_at: paiseToRupeesInput(p.compareAtPaise), stock: String(p.stock),
    low_stock_threshold: String(p.lowStockThreshold), weight_g: String(p.weightGrams), length_cm: String(p.lengthCm),
    breadth_cm: String(p.breadthCm), height_cm: String(p.heightCm),
    option1_name: '', option1_value: '', option2_name: '', option2_value: '', option3_name: '', option3_value: '',
    variant_sku: '', variant_price: '', variant_compare_at: '', variant_stock: '',
  }
  if (p.variants.length === 0) return [base]
  return p.variants.map((v) => {
    const row = { ...base, variant_sku: v.sku ?? '', variant_price: paiseToRupeesInput(v.pricePaise), variant_compare_at: paiseToRupeesInput(v.compareAtPaise), variant_stock: String(v.stock) }
    p.options.forEach((o, i) => {
      row[optionName(i)] = o.name
      row[optionValue(i)] = v.optionValues[i] ?? ''
    })
    return row
  })
}

/** CSV text with a header; cells that look like formulas are prefixed with ' (and unprefixed on import). */
export function toProductCsv(rows: readonly Record<CsvColumn, string>[], includeHeader = true): string {
  return Papa.unparse(
    { fields: COLUMN_NAMES, data: rows.map((r) => COLUMN_NAMES.map((c) => r[c])) },
    { header: includeHeader, escapeFormulae: FORMULA, newline: '\r\n' },
  )
}
