import 'server-only'

import type { Db, DbOrTx } from '@/db/client'
import { listProductsForExport } from '@/db/queries/studio-csv'
import { listCategoryTree } from '@/db/queries/studio-products'
import { findStoreProductIdsBySku, findStoreProducts, findStoreVariants } from '@/db/queries/studio-product-writes'
import { type CsvIssue, parseProductCsv, productCsvRows, toProductCsv } from '@/lib/domain/product-csv'
import { validateProductRows } from '@/lib/domain/product-csv-validate'
import { type ExistingProduct, mergeImportedProduct } from '@/lib/domain/product-import-merge'
import { htmlToText } from '@/lib/domain/rich-text'
import { applyProductWrites, planProductWrites, type WriteIssue } from './studio-product-write'

export type ImportMode = 'all_or_nothing' | 'valid_only'
export type ImportReport = {
  imported: boolean
  rows: number
  products: number
  created: number
  updated: number
  skipped: number
  issues: CsvIssue[]
  productIds: string[]
}

const FIELD_COLUMN: Record<string, string> = { sku: 'sku', slug: 'slug', categoryId: 'category', _form: '' }

/**
 * Validates every row, then creates or updates products by SKU within this store only, in one
 * transaction. For existing products blank cells keep their values and variants the file leaves
 * out stay (mergeImportedProduct). "all_or_nothing" writes nothing when any row has a problem;
 * "valid_only" skips the products with problems (a product is never half imported).
 */
export async function importProductsCsv(db: Db, ctx: { storeId: string; actorId: string }, csv: string, mode: ImportMode): Promise<ImportReport> {
  const parsed = parseProductCsv(csv)
  const [categories, bySku] = await Promise.all([
    listCategoryTree(db),
    findStoreProductIdsBySku(db, ctx.storeId, [...new Set(parsed.rows.map((r) => r.cells.sku).filter(Boolean))]),
  ])
  const validated = validateProductRows(parsed.rows, { storeId: ctx.storeId, categories, existingSkus: new Set(bySku.keys()) })
  const issues = [...parsed.issues, ...validated.issues]
  const base = { rows: parsed.rows.length, products: validated.products.length + validated.invalidSkus.size }
  const none = (list: CsvIssue[]): ImportReport => ({ ...base, imported: false, created: 0, updated: 0, skipped: base.products, issues: list, productIds: [] })
  if (parsed.issues.some((i) => i.row === 1) || (issues.length > 0 && mode === 'all_or_nothing') || validated.products.length === 0) {
    return none(issues)
  }

  return db.transaction(async (tx) => {
    const writeCtx = { ...ctx, reason: 'import' as const }
    // Read again inside the transaction: the products may have changed since the file was checked.
    const ids = await findStoreProductIdsBySku(tx, ctx.storeId, validated.products.map((p) => p.sku))
    const existing = await loadExisting(tx, ctx.storeId, [...ids.values()])
    const mergeIssues: CsvIssue[] = []
    const candidates = validated.products.flatMap((p) => {
      const productId = ids.get(p.sku) ?? null
      const current = productId ? existing.get(productId) : undefined
      if (!current && p.keep) {
        mergeIssues.push({ row: p.lines[0]!, column: 'sku', message: 'This product was deleted or renamed while the file was imported. Check it and import again.' })
        return []
      }
      if (!current) return [{ product: p, input: { ...p.input, productId } }]
      const merged = mergeImportedProduct(p, current)
      if ('input' in merged) return [{ product: p, input: { ...merged.input, productId } }]
      for (const problem of merged.problems) mergeIssues.push({ row: p.lines[problem.variant ?? 0] ?? p.lines[0]!, column: problem.column, message: problem.message })
      return []
    })
    const set = await planProductWrites(tx, writeCtx, candidates.map((c) => ({ input: c.input, slugFromTitle: c.product.slugFromTitle })))
    const dbIssues = [...mergeIssues, ...set.issues.map((i) => toCsvIssue(i, candidates[i.index]!.product.lines))]
    const all = [...issues, ...dbIssues].sort((a, b) => a.row - b.row)
    if (dbIssues.length > 0 && mode === 'all_or_nothing') return none(all)
    const failed = new Set(set.issues.map((i) => i.index))
    const written = await applyProductWrites(tx, writeCtx, { ...set, plans: set.plans.filter((p) => !failed.has(p.index)) })
    const created = written.filter((w) => w.created).length
    return {
      ...base,
      imported: true,
      created,
      updated: written.length - created,
      skipped: base.products - written.length,
      issues: all,
      productIds: written.map((w) => w.id),
    }
  })
}

async function loadExisting(tx: DbOrTx, storeId: string, ids: string[]): Promise<Map<string, ExistingProduct>> {
  const [rows, variants] = await Promise.all([findStoreProducts(tx, storeId, ids, true), findStoreVariants(tx, storeId, ids, true)])
  const out = new Map<string, ExistingProduct>()
  for (const { id, slug: _slug, sku: _sku, status: _status, description, ...row } of rows) {
    out.set(id, { ...row, description: htmlToText(description), variants: [] })
  }
  for (const v of variants) {
    out.get(v.productId)?.variants.push({ optionValues: v.optionValues, sku: v.sku, pricePaise: v.pricePaise, compareAtPaise: v.compareAtPaise, stock: v.stock, mediaId: v.mediaId })
  }
  return out
}

function toCsvIssue(issue: WriteIssue, lines: number[]): CsvIssue {
  const variant = /^variants\.(\d+)\.(\w+)$/.exec(issue.field)
  if (variant) return { row: lines[Number(variant[1])] ?? lines[0]!, column: variant[2] === 'sku' ? 'variant_sku' : '', message: issue.message }
  return { row: lines[0]!, column: FIELD_COLUMN[issue.field] ?? issue.field, message: issue.message }
}

export async function exportProductsCsv(db: Db, storeId: string): Promise<string> {
  const products = await listProductsForExport(db, storeId)
  return toProductCsv(products.flatMap((p) => productCsvRows(p)))
}
