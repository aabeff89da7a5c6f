import { z } from 'zod'

/** Save or unsave one product; `saved` is the state wanted, so retries and double clicks are harmless. */
export const setWishlistSchema = z.object({
  productId: z.uuid(),
  saved: z.boolean(),
})

export type SetWishlistInput = z.input<typeof setWishlistSchema>
