import { z } from 'zod'
import { pinCode } from './common'

/** The product page's "check delivery" form. */
export const deliveryEstimateSchema = z.object({
  productId: z.uuid(),
  variantId: z.uuid().nullish(),
  pin: pinCode,
})

export type DeliveryEstimateInput = z.input<typeof deliveryEstimateSchema>

/**
 * The buyer's last PIN code, so every product page can show an estimate straight away. Written
 * by the browser: a cookie set by the server action would re-render the page on every check.
 */
export const DELIVERY_PIN_COOKIE = 'haat_pin'
export const DELIVERY_PIN_MAX_AGE_SECONDS = 60 * 60 * 24 * 365
