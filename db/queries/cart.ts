import { and, asc, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm'
import type { DbOrTx, Tx } from '@/db/client'
import { cartItems, carts, productMedia, productVariants, products, showProducts, stores } from '@/db/schema'
import type { CartLineKey, StoredCartLine } from '@/lib/cart/rules'
import type { CartProductFacts, CartVariantFacts } from '@/lib/cart/view'

// A signed-in buyer's cart: one carts row per user, cart_items lines. Every query takes the
// user id and reaches lines only through that user's cart.

const userCartIds = (db: DbOrTx, userId: string) => db.select({ id: carts.id }).from(carts).where(eq(carts.userId, userId))

function sameKey(key: CartLineKey): SQL {
  return and(
    eq(cartItems.productId, key.productId),
    key.variantId === null ? isNull(cartItems.variantId) : eq(cartItems.variantId, key.variantId),
  )!
}

/**
 * The user's cart id, creating the cart when missing, with the row locked until the transaction
 * ends: every change to one cart runs one at a time, so two tabs adding at once both count.
 */
export async function lockUserCart(tx: Tx, userId: string): Promise<string> {
  await tx.insert(carts).values({ userId }).onConflictDoNothing({ target: carts.userId })
  const [row] = await tx.select({ id: carts.id }).from(carts).where(eq(carts.userId, userId)).for('update')
  if (!row) throw new Error('The cart was not created')
  return row.id
}

export async function touchCart(tx: Tx, cartId: string): Promise<void> {
  await tx.update(carts).set({ updatedAt: new Date() }).where(eq(carts.id, cartId))
}

/** The user's lines in the order they were first added. */
export async function listCartLines(db: DbOrTx, userId: string): Promise<StoredCartLine[]> {
  return db
    .select({ productId: cartItems.productId, variantId: cartItems.variantId, quantity: cartItems.quantity, showId: cartItems.showId })
    .from(cartItems)
    .innerJoin(carts, eq(carts.id, cartItems.cartId))
    .where(eq(carts.userId, userId))
    .orderBy(asc(cartItems.createdAt), asc(cartItems.id))
}

/** Items in the user's cart, for the header badge: one indexed read, no catalogue join. */
export async function countCartItems(db: DbOrTx, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`coalesce(sum(${cartItems.quantity}), 0)::int` })
    .from(cartItems)
    .innerJoin(carts, eq(carts.id, cartItems.cartId))
    .where(eq(carts.userId, userId))
  return row?.n ?? 0
}

/** Sets a line of a locked cart (see lockUserCart) to `line.quantity`, adding it when new. */
export async function setCartLine(tx: Tx, cartId: string, line: StoredCartLine): Promise<void> {
  const updated = await tx
    .update(cartItems)
    .set({ quantity: line.quantity, showId: line.showId })
    .where(and(eq(cartItems.cartId, cartId), sameKey(line)))
    .returning({ id: cartItems.id })
  if (updated.length > 0) return
  // clock_timestamp, not now(): lines merged in one transaction keep the order they were added in.
  await tx
    .insert(cartItems)
    .values({ cartId, productId: line.productId, variantId: line.variantId, quantity: line.quantity, showId: line.showId, createdAt: sql`clock_timestamp()` })
}

/** Removes lines from the user's cart; another user's lines are never reached. Returns how many went. */
export async function deleteCartLines(db: DbOrTx, userId: string, keys: readonly CartLineKey[]): Promise<number> {
  if (keys.length === 0) return 0
  const removed = await db
    .delete(cartItems)
    .where(and(inArray(cartItems.cartId, userCartIds(db, userId)), or(...keys.map(sameKey))))
    .returning({ id: cartItems.id })
  return removed.length
}

const firstImage = sql<string | null>`(
  select ${productMedia.url} from ${productMedia}
  where ${productMedia.productId} = ${products.id} and ${productMedia.kind} = 'image'
  order by ${productMedia.position} limit 1)`

/** Current facts for the products in a cart, whatever their visibility: the cart says why a line can't be bought. */
export async function loadCartProducts(db: DbOrTx, productIds: readonly string[]): Promise<CartProductFacts[]> {
  if (productIds.length === 0) return []
  const rows = await db
    .select({
      id: products.id,
      slug: products.slug,
      title: products.title,
      pricePaise: products.pricePaise,
      compareAtPaise: products.compareAtPaise,
      stock: products.stock,
      lowStockThreshold: products.lowStockThreshold,
      purchasable: sql<boolean>`(${products.visibility} = 'public' and ${products.status} = 'active' and ${stores.status} = 'approved')`,
      storeId: stores.id,
      storeName: stores.name,
      storeSlug: stores.slug,
      imageUrl: firstImage,
      options: products.options,
      variantCount: sql<number>`(select count(*)::int from ${productVariants} where ${productVariants.productId} = ${products.id})`,
    })
    .from(products)
    .innerJoin(stores, eq(stores.id, products.storeId))
    .where(inArray(products.id, [...new Set(productIds)]))
  return rows.map(({ options, ...row }) => ({ ...row, optionNames: options.map((o) => o.name) }))
}

export async function loadCartVariants(db: DbOrTx, variantIds: readonly string[]): Promise<CartVariantFacts[]> {
  if (variantIds.length === 0) return []
  return db
    .select({
      id: productVariants.id,
      productId: productVariants.productId,
      title: productVariants.title,
      pricePaise: productVariants.pricePaise,
      compareAtPaise: productVariants.compareAtPaise,
      stock: productVariants.stock,
      imageUrl: productMedia.url,
    })
    .from(productVariants)
    .leftJoin(productMedia, eq(productMedia.id, productVariants.mediaId))
    .where(inArray(productVariants.id, [...new Set(variantIds)]))
}

/** Whether the show has the product in its run list: a line keeps its show only then. */
export async function showHasProduct(db: DbOrTx, showId: string, productId: string): Promise<boolean> {
  const [row] = await db
    .select({ showId: showProducts.showId })
    .from(showProducts)
    .where(and(eq(showProducts.showId, showId), eq(showProducts.productId, productId)))
    .limit(1)
  return Boolean(row)
}
