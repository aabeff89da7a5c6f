import 'server-only'

import type { DbOrTx } from '@/db/client'
import {
  countCartItems,
  deleteCartLines,
  listCartLines,
  loadCartProducts,
  loadCartVariants,
  lockUserCart,
  setCartLine,
  showHasProduct,
  touchCart,
} from '@/db/queries/cart'
import { ActionError } from '@/lib/actions/errors'
import {
  buyNowPath,
  clampQuantity,
  MAX_CART_LINES,
  MAX_PER_LINE,
  mergeCartLines,
  sameLine,
  withLine,
  type CartLineKey,
  type StoredCartLine,
} from '@/lib/cart/rules'
import type { CartView } from '@/lib/cart/types'
import { assessLine, buildCartView, type CartProductFacts, type CartVariantFacts, type LineAssessment } from '@/lib/cart/view'

/**
 * Whose cart: a signed-in user's (database rows) or a guest's (the lines of their signed cookie,
 * which the caller reads and, after a change, writes back). Every read and write is scoped to the
 * owner given here; the action decides who that is.
 */
export type CartOwner = { userId: string } | { guestLines: readonly StoredCartLine[] }

/** After a change: what to tell the buyer, and for a guest the lines to write to the cookie. */
export type CartChange = { notice: string | null; guestLines: StoredCartLine[] | null }

export type CheckoutLine = { productId: string; variantId: string | null; quantity: number; showId: string | null }

async function loadFacts(db: DbOrTx, lines: readonly CartLineKey[]) {
  const [products, variants] = await Promise.all([
    loadCartProducts(db, lines.map((l) => l.productId)),
    loadCartVariants(db, lines.flatMap((l) => (l.variantId ? [l.variantId] : []))),
  ])
  return {
    products: new Map<string, CartProductFacts>(products.map((p) => [p.id, p])),
    variants: new Map<string, CartVariantFacts>(variants.map((v) => [v.id, v])),
  }
}

async function assessOne(db: DbOrTx, key: CartLineKey): Promise<LineAssessment> {
  const { products, variants } = await loadFacts(db, [key])
  const product = products.get(key.productId)
  if (!product) throw new ActionError('not_found', 'This product is no longer available.')
  return assessLine(key, product, key.variantId ? variants.get(key.variantId) : undefined)
}

/** The stock of a line that may be bought, or the reason it may not, as the buyer should read it. */
function requireBuyable(assessed: LineAssessment): number {
  if (assessed.available) return assessed.stock
  switch (assessed.reason) {
    case 'needs_variant':
      throw new ActionError('invalid_input', assessed.problem, { variantId: [assessed.problem] })
    case 'variant_gone':
      throw new ActionError('not_found', 'This option is no longer available. Choose another.', { variantId: ['This option is no longer available.'] })
    case 'out_of_stock':
      throw new ActionError('conflict', 'This item is out of stock.')
    case 'not_sold':
      throw new ActionError('not_found', 'This item is no longer available.')
    default: {
      const unknown: never = assessed.reason
      throw new Error(`Unknown reason: ${String(unknown)}`)
    }
  }
}

async function linesOf(db: DbOrTx, owner: CartOwner): Promise<StoredCartLine[]> {
  return 'userId' in owner ? listCartLines(db, owner.userId) : [...owner.guestLines]
}

/**
 * Runs one change against the owner's lines: `plan` gets the current lines and returns the line
 * as it should be (quantity 0 removes it). A user's cart is locked for the change.
 */
async function change(
  db: DbOrTx,
  owner: CartOwner,
  plan: (lines: StoredCartLine[], db: DbOrTx) => Promise<{ next: StoredCartLine; notice: string | null }>,
): Promise<CartChange> {
  if (!('userId' in owner)) {
    const { next, notice } = await plan([...owner.guestLines], db)
    return { notice, guestLines: withLine(owner.guestLines, next) }
  }
  return db.transaction(async (tx) => {
    const cartId = await lockUserCart(tx, owner.userId)
    const { next, notice } = await plan(await listCartLines(tx, owner.userId), tx)
    if (next.quantity > 0) await setCartLine(tx, cartId, next)
    else await deleteCartLines(tx, owner.userId, [next])
    await touchCart(tx, cartId)
    return { notice, guestLines: null }
  })
}

/** The cart as shown, grouped by store with current list prices. */
export async function getCartView(db: DbOrTx, owner: CartOwner): Promise<CartView> {
  const lines = await linesOf(db, owner)
  if (lines.length === 0) return buildCartView([], new Map(), new Map())
  const { products, variants } = await loadFacts(db, lines)
  return buildCartView(lines, products, variants)
}

/** Items in the cart for the header badge; a guest's are counted from the cookie alone. */
export async function getCartItemCount(db: DbOrTx, owner: CartOwner): Promise<number> {
  if ('userId' in owner) return countCartItems(db, owner.userId)
  return owner.guestLines.reduce((n, l) => n + l.quantity, 0)
}

async function keptShowId(db: DbOrTx, showId: string | null, productId: string): Promise<string | null> {
  return showId && (await showHasProduct(db, showId, productId)) ? showId : null
}

export type AddToCartRequest = { productId: string; variantId: string | null; quantity: number; showId: string | null }

/** Adds to a line (or starts one), clamped to the stock and to 10 a line. */
export async function addToCart(db: DbOrTx, owner: CartOwner, input: AddToCartRequest): Promise<CartChange> {
  return change(db, owner, async (lines, q) => {
    const stock = requireBuyable(await assessOne(q, input))
    const existing = lines.find((l) => sameLine(l, input))
    if (!existing && lines.length >= MAX_CART_LINES) {
      throw new ActionError('conflict', `Your cart is full: it holds ${MAX_CART_LINES} different items. Remove one to add this.`)
    }
    const clamped = clampQuantity((existing?.quantity ?? 0) + input.quantity, stock)
    const showId = existing?.showId ?? (await keptShowId(q, input.showId, input.productId))
    return { next: { productId: input.productId, variantId: input.variantId, quantity: clamped.quantity, showId }, notice: clamped.notice }
  })
}

/** Sets a line's quantity, clamped like an add; the line must already be in the cart. */
export async function updateCartLine(db: DbOrTx, owner: CartOwner, input: CartLineKey & { quantity: number }): Promise<CartChange> {
  return change(db, owner, async (lines, q) => {
    const existing = lines.find((l) => sameLine(l, input))
    if (!existing) throw new ActionError('not_found', 'This item is no longer in your cart.')
    const assessed = await assessOne(q, input)
    if (!assessed.available) throw new ActionError('conflict', `${assessed.problem} Remove it from your cart.`)
    const clamped = clampQuantity(input.quantity, assessed.stock)
    return { next: { ...existing, quantity: clamped.quantity }, notice: clamped.notice }
  })
}

/** Removes a line; removing one that is already gone is not an error. */
export async function removeCartLine(db: DbOrTx, owner: CartOwner, key: CartLineKey): Promise<CartChange> {
  return change(db, owner, async () => ({ next: { productId: key.productId, variantId: key.variantId, quantity: 0, showId: null }, notice: null }))
}

/**
 * Folds a guest's lines into the user's cart at sign-in: quantities of the same product and
 * variant add up, then each line is clamped to its stock (and 10). Lines for products or variants
 * that no longer exist are dropped; lines that can't be bought now are kept, to show why.
 */
export async function mergeGuestCart(db: DbOrTx, userId: string, guestLines: readonly StoredCartLine[]): Promise<void> {
  if (guestLines.length === 0) return
  await db.transaction(async (tx) => {
    const cartId = await lockUserCart(tx, userId)
    const existing = await listCartLines(tx, userId)
    const merged = mergeCartLines(existing, guestLines).filter((line) => guestLines.some((g) => sameLine(g, line)))
    const { products, variants } = await loadFacts(tx, merged)
    for (const line of merged) {
      const product = products.get(line.productId)
      const variant = line.variantId ? variants.get(line.variantId) : undefined
      if (!product || (line.variantId && variant?.productId !== product.id)) continue
      const assessed = assessLine(line, product, variant)
      const quantity = assessed.available ? clampQuantity(line.quantity, assessed.stock).quantity : Math.min(line.quantity, MAX_PER_LINE)
      await setCartLine(tx, cartId, { ...line, quantity })
    }
    await touchCart(tx, cartId)
  })
}

/**
 * The lines checkout prices for the user: the ones that can be bought now, each at the quantity
 * the cart shows (lowered to the stock left). Lines that can't be bought stay in the cart.
 */
export async function getCartForCheckout(db: DbOrTx, { userId }: { userId: string }): Promise<CheckoutLine[]> {
  const view = await getCartView(db, { userId })
  return view.groups.flatMap((g) =>
    g.lines.filter((l) => l.available).map((l) => ({ productId: l.productId, variantId: l.variantId, quantity: l.quantity, showId: l.showId })),
  )
}

/** After an order is placed (in its transaction): the ordered lines leave the user's cart. */
export async function clearCartLines(tx: DbOrTx, { userId, lines }: { userId: string; lines: readonly CartLineKey[] }): Promise<number> {
  return deleteCartLines(tx, userId, lines)
}

/** Checks a Buy now and returns where to go: the checkout for that one line, at a quantity it may have. */
export async function prepareBuyNow(db: DbOrTx, input: AddToCartRequest): Promise<{ path: string; notice: string | null }> {
  const stock = requireBuyable(await assessOne(db, input))
  const clamped = clampQuantity(input.quantity, stock)
  const showId = await keptShowId(db, input.showId, input.productId)
  return { path: buyNowPath({ ...input, quantity: clamped.quantity, showId }), notice: clamped.notice }
}
