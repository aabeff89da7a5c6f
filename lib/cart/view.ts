import { stockState } from '@/lib/catalog/pricing'
import { clampQuantity, lineKey, lineLimit, type StoredCartLine } from './rules'
import type { CartLineView, CartStoreGroup, CartView } from './types'

/** What the cart needs to know about a product, read fresh on every cart read. */
export type CartProductFacts = {
  id: string
  slug: string
  title: string
  pricePaise: number
  compareAtPaise: number | null
  stock: number
  lowStockThreshold: number
  /** Public, active, and in an approved store. */
  purchasable: boolean
  storeId: string
  storeName: string
  storeSlug: string
  imageUrl: string | null
  optionNames: string[]
  variantCount: number
}

export type CartVariantFacts = {
  id: string
  productId: string
  title: string
  pricePaise: number
  compareAtPaise: number | null
  stock: number
  imageUrl: string | null
}

export type LineAssessment = {
  pricePaise: number
  compareAtPaise: number | null
  stock: number
  variantTitle: string | null
  imageUrl: string | null
} & ({ available: true; limit: number } | { available: false; reason: UnavailableReason; problem: string })

export type UnavailableReason = 'not_sold' | 'needs_variant' | 'variant_gone' | 'out_of_stock'

function optionList(names: readonly string[]): string {
  const lower = names.map((n) => n.toLowerCase())
  if (lower.length <= 1) return lower[0] ?? 'option'
  return `${lower.slice(0, -1).join(', ')} and ${lower.at(-1)}`
}

/** Whether one line can be bought as it stands, and at what list price. */
export function assessLine(
  line: { variantId: string | null },
  product: CartProductFacts,
  variant: CartVariantFacts | undefined,
): LineAssessment {
  const base = {
    pricePaise: variant?.pricePaise ?? product.pricePaise,
    compareAtPaise: variant ? variant.compareAtPaise : product.compareAtPaise,
    stock: variant?.stock ?? product.stock,
    variantTitle: variant?.title ?? null,
    imageUrl: variant?.imageUrl ?? product.imageUrl,
  }
  const no = (reason: UnavailableReason, problem: string): LineAssessment => ({ ...base, available: false, reason, problem })
  if (!product.purchasable) return no('not_sold', 'This item is no longer available.')
  if (line.variantId === null && product.variantCount > 0) return no('needs_variant', `Choose a ${optionList(product.optionNames)} for this item.`)
  if (line.variantId !== null && (!variant || variant.productId !== product.id)) return no('variant_gone', 'This option is no longer available.')
  if (base.stock <= 0) return no('out_of_stock', 'Out of stock.')
  return { ...base, available: true, limit: lineLimit(base.stock) }
}

export function summarise(groups: CartStoreGroup[]): CartView {
  const lines = groups.flatMap((g) => g.lines)
  const available = lines.filter((l) => l.available)
  return {
    groups,
    itemCount: lines.reduce((n, l) => n + l.quantity, 0),
    checkoutItemCount: available.reduce((n, l) => n + l.quantity, 0),
    subtotalPaise: available.reduce((n, l) => n + l.lineTotalPaise, 0),
    unavailableLineCount: lines.length - available.length,
  }
}

function groupSubtotal(lines: CartLineView[]): number {
  return lines.reduce((n, l) => n + (l.available ? l.lineTotalPaise : 0), 0)
}

/**
 * The cart as shown: one group per store in the order stores first appear, lines in the order
 * they were added. A line whose product no longer exists is left out. A quantity above what is
 * left shows (and checks out) at the stock, with a notice saying so.
 */
export function buildCartView(
  lines: readonly StoredCartLine[],
  products: ReadonlyMap<string, CartProductFacts>,
  variants: ReadonlyMap<string, CartVariantFacts>,
): CartView {
  const groups = new Map<string, CartStoreGroup>()
  for (const line of lines) {
    const product = products.get(line.productId)
    if (!product) continue
    const variant = line.variantId ? variants.get(line.variantId) : undefined
    const assessed = assessLine(line, product, variant)
    const clamped = assessed.available ? clampQuantity(line.quantity, assessed.stock) : { quantity: line.quantity, notice: null }
    const view: CartLineView = {
      key: lineKey(line),
      productId: line.productId,
      variantId: line.variantId,
      showId: line.showId,
      href: line.variantId ? `/p/${product.slug}?variant=${line.variantId}` : `/p/${product.slug}`,
      title: product.title,
      variantTitle: assessed.variantTitle,
      image: assessed.imageUrl ? { url: assessed.imageUrl, alt: product.title } : null,
      unitPricePaise: assessed.pricePaise,
      compareAtPaise: assessed.compareAtPaise,
      quantity: clamped.quantity,
      maxQuantity: assessed.available ? assessed.limit : 0,
      lineTotalPaise: assessed.pricePaise * clamped.quantity,
      stockLabel: stockState(assessed.stock, product.lowStockThreshold).label,
      available: assessed.available,
      problem: assessed.available ? null : assessed.problem,
      notice: clamped.notice,
    }
    const group = groups.get(product.storeId)
    if (group) group.lines.push(view)
    else groups.set(product.storeId, { storeId: product.storeId, storeName: product.storeName, storeSlug: product.storeSlug, lines: [view], subtotalPaise: 0 })
  }
  const shaped = [...groups.values()].map((g) => ({ ...g, subtotalPaise: groupSubtotal(g.lines) }))
  return summarise(shaped)
}

/** The cart with one line's quantity changed (0 removes it): what the drawer shows while the server answers. */
export function withLineQuantity(cart: CartView, key: string, quantity: number): CartView {
  const groups = cart.groups
    .map((group) => {
      const lines = group.lines
        .filter((line) => line.key !== key || quantity > 0)
        .map((line) =>
          line.key === key ? { ...line, quantity, lineTotalPaise: line.unitPricePaise * quantity, notice: null } : line,
        )
      return { ...group, lines, subtotalPaise: groupSubtotal(lines) }
    })
    .filter((group) => group.lines.length > 0)
  return summarise(groups)
}
