'use server'

import { getDb } from '@/db'
import { findShippingFacts } from '@/db/queries/product-page'
import { addWishlistItem, removeWishlistItem } from '@/db/queries/wishlist'
import { ActionError, publicAction, userAction } from '@/lib/actions/safe-action'
import { deliveryByLabel } from '@/lib/catalog/delivery'
import { getShipping, ShippingError } from '@/lib/services/shipping'
import { deliveryEstimateSchema } from '@/lib/validations/delivery'
import { setWishlistSchema } from '@/lib/validations/wishlist'

export const setWishlistAction = userAction(
  setWishlistSchema,
  async ({ productId, saved }, { user }) => {
    const db = getDb()
    if (!saved) {
      await removeWishlistItem(db, user.id, productId)
      return { saved: false }
    }
    if (!(await addWishlistItem(db, user.id, productId))) {
      throw new ActionError('not_found', 'This product is no longer available, so it can’t be saved.')
    }
    return { saved: true }
  },
  { rateLimit: { name: 'wishlist', limit: 60, windowSeconds: 60 } },
)

export type DeliveryEstimate =
  | { pin: string; serviceable: false; reason: string }
  | { pin: string; serviceable: true; deliveryBy: string; codAvailable: boolean }

export const checkDeliveryAction = publicAction(
  deliveryEstimateSchema,
  async ({ productId, variantId, pin }): Promise<DeliveryEstimate> => {
    const facts = await findShippingFacts(getDb(), productId, variantId ?? null)
    if (!facts) throw new ActionError('not_found', 'This product is no longer available.')
    let quote
    try {
      quote = await getShipping().serviceability({
        pickupPin: facts.pickupPin,
        deliveryPin: pin,
        weightGrams: facts.weightGrams,
        cod: true,
        declaredValuePaise: facts.pricePaise,
      })
    } catch (error) {
      if (error instanceof ShippingError) {
        throw new ActionError('server_error', 'We couldn’t reach the courier just now. Try again in a minute.')
      }
      throw error
    }
    if (!quote.serviceable) return { pin, serviceable: false, reason: quote.reason }
    return {
      pin,
      serviceable: true,
      deliveryBy: deliveryByLabel(new Date(), quote.etaDays.max),
      codAvailable: quote.codAvailable && facts.codEnabled,
    }
  },
  // Per IP for guests: a page view may check once, a buyer may try a few PIN codes.
  { rateLimit: { name: 'delivery-estimate', limit: 30, windowSeconds: 60 } },
)
