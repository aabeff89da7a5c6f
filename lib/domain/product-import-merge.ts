import { combinations, variantKey, variantTitle } from '@/lib/domain/product-variants'
import type { ProductInput } from '@/lib/validations/product'
import type { ImportProduct } from './product-csv-validate'

type Variant = ProductInput['variants'][number]
/** The stored product in the shape of an import (description as editable text). */
export type ExistingProduct = Omit<ProductInput, 'storeId' | 'productId' | 'slug' | 'sku'>
export type MergeProblem = { variant: number | null; column: string; message: string }

/**
 * An imported product that already exists. Blank cells keep the current values. The file
 * updates the variants it lists and adds new ones, but never deletes one it leaves out: a file
 * with a few rows is a stock update, not an instruction to remove the rest. Only a change of the
 * option names themselves (or going from no variants to variants) replaces the variant set.
 * Variant photos, which the file does not carry, are kept.
 */
export function mergeImportedProduct(imported: Pick<ImportProduct, 'input' | 'keep'>, existing: ExistingProduct): { input: ProductInput } | { problems: MergeProblem[] } {
  const input: ProductInput = { ...imported.input }
  for (const field of imported.keep?.product ?? []) Object.assign(input, { [field]: existing[field] })
  const current = new Map(existing.variants.map((v) => [variantKey(v.optionValues), v]))
  const fromFile: Variant[] = input.variants.map((v, i) => {
    const before = current.get(variantKey(v.optionValues))
    const kept = imported.keep?.variants[i] ?? []
    const keep = <K extends keyof Variant>(field: K, fallback: Variant[K]): Variant[K] =>
      kept.includes(field as never) ? (before ? before[field] : fallback) : v[field]
    return {
      ...v,
      sku: keep('sku', null),
      pricePaise: keep('pricePaise', input.pricePaise),
      compareAtPaise: keep('compareAtPaise', null),
      stock: keep('stock', 0),
      mediaId: before?.mediaId ?? null,
    }
  })

  let variants = fromFile
  let options = input.options
  const problems: MergeProblem[] = []
  if (existing.variants.length > 0 && input.options.length === 0) {
    options = existing.options
    variants = existing.variants
  } else if (existing.variants.length > 0 && sameOptionNames(input.options, existing.options)) {
    options = existing.options.map((o, i) => ({ name: input.options[i]!.name, values: [...o.values, ...input.options[i]!.values.filter((v) => !o.values.includes(v))] }))
    const byKey = new Map(current)
    for (const v of fromFile) byKey.set(variantKey(v.optionValues), v)
    const missing = combinations(options).filter((values) => !byKey.has(variantKey(values)))
    if (missing.length > 0) {
      const shown = missing.slice(0, 3).map(variantTitle).join(', ')
      problems.push({ variant: null, column: 'option1_value', message: `Add rows for ${shown}${missing.length > 3 ? '…' : ''}: every combination of option values needs a row` })
    }
    variants = combinations(options).flatMap((values) => byKey.get(variantKey(values)) ?? [])
  }

  if (input.compareAtPaise !== null && input.compareAtPaise <= input.pricePaise && variants.length === 0) {
    problems.push({ variant: null, column: 'compare_at', message: 'The compare-at price must be above the price' })
  }
  fromFile.forEach((v, i) => {
    if (v.compareAtPaise !== null && v.compareAtPaise <= v.pricePaise) problems.push({ variant: i, column: 'variant_compare_at', message: 'The compare-at price must be above the price' })
  })
  return problems.length > 0 ? { problems } : { input: { ...input, options, variants } }
}

function sameOptionNames(a: readonly { name: string }[], b: readonly { name: string }[]) {
  return a.length === b.length && a.every((o, i) => o.name.trim().toLowerCase() === b[i]?.name.trim().toLowerCase())
}
