import 'server-only'

import { notFound } from 'next/navigation'
import { cache } from 'react'
import { z } from 'zod'
import { getDb } from '@/db'
import { listStoresForMember } from '@/db/queries/stores'
import { listStoreProductSkus } from '@/db/queries/studio-csv'
import {
  countLowStock,
  countStoreProducts,
  getStudioProduct,
  getStudioStore,
  listCategoryTree,
  listLowStock,
  listStudioProducts,
} from '@/db/queries/studio-products'
import { requireSeller } from '@/lib/auth'
import { htmlToText } from '@/lib/domain/rich-text'
import { paiseToRupeesInput, type ProductFormValues } from '@/lib/validations/product'
import type { ProductListParams } from '@/lib/validations/product-operations'

export const PRODUCT_PAGE_SIZE = 25

const uuid = z.uuid()
function requireUuid(value: string) {
  if (!uuid.safeParse(value).success) notFound()
}

/** The store a studio page is about, for its owner only (anyone else gets a 404). */
export const getStudioContext = cache(async (storeId: string) => {
  requireUuid(storeId)
  const { user } = await requireSeller(storeId)
  const db = getDb()
  const [store, stores, lowStockCount] = await Promise.all([getStudioStore(db, storeId), listStoresForMember(db, user.id), countLowStock(db, storeId)])
  if (!store) notFound()
  return {
    user,
    store,
    stores: stores.filter((s) => s.role === 'owner').map((s) => ({ id: s.id, name: s.name, status: s.status })),
    lowStockCount,
    /** Rejected and suspended stores can look but not change anything (the action clients refuse). */
    readOnly: store.status === 'rejected' || store.status === 'suspended',
  }
})

export type CategoryOption = { id: string; label: string; path: string }

/** Categories in tree order, labelled with their ancestors ("Fashion › Sarees"). */
export const getCategoryOptions = cache(async (): Promise<CategoryOption[]> => {
  const rows = await listCategoryTree(getDb())
  const byId = new Map(rows.map((r) => [r.id, r]))
  return rows.map((r) => {
    const names = [r.name]
    for (let parent = r.parentId ? byId.get(r.parentId) : undefined; parent; parent = parent.parentId ? byId.get(parent.parentId) : undefined) names.unshift(parent.name)
    return { id: r.id, label: names.join(' › '), path: r.path }
  })
})

export async function getProductListPage(storeId: string, params: ProductListParams) {
  await getStudioContext(storeId)
  const db = getDb()
  const [{ rows, total }, storeTotal] = await Promise.all([listStudioProducts(db, storeId, params, PRODUCT_PAGE_SIZE), countStoreProducts(db, storeId)])
  return {
    rows: rows.map((r) => ({ ...r, updatedAt: r.updatedAt.toISOString() })),
    total,
    storeTotal,
    pageCount: Math.max(1, Math.ceil(total / PRODUCT_PAGE_SIZE)),
  }
}
export type StudioProductRow = Awaited<ReturnType<typeof getProductListPage>>['rows'][number]

/** The product as the edit form needs it: rupee strings, editable description text. */
export async function getProductEditor(storeId: string, productId: string) {
  requireUuid(productId)
  await getStudioContext(storeId)
  const product = await getStudioProduct(getDb(), storeId, productId)
  if (!product) notFound()
  const values: ProductFormValues = {
    storeId,
    productId: product.id,
    title: product.title,
    slug: product.slug,
    description: htmlToText(product.description),
    categoryId: product.categoryId ?? '',
    tags: product.tags,
    price: paiseToRupeesInput(product.pricePaise),
    compareAt: paiseToRupeesInput(product.compareAtPaise),
    sku: product.sku ?? '',
    stock: String(product.stock),
    lowStockThreshold: String(product.lowStockThreshold),
    weightGrams: String(product.weightGrams),
    lengthCm: String(product.lengthCm),
    breadthCm: String(product.breadthCm),
    heightCm: String(product.heightCm),
    visibility: product.visibility,
    availableInLives: product.availableInLives,
    options: product.options,
    variants: product.variants.map((v) => ({
      optionValues: v.optionValues,
      sku: v.sku ?? '',
      price: paiseToRupeesInput(v.pricePaise),
      compareAt: paiseToRupeesInput(v.compareAtPaise),
      stock: String(v.stock),
      mediaId: v.mediaId ?? '',
    })),
  }
  return {
    values,
    product: { id: product.id, title: product.title, slug: product.slug, status: product.status, statusReason: product.statusReason, visibility: product.visibility },
    media: product.media.map(({ key: _key, ...m }) => m),
  }
}
export type StudioMedia = Awaited<ReturnType<typeof getProductEditor>>['media'][number]

export async function getImportPage(storeId: string) {
  const { readOnly } = await getStudioContext(storeId)
  const [categories, skus] = await Promise.all([getCategoryOptions(), listStoreProductSkus(getDb(), storeId)])
  return { readOnly, categories: categories.map((c) => ({ id: c.id, path: c.path })), skus }
}

export async function getLowStockPage(storeId: string) {
  await getStudioContext(storeId)
  return listLowStock(getDb(), storeId)
}

/** Empty values for a new product. */
export function newProductValues(storeId: string): ProductFormValues {
  return {
    storeId,
    title: '',
    slug: '',
    description: '',
    categoryId: '',
    tags: [],
    price: '',
    compareAt: '',
    sku: '',
    stock: '0',
    lowStockThreshold: '5',
    weightGrams: '500',
    lengthCm: '20',
    breadthCm: '15',
    heightCm: '5',
    visibility: 'draft',
    availableInLives: true,
    options: [],
    variants: [],
  }
}
