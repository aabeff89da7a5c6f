import 'server-only'

import { randomBytes, randomUUID } from 'node:crypto'
import type { Db, DbOrTx } from '@/db/client'
import {
  type AuditRow,
  type MovementRow,
  type ProductRow,
  type VariantRow,
  deleteVariantRows,
  findCategoryIds,
  findStoreMedia,
  findStoreProducts,
  findStoreSkuOwners,
  findStoreVariants,
  findTakenSlugs,
  insertAuditRows,
  insertMovements,
  insertProductRows,
  insertVariantRows,
  updateStoreProduct,
  updateVariantRow,
} from '@/db/queries/studio-product-writes'
import { ActionError, type FieldErrors } from '@/lib/actions/errors'
import { descriptionToHtml } from '@/lib/domain/product-description'
import { variantKey, variantTitle } from '@/lib/domain/product-variants'
import type { ProductInput } from '@/lib/validations/product'

/**
 * The one write path for product details, shared by the product form (one product) and the CSV
 * import (thousands): plan every write against the database first — ownership, slugs, SKUs,
 * categories, images — and only then write, so an import either reports every problem or
 * writes everything. The server derives what the client must not decide: a product with
 * variants costs its cheapest variant and holds the sum of their stock.
 */

export type WriteReason = 'manual_edit' | 'import' | 'bulk_edit'
export type WriteContext = { storeId: string; actorId: string; reason: WriteReason }
export type ProductWrite = { input: ProductInput; slugFromTitle?: boolean }
export type WriteIssue = { index: number; field: string; message: string; code: 'not_found' | 'conflict' }
export type WrittenProduct = { index: number; id: string; slug: string; created: boolean }
export type PriceChange = { variant: string | null; from: number; to: number }

type Existing = Awaited<ReturnType<typeof findStoreProducts>>[number]
type ExistingVariant = Awaited<ReturnType<typeof findStoreVariants>>[number]
export type WritePlan = { index: number; input: ProductInput; existing: Existing | null; id: string; slug: string }
export type WritePlanSet = { plans: WritePlan[]; issues: WriteIssue[]; variants: Map<string, ExistingVariant[]> }

const randomSuffix = () => randomBytes(3).toString('hex').slice(0, 4)

export async function planProductWrites(tx: DbOrTx, ctx: WriteContext, writes: readonly ProductWrite[]): Promise<WritePlanSet> {
  const issues: WriteIssue[] = []
  const issue = (index: number, field: string, message: string, code: WriteIssue['code'] = 'conflict') => issues.push({ index, field, message, code })

  const ids = writes.flatMap((w) => (w.input.productId ? [w.input.productId] : []))
  const existing = new Map((await findStoreProducts(tx, ctx.storeId, ids, true)).map((p) => [p.id, p]))
  const [variantRows, mediaRows, categoryIds] = await Promise.all([
    findStoreVariants(tx, ctx.storeId, [...existing.keys()], true),
    findStoreMedia(tx, ctx.storeId, [...existing.keys()]),
    findCategoryIds(tx, [...new Set(writes.flatMap((w) => (w.input.categoryId ? [w.input.categoryId] : [])))]),
  ])
  const variants = groupBy(variantRows, (v) => v.productId)
  const mediaIds = new Set(mediaRows.map((m) => `${m.productId}:${m.id}`))

  const skuClaims = new Map<string, number>()
  writes.forEach((w, index) => {
    const { input } = w
    const own = input.productId ? existing.get(input.productId) : undefined
    if (input.productId && !own) issue(index, '_form', 'This product is not in this store. It may have been deleted.', 'not_found')
    if (input.categoryId && !categoryIds.has(input.categoryId)) issue(index, 'categoryId', 'Choose a category from the list')
    input.variants.forEach((v, i) => {
      if (v.mediaId && !(own && mediaIds.has(`${own.id}:${v.mediaId}`))) issue(index, `variants.${i}.mediaId`, 'Pick one of this product’s photos')
    })
    for (const [field, sku] of skuFields(input)) {
      const claimedBy = skuClaims.get(sku.toLowerCase())
      if (claimedBy !== undefined && claimedBy !== index) issue(index, field, `SKU ${sku} is used twice in this batch`)
      skuClaims.set(sku.toLowerCase(), index)
    }
  })

  const owners = await findStoreSkuOwners(tx, ctx.storeId, writes.flatMap((w) => skuFields(w.input).map(([, sku]) => sku)))
  writes.forEach((w, index) => {
    for (const [field, sku] of skuFields(w.input)) {
      const owner = owners.get(sku.toLowerCase())
      if (owner && owner.productId !== w.input.productId) issue(index, field, `SKU ${sku} is already used by “${owner.title}”`)
    }
  })

  // Slugs: kept, checked, or (for imports that left them blank) made unique.
  const wanted = writes.map((w) => {
    const own = w.input.productId ? existing.get(w.input.productId) : undefined
    return own && (w.slugFromTitle || w.input.slug === own.slug) ? own.slug : w.input.slug
  })
  const taken = await findTakenSlugs(tx, wanted)
  const used = new Set<string>()
  const slugs: string[] = []
  for (const [index, w] of writes.entries()) {
    const slug = wanted[index]!
    const owner = taken.get(slug)
    const free = (owner === undefined || owner === w.input.productId) && !used.has(slug)
    if (free) {
      slugs.push(slug)
    } else if (w.slugFromTitle) {
      slugs.push(await uniqueSlug(tx, slug, used))
    } else {
      issue(index, 'slug', `haat.in/p/${slug} is taken. Try ${slug.slice(0, 55)}-${randomSuffix()}.`)
      slugs.push(slug)
    }
    used.add(slugs[index]!)
  }

  const plans = writes.map((w, index) => {
    const own = w.input.productId ? (existing.get(w.input.productId) ?? null) : null
    return { index, input: w.input, existing: own, id: own?.id ?? randomUUID(), slug: slugs[index]! }
  })
  return { plans, issues, variants }
}

async function uniqueSlug(tx: DbOrTx, base: string, used: Set<string>): Promise<string> {
  for (let attempt = 0; attempt < 8; attempt++) {
    const candidates = Array.from({ length: 4 }, () => `${base.slice(0, 55)}-${randomSuffix()}`).filter((c) => !used.has(c))
    const taken = await findTakenSlugs(tx, candidates)
    const free = candidates.find((c) => !taken.has(c))
    if (free) return free
  }
  throw new Error(`No free slug for ${base}`)
}

function skuFields(input: ProductInput): [string, string][] {
  const out: [string, string][] = input.sku ? [['sku', input.sku]] : []
  input.variants.forEach((v, i) => v.sku && out.push([`variants.${i}.sku`, v.sku]))
  return out
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>()
  for (const row of rows) {
    const list = out.get(key(row))
    if (list) list.push(row)
    else out.set(key(row), [row])
  }
  return out
}

/** Price, compare-at and stock as shoppers see them: the cheapest variant's price, the sum of stock. */
export function derivedTotals(input: Pick<ProductInput, 'pricePaise' | 'compareAtPaise' | 'stock' | 'variants'>) {
  if (input.variants.length === 0) return { pricePaise: input.pricePaise, compareAtPaise: input.compareAtPaise, stock: input.stock }
  const cheapest = input.variants.reduce((a, b) => (b.pricePaise < a.pricePaise ? b : a))
  return {
    pricePaise: cheapest.pricePaise,
    compareAtPaise: cheapest.compareAtPaise !== null && cheapest.compareAtPaise > cheapest.pricePaise ? cheapest.compareAtPaise : null,
    stock: input.variants.reduce((sum, v) => sum + v.stock, 0),
  }
}

export async function applyProductWrites(tx: DbOrTx, ctx: WriteContext, set: WritePlanSet): Promise<WrittenProduct[]> {
  const movements: MovementRow[] = []
  const audits: AuditRow[] = []
  const move = (productId: string, variantId: string | null, delta: number) => {
    if (delta !== 0) movements.push({ productId, variantId, delta, reason: ctx.reason, actorId: ctx.actorId })
  }

  const creates = set.plans.filter((p) => !p.existing)
  const newProducts: ProductRow[] = []
  const newVariants: VariantRow[] = []
  for (const plan of creates) {
    newProducts.push({ id: plan.id, storeId: ctx.storeId, ...productValues(plan) })
    plan.input.variants.forEach((v, position) => {
      const id = randomUUID()
      newVariants.push({ id, productId: plan.id, ...variantValues(v, position) })
      move(plan.id, id, v.stock)
    })
    if (plan.input.variants.length === 0) move(plan.id, null, plan.input.stock)
  }
  await insertProductRows(tx, newProducts)
  await insertVariantRows(tx, newVariants)

  for (const plan of set.plans) {
    const before = plan.existing
    if (!before) continue
    const { input } = plan
    const values = productValues(plan)
    // Re-importing an unchanged file should not rewrite (and re-index) every product.
    if (Object.entries(values).some(([k, v]) => JSON.stringify(v) !== JSON.stringify(before[k as keyof Existing]))) {
      await updateStoreProduct(tx, ctx.storeId, plan.id, values)
    }
    const old = set.variants.get(plan.id) ?? []
    const oldByKey = new Map(old.map((v) => [variantKey(v.optionValues), v]))
    const kept = new Set<string>()
    const priceChanges: PriceChange[] = []
    const inserts: VariantRow[] = []
    for (const [position, v] of input.variants.entries()) {
      const prev = oldByKey.get(variantKey(v.optionValues))
      const next = variantValues(v, position)
      if (!prev) {
        const id = randomUUID()
        inserts.push({ id, productId: plan.id, ...next })
        move(plan.id, id, v.stock)
        continue
      }
      kept.add(prev.id)
      if (variantChanged(prev, next)) await updateVariantRow(tx, plan.id, prev.id, next)
      move(plan.id, prev.id, v.stock - prev.stock)
      if (prev.pricePaise !== v.pricePaise) priceChanges.push({ variant: prev.title, from: prev.pricePaise, to: v.pricePaise })
    }
    const removed = old.filter((v) => !kept.has(v.id))
    await deleteVariantRows(tx, plan.id, removed.map((v) => v.id))
    await insertVariantRows(tx, inserts)
    move(plan.id, null, -removed.reduce((sum, v) => sum + v.stock, 0))
    if (old.length === 0 && input.variants.length > 0) move(plan.id, null, -before.stock)
    if (input.variants.length === 0) {
      move(plan.id, null, old.length === 0 ? input.stock - before.stock : input.stock)
      if (before.pricePaise !== input.pricePaise) priceChanges.push({ variant: null, from: before.pricePaise, to: input.pricePaise })
    }
    if (priceChanges.length > 0) audits.push(priceAudit(ctx, plan.id, priceChanges))
  }
  await insertMovements(tx, movements)
  await insertAuditRows(tx, audits)
  return set.plans.map((p) => ({ index: p.index, id: p.id, slug: p.slug, created: !p.existing }))
}

export function priceAudit(ctx: WriteContext, productId: string, changes: PriceChange[]): AuditRow {
  return { actorId: ctx.actorId, action: 'product.price_changed', targetType: 'product', targetId: productId, data: { storeId: ctx.storeId, reason: ctx.reason, changes } }
}

function productValues(plan: WritePlan): Omit<ProductRow, 'id' | 'storeId'> {
  const { input } = plan
  return {
    categoryId: input.categoryId,
    title: input.title,
    slug: plan.slug,
    description: descriptionToHtml(input.description),
    ...derivedTotals(input),
    sku: input.sku,
    lowStockThreshold: input.lowStockThreshold,
    weightGrams: input.weightGrams,
    lengthCm: input.lengthCm,
    breadthCm: input.breadthCm,
    heightCm: input.heightCm,
    tags: input.tags,
    options: input.options,
    visibility: input.visibility,
    availableInLives: input.availableInLives,
  }
}

function variantValues(v: ProductInput['variants'][number], position: number) {
  return {
    optionValues: v.optionValues,
    title: variantTitle(v.optionValues),
    sku: v.sku,
    pricePaise: v.pricePaise,
    compareAtPaise: v.compareAtPaise,
    stock: v.stock,
    mediaId: v.mediaId,
    position,
  }
}

function variantChanged(prev: ExistingVariant, next: ReturnType<typeof variantValues>) {
  return (
    prev.sku !== next.sku ||
    prev.pricePaise !== next.pricePaise ||
    prev.compareAtPaise !== next.compareAtPaise ||
    prev.stock !== next.stock ||
    prev.mediaId !== next.mediaId ||
    prev.position !== next.position ||
    prev.title !== next.title
  )
}

/** Turns plan issues for one product into the action's error: field messages land on their fields. */
export function issuesToActionError(issues: readonly WriteIssue[]): ActionError {
  const notFound = issues.find((i) => i.code === 'not_found')
  if (notFound) return new ActionError('not_found', notFound.message)
  const fieldErrors: FieldErrors = {}
  for (const i of issues) (fieldErrors[i.field] ??= []).push(i.message)
  return new ActionError('conflict', issues[0]?.message ?? 'Some fields need attention.', fieldErrors)
}

/** Creates or updates one product from the form. */
export async function saveProduct(db: Db, ctx: WriteContext, input: ProductInput): Promise<WrittenProduct> {
  return db.transaction(async (tx) => {
    const set = await planProductWrites(tx, ctx, [{ input }])
    if (set.issues.length > 0) throw issuesToActionError(set.issues)
    const [written] = await applyProductWrites(tx, ctx, set)
    return written!
  })
}
