import { z } from 'zod'

/**
 * Cart operations. Quantities above what a line may hold are accepted and lowered by the server
 * (to the stock, at most 10), which says so; only nonsense is refused here.
 */

const quantity = z
  .number({ error: 'Choose a quantity' })
  .int('Choose a whole number')
  .min(1, 'Choose at least 1')
  .max(999, 'Choose a smaller quantity')

const lineKey = {
  productId: z.uuid('Choose a product'),
  variantId: z.uuid('Choose an option').nullable(),
}

export const addToCartSchema = z.object({
  productId: lineKey.productId,
  variantId: lineKey.variantId.optional().transform((v) => v ?? null),
  quantity: quantity.default(1),
  /** The live show the buyer added it from, kept for live prices and attribution. */
  showId: z.uuid().nullish().transform((v) => v ?? null),
})

export const updateCartLineSchema = z.object({ ...lineKey, quantity })

export const removeCartLineSchema = z.object(lineKey)

/** Buy now takes what Add to cart takes, and leaves the cart alone. */
export const buyNowSchema = addToCartSchema

export const loadCartSchema = z.object({})

export type AddToCartInput = z.input<typeof addToCartSchema>
export type UpdateCartLineInput = z.input<typeof updateCartLineSchema>
export type RemoveCartLineInput = z.input<typeof removeCartLineSchema>
export type BuyNowInput = z.input<typeof buyNowSchema>
