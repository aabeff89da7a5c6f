/** The cart as pages and the drawer show it: lines grouped by store, current list prices. */

export type CartLineView = {
  /** `<productId>:<variantId|->`, stable across renders. */
  key: string
  productId: string
  variantId: string | null
  showId: string | null
  href: string
  title: string
  variantTitle: string | null
  image: { url: string; alt: string } | null
  /** The current list price; checkout prices the order itself (live and flash prices, coupons). */
  unitPricePaise: number
  compareAtPaise: number | null
  quantity: number
  /** The most this line may hold now: min(stock, 10); 0 when it can't be bought. */
  maxQuantity: number
  lineTotalPaise: number
  stockLabel: string
  available: boolean
  /** Why the line can't be checked out, when it can't. */
  problem: string | null
  /** Said once about a change we made, e.g. a quantity lowered to the stock left. */
  notice: string | null
}

export type CartStoreGroup = {
  storeId: string
  storeName: string
  storeSlug: string
  lines: CartLineView[]
  /** Available lines only. */
  subtotalPaise: number
}

export type CartView = {
  groups: CartStoreGroup[]
  /** Every item, available or not: the header badge. */
  itemCount: number
  /** Items that checkout will take. */
  checkoutItemCount: number
  subtotalPaise: number
  unavailableLineCount: number
}

export type CartMutationResult = { cart: CartView; notice: string | null }
