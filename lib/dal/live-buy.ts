import 'server-only'

import type { Db } from '@/db/client'
import { findLiveRunListProduct } from '@/db/queries/live-buy'
import { findProductPage } from '@/db/queries/product-page'
import { ActionError } from '@/lib/actions/errors'
import { listAddresses, type SavedAddress } from '@/lib/dal/addresses'
import { quoteCheckout } from '@/lib/dal/checkout'
import type { ShippingService } from '@/lib/services/shipping'

export type LiveBuyVariant = { id: string | null; title: string; pricePaise: number; listPricePaise: number; stock: number; imageUrl: string | null }

export type LiveBuyOptions = {
  product: { id: string; slug: string; title: string; imageUrl: string | null; hasVariants: boolean }
  variants: LiveBuyVariant[]
  addresses: SavedAddress[]
}

/**
 * What the live room's buy sheet offers for one run-list product: its variants at the price a
 * live buyer pays (the show's live price where it is lower — the same rule checkout applies)
 * and the buyer's saved addresses.
 */
export async function liveBuyOptions(db: Db, input: { userId: string; showId: string; productId: string }): Promise<LiveBuyOptions> {
  const entry = await findLiveRunListProduct(db, input)
  if (!entry) throw new ActionError('not_found', 'This product isn’t part of the show any more.')
  if (entry.status !== 'live') throw new ActionError('conflict', 'The show has ended. You can still buy from the product page.')
  // Read fresh, not from the page cache: stock moves fast during a live.
  const [product, addresses] = await Promise.all([findProductPage(db, input.productId, { audience: 'public' }), listAddresses(db, input.userId)])
  if (!product) throw new ActionError('not_found', 'This product is no longer available.')
  const live = (price: number) => (entry.livePricePaise !== null && entry.livePricePaise < price ? entry.livePricePaise : price)
  const image = (mediaId: string | null) => product.media.find((m) => m.id === mediaId)?.url ?? product.media.find((m) => m.kind === 'image')?.url ?? null
  const hasVariants = product.options.length > 0
  const variants: LiveBuyVariant[] = hasVariants
    ? product.variants.map((v) => ({ id: v.id, title: v.title, pricePaise: live(v.pricePaise), listPricePaise: v.pricePaise, stock: v.stock, imageUrl: image(v.mediaId) }))
    : [{ id: null, title: product.title, pricePaise: live(product.pricePaise), listPricePaise: product.pricePaise, stock: product.stock, imageUrl: image(null) }]
  return {
    product: { id: product.id, slug: product.slug, title: product.title, imageUrl: image(null), hasVariants },
    variants,
    addresses,
  }
}

export type LiveQuote = {
  totalPaise: number
  shippingPaise: number
  itemPaise: number
  problem: string | null
  codAvailable: boolean
  codReason: string | null
}

/** The sheet's total for one unit to one address, priced by checkout itself. */
export async function liveQuote(
  deps: { db: Db; shipping: ShippingService },
  input: { userId: string; showId: string; productId: string; variantId: string | null; pin: string | null },
): Promise<LiveQuote> {
  const quote = await quoteCheckout(deps, {
    userId: input.userId,
    source: { kind: 'buy', line: { productId: input.productId, variantId: input.variantId, quantity: 1, showId: input.showId } },
    pin: input.pin,
    couponCode: null,
    cod: false,
  })
  const undeliverable = quote.delivery?.find((d) => !d.serviceable)
  return {
    totalPaise: quote.priced?.totalPaise ?? 0,
    shippingPaise: quote.priced?.shippingPaise ?? 0,
    itemPaise: quote.priced?.subtotalPaise ?? 0,
    problem: quote.lines.find((l) => l.issue)?.message ?? (undeliverable && !undeliverable.serviceable ? undeliverable.reason : null),
    codAvailable: input.pin !== null && quote.codAvailable,
    codReason: input.pin === null ? 'Choose an address to see if cash on delivery is available.' : quote.codReason,
  }
}
