'use server'

import { z } from 'zod'
import { getDb } from '@/db'
import { userAction } from '@/lib/actions/safe-action'
import { getAddressForUser } from '@/lib/dal/addresses'
import { liveBuyOptions, liveQuote } from '@/lib/dal/live-buy'
import { getShipping } from '@/lib/services/shipping'

const liveProduct = z.object({
  showId: z.uuid({ error: 'This show link is broken. Reload the page.' }),
  productId: z.uuid({ error: 'Choose a product from the show.' }),
})

/** The buy sheet's variants and the buyer's addresses. */
export const liveBuyOptionsAction = userAction(liveProduct, (input, { user }) => liveBuyOptions(getDb(), { userId: user.id, ...input }))

/** The sheet's total for the chosen variant and address, priced by checkout itself. */
export const liveQuoteAction = userAction(
  liveProduct.extend({ variantId: z.uuid().nullable(), addressId: z.uuid().nullable() }),
  async (input, { user }) => {
    const db = getDb()
    const address = input.addressId ? await getAddressForUser(db, { userId: user.id, addressId: input.addressId }) : null
    return liveQuote({ db, shipping: getShipping() }, { userId: user.id, showId: input.showId, productId: input.productId, variantId: input.variantId, pin: address?.pin ?? null })
  },
)
