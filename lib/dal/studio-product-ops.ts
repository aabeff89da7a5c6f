import 'server-only'

import { randomUUID } from 'node:crypto'
import type { Db } from '@/db/client'
import { insertMediaRows } from '@/db/queries/studio-media'
import { getStudioProduct } from '@/db/queries/studio-products'
import {
  type AuditRow,
  type MovementRow,
  findStoreProducts,
  findStoreVariants,
  findTakenSlugs,
  insertAuditRows,
  insertMovements,
  insertProductRows,
  insertVariantRows,
  setStoreProductStatus,
  updateStoreProduct,
  updateVariantRow,
} from '@/db/queries/studio-product-writes'
import { ActionError } from '@/lib/actions/errors'
import { applyBulkOperation, type BulkChange } from '@/lib/domain/bulk-edit'
import { copyMediaFile } from '@/lib/media/store-media'
import type { StorageService } from '@/lib/services/storage/types'
import type { BulkEditInput } from '@/lib/validations/product-operations'
import { derivedTotals, priceAudit, type PriceChange, type WriteContext } from './studio-product-write'

type Ctx = Omit<WriteContext, 'reason'>

/** Archives an active product or brings an archived one back; suspended products stay as they are. */
export async function setProductArchived(db: Db, ctx: Ctx, productId: string, archived: boolean) {
  return db.transaction(async (tx) => {
    const moved = await setStoreProductStatus(tx, ctx.storeId, productId, archived ? 'active' : 'archived', archived ? 'archived' : 'active')
    if (moved) return { changed: true }
    const [current] = await findStoreProducts(tx, ctx.storeId, [productId])
    if (!current) throw new ActionError('not_found', 'This product is not in this store.')
    if (current.status === 'suspended') throw new ActionError('conflict', 'Haat has suspended this product, so it cannot be archived or restored. See the reason on the product.')
    return { changed: false }
  })
}

/**
 * A draft copy with its photos (copied, so deleting one product's photo never breaks the
 * other's), no SKUs (they are unique per store) and no stock (stock is counted, not copied).
 */
export async function duplicateProduct(db: Db, storage: StorageService, ctx: Ctx, productId: string) {
  const source = await getStudioProduct(db, ctx.storeId, productId)
  if (!source) throw new ActionError('not_found', 'This product is not in this store.')
  const id = randomUUID()
  const copies = await Promise.all(source.media.map(async (m) => ({ from: m, id: randomUUID(), ...(await copyMediaFile(storage, m.key, id)) })))
  const base = `${source.slug.replace(/-copy(-[a-z0-9]+)?$/, '').slice(0, 50)}-copy`
  let slug = base
  for (let n = 2; (await findTakenSlugs(db, [slug])).size > 0; n++) slug = `${base}-${n}`
  const mediaIdMap = new Map(copies.map((c) => [c.from.id, c.id]))

  const product = {
    id,
    storeId: ctx.storeId,
    categoryId: source.categoryId,
    title: `${source.title} (copy)`.slice(0, 140),
    slug,
    description: source.description,
    pricePaise: source.pricePaise,
    compareAtPaise: source.compareAtPaise,
    sku: null,
    stock: 0,
    lowStockThreshold: source.lowStockThreshold,
    weightGrams: source.weightGrams,
    lengthCm: source.lengthCm,
    breadthCm: source.breadthCm,
    heightCm: source.heightCm,
    tags: source.tags,
    options: source.options,
    visibility: 'draft' as const,
    availableInLives: source.availableInLives,
  }
  const media = copies.map((c) => ({ id: c.id, productId: id, kind: c.from.kind, key: c.key, url: c.url, alt: c.from.alt, width: c.from.width, height: c.from.height, position: c.from.position }))
  const variants = source.variants.map((v, position) => ({
    productId: id,
    optionValues: v.optionValues,
    title: v.title,
    sku: null,
    pricePaise: v.pricePaise,
    compareAtPaise: v.compareAtPaise,
    stock: 0,
    mediaId: v.mediaId ? (mediaIdMap.get(v.mediaId) ?? null) : null,
    position,
  }))
  try {
    await db.transaction(async (tx) => {
      await insertProductRows(tx, [product])
      await insertMediaRows(tx, media)
      await insertVariantRows(tx, variants)
    })
  } catch (error) {
    await Promise.allSettled(copies.map((c) => storage.delete(c.key)))
    throw error
  }
  return { id, slug }
}

export type BulkSummaryItem = { productId: string; title: string; changes: BulkChange[]; compareAtCleared: number }

/** One transaction for every selected product; nothing changes if any product would go below zero stock. */
export async function bulkEditProducts(db: Db, ctx: Ctx, input: BulkEditInput): Promise<BulkSummaryItem[]> {
  return db.transaction(async (tx) => {
    const ids = [...new Set(input.productIds)]
    const found = await findStoreProducts(tx, ctx.storeId, ids, true)
    if (found.length !== ids.length) throw new ActionError('not_found', 'Some selected products are not in this store. Refresh the list and try again.')
    const variantsByProduct = new Map<string, Awaited<ReturnType<typeof findStoreVariants>>>()
    for (const v of await findStoreVariants(tx, ctx.storeId, ids, true)) {
      const list = variantsByProduct.get(v.productId)
      if (list) list.push(v)
      else variantsByProduct.set(v.productId, [v])
    }

    const negative: string[] = []
    const plans = found.map((p) => {
      const variants = variantsByProduct.get(p.id) ?? []
      const items = variants.length > 0 ? variants.map((v) => ({ ...v, label: v.title })) : [{ ...p, label: null }]
      const next = items.map((item) => ({ item, result: applyBulkOperation(input.operation, input.amount, item) }))
      for (const { item, result } of next) if (result.stock < 0) negative.push(item.label ? `${p.title} (${item.label})` : p.title)
      return { product: p, variants, next }
    })
    if (negative.length > 0) {
      throw new ActionError('conflict', `Stock cannot go below zero for ${negative.slice(0, 5).join(', ')}${negative.length > 5 ? ` and ${negative.length - 5} more` : ''}. Nothing was changed.`)
    }

    const movements: MovementRow[] = []
    const audits: AuditRow[] = []
    const summary: BulkSummaryItem[] = []
    for (const { product, variants, next } of plans) {
      const changes: BulkChange[] = []
      const priceChanges: PriceChange[] = []
      let compareAtCleared = 0
      for (const { item, result } of next) {
        changes.push(...result.changes.map((c) => ({ ...c, label: item.label })))
        if (result.compareAtCleared) compareAtCleared++
        if (result.pricePaise !== item.pricePaise) priceChanges.push({ variant: item.label, from: item.pricePaise, to: result.pricePaise })
        if (result.stock !== item.stock) {
          movements.push({ productId: product.id, variantId: variants.length > 0 ? item.id : null, delta: result.stock - item.stock, reason: 'bulk_edit', actorId: ctx.actorId })
        }
        if (variants.length > 0) await updateVariantRow(tx, product.id, item.id, { pricePaise: result.pricePaise, compareAtPaise: result.compareAtPaise, stock: result.stock })
      }
      const totals =
        variants.length > 0
          ? derivedTotals({ pricePaise: 0, compareAtPaise: null, stock: 0, variants: next.map(({ result }) => ({ ...result, optionValues: [], sku: null, mediaId: null })) })
          : { pricePaise: next[0]!.result.pricePaise, compareAtPaise: next[0]!.result.compareAtPaise, stock: next[0]!.result.stock }
      await updateStoreProduct(tx, ctx.storeId, product.id, totals)
      if (priceChanges.length > 0) audits.push(priceAudit({ ...ctx, reason: 'bulk_edit' }, product.id, priceChanges))
      summary.push({ productId: product.id, title: product.title, changes, compareAtCleared })
    }
    await insertMovements(tx, movements)
    await insertAuditRows(tx, audits)
    return summary
  })
}
