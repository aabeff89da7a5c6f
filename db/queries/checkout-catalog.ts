import { and, eq, inArray, sql } from 'drizzle-orm'
import type { DbOrTx } from '@/db/client'
import { productMedia, productVariants, products, showProducts, shows, stores } from '@/db/schema'

// What checkout needs to know about the products in a bag, read fresh from the catalogue: the
// browser sends ids and quantities only, never a price.

export type CheckoutLineRequest = {
  productId: string
  variantId: string | null
  quantity: number
  showId: string | null
}

export type CheckoutCatalogRow = {
  productId: string
  variantId: string | null
  title: string
  slug: string
  variantTitle: string | null
  sku: string | null
  imageUrl: string | null
  unitPricePaise: number
  /** 'live' when the line came from a live show whose run list gives this product a lower price. */
  priceSource: 'list' | 'live'
  stock: number
  weightGrams: number
  lengthCm: number
  breadthCm: number
  heightCm: number
  hasVariants: boolean
  /** Public, active, in an approved store. */
  purchasable: boolean
  store: {
    id: string
    name: string
    slug: string
    codEnabled: boolean
    returnWindowDays: number
    pickupPin: string
    shippingRule: 'free_over' | 'flat' | 'carrier'
    shippingFeePaise: number
    freeShippingOverPaise: number
  }
}

const lineImage = sql<string | null>`coalesce(
  (select ${productMedia.url} from ${productMedia} where ${productMedia.id} = ${productVariants.mediaId}),
  (select ${productMedia.url} from ${productMedia}
   where ${productMedia.productId} = ${products.id} and ${productMedia.kind} = 'image'
   order by ${productMedia.position} limit 1))`

/** Live prices by show for the product, only from shows live right now. */
const livePrices = (showIds: string[]) =>
  showIds.length === 0
    ? sql<Record<string, number> | null>`null`
    : sql<Record<string, number> | null>`(
        select jsonb_object_agg(${showProducts.showId}, ${showProducts.livePricePaise})
        from ${showProducts} join ${shows} on ${shows.id} = ${showProducts.showId}
        where ${showProducts.productId} = ${products.id} and ${showProducts.livePricePaise} is not null
          and ${shows.status} = 'live' and ${inArray(showProducts.showId, showIds)})`

/**
 * One row per requested (product, variant) that exists; a line whose product or variant is gone
 * is simply absent. A variant id must belong to its product.
 */
export async function loadCheckoutCatalog(db: DbOrTx, lines: readonly CheckoutLineRequest[]): Promise<CheckoutCatalogRow[]> {
  if (lines.length === 0) return []
  const productIds = [...new Set(lines.map((l) => l.productId))]
  const showIds = [...new Set(lines.flatMap((l) => (l.showId ? [l.showId] : [])))]
  const rows = await db
    .select({
      productId: products.id,
      variantId: productVariants.id,
      title: products.title,
      slug: products.slug,
      variantTitle: productVariants.title,
      productSku: products.sku,
      variantSku: productVariants.sku,
      imageUrl: lineImage,
      productPrice: products.pricePaise,
      variantPrice: productVariants.pricePaise,
      livePrices: livePrices(showIds),
      productStock: products.stock,
      variantStock: productVariants.stock,
      weightGrams: products.weightGrams,
      lengthCm: products.lengthCm,
      breadthCm: products.breadthCm,
      heightCm: products.heightCm,
      options: products.options,
      visibility: products.visibility,
      productStatus: products.status,
      storeId: stores.id,
      storeName: stores.name,
      storeSlug: stores.slug,
      storeStatus: stores.status,
      codEnabled: stores.codEnabled,
      returnWindowDays: stores.returnWindowDays,
      pickupPin: stores.pickupPin,
      shippingRule: stores.shippingRule,
      shippingFeePaise: stores.shippingFeePaise,
      freeShippingOverPaise: stores.freeShippingOverPaise,
    })
    .from(products)
    .innerJoin(stores, eq(stores.id, products.storeId))
    .leftJoin(productVariants, eq(productVariants.productId, products.id))
    .where(inArray(products.id, productIds))

  const out: CheckoutCatalogRow[] = []
  const seen = new Set<string>()
  for (const line of lines) {
    const key = `${line.productId}:${line.variantId ?? '-'}`
    if (seen.has(key)) continue
    const row = rows.find((r) => r.productId === line.productId && (line.variantId ? r.variantId === line.variantId : true))
    if (!row) continue
    const hasVariants = row.options.length > 0
    if (hasVariants !== (line.variantId !== null)) continue
    seen.add(key)
    const listPrice = hasVariants && row.variantPrice !== null ? row.variantPrice : row.productPrice
    const livePrice = line.showId ? row.livePrices?.[line.showId] : undefined
    const live = livePrice !== undefined && livePrice < listPrice
    out.push({
      productId: row.productId,
      variantId: hasVariants ? row.variantId : null,
      title: row.title,
      slug: row.slug,
      variantTitle: hasVariants ? row.variantTitle : null,
      sku: (hasVariants ? row.variantSku : row.productSku) ?? null,
      imageUrl: row.imageUrl,
      unitPricePaise: live ? livePrice : listPrice,
      priceSource: live ? 'live' : 'list',
      stock: hasVariants && row.variantStock !== null ? row.variantStock : row.productStock,
      weightGrams: row.weightGrams,
      lengthCm: row.lengthCm,
      breadthCm: row.breadthCm,
      heightCm: row.heightCm,
      hasVariants,
      purchasable: row.visibility === 'public' && row.productStatus === 'active' && row.storeStatus === 'approved',
      store: {
        id: row.storeId,
        name: row.storeName,
        slug: row.storeSlug,
        codEnabled: row.codEnabled,
        returnWindowDays: row.returnWindowDays,
        pickupPin: row.pickupPin,
        shippingRule: row.shippingRule,
        shippingFeePaise: row.shippingFeePaise,
        freeShippingOverPaise: row.freeShippingOverPaise,
      },
    })
  }
  return out
}

/** Stock of one line right now (for messages after a reservation failed). */
export async function currentStock(db: DbOrTx, line: { productId: string; variantId: string | null }): Promise<number> {
  if (line.variantId) {
    const [row] = await db
      .select({ stock: productVariants.stock })
      .from(productVariants)
      .where(and(eq(productVariants.id, line.variantId), eq(productVariants.productId, line.productId)))
    return row?.stock ?? 0
  }
  const [row] = await db.select({ stock: products.stock }).from(products).where(eq(products.id, line.productId))
  return row?.stock ?? 0
}
