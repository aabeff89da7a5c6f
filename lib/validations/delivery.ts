import { z } from 'zod'
import { pinCode } from './common'

/** The product page's "check delivery" form. */
export const deliveryEstimateSchema = z.object({
  productId: z.uuid(),
  variantId: z.uuid().nullish(),
  pin: pinCode,
})

export type DeliveryEstimateInput = z.input<typeof deliveryEstimateSchema>

