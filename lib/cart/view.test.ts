import { describe, expect, it } from 'vitest'
import type { StoredCartLine } from './rules'
import { assessLine, buildCartView, withLineQuantity, type CartProductFacts, type CartVariantFacts } from './view'

const product = (id: string, over: Partial<CartProductFacts> = {}): CartProductFacts => ({
  id,
  slug: `slug-${id}`,
  title: `Title ${id}`,
  pricePaise: 10000,
  compareAtPaise: null,
  stock: 20,
  lowStockThreshold: 5,
  purchasable: true,
  storeId: 'store-a',
  storeName: 'Store A',
  storeSlug: 'store-a',
  imageUrl: `/img/${id}.webp`,
  optionNames: [],
  variantCount: 0,
  ...over,
})
const variant = (id: string, productId: string, over: Partial<CartVariantFacts> = {}): CartVariantFacts => ({
  id,
  productId,
  title: 'M / Red',
  pricePaise: 15000,
  compareAtPaise: 20000,
  stock: 2,
  imageUrl: null,
  ...over,
})
const line = (productId: string, quantity: number, variantId: string | null = null): StoredCartLine => ({ productId, variantId, quantity, showId: null })
const maps = (products: CartProductFacts[], variants: CartVariantFacts[] = []) =>
  [new Map(products.map((p) => [p.id, p])), new Map(variants.map((v) => [v.id, v]))] as const

describe('assessLine', () => {
  it('explains each way a line can’t be bought', () => {
    expect(assessLine(line('p', 1), product('p', { purchasable: false }), undefined)).toMatchObject({ available: false, reason: 'not_sold' })
    expect(assessLine(line('p', 1), product('p', { variantCount: 2, optionNames: ['Size', 'Colour'] }), undefined)).toMatchObject({
      available: false,
      reason: 'needs_variant',
      problem: 'Choose a size and colour for this item.',
    })
    expect(assessLine(line('p', 1, 'v'), product('p', { variantCount: 1 }), variant('v', 'other'))).toMatchObject({ reason: 'variant_gone' })
    expect(assessLine(line('p', 1, 'v'), product('p', { variantCount: 1 }), undefined)).toMatchObject({ reason: 'variant_gone' })
    expect(assessLine(line('p', 1), product('p', { stock: 0 }), undefined)).toMatchObject({ available: false, reason: 'out_of_stock' })
  })

  it('uses the variant’s price, stock and image, falling back to the product’s image', () => {
    expect(assessLine(line('p', 1, 'v'), product('p', { variantCount: 1 }), variant('v', 'p'))).toEqual({
      available: true,
      limit: 2,
      pricePaise: 15000,
      compareAtPaise: 20000,
      stock: 2,
      variantTitle: 'M / Red',
      imageUrl: '/img/p.webp',
    })
  })
})

describe('buildCartView', () => {
  it('groups lines by store with per-store subtotals, leaving unavailable lines out of the totals', () => {
    const [products, variants] = maps(
      [product('p1'), product('p2', { storeId: 'store-b', storeName: 'Store B', storeSlug: 'store-b', pricePaise: 5000 }), product('p3', { purchasable: false }), product('p4', { variantCount: 1 })],
      [variant('v4', 'p4')],
    )
    const view = buildCartView([line('p1', 2), line('p2', 3), line('p3', 1), line('p4', 1, 'v4'), line('gone', 4)], products, variants)
    expect(view.groups.map((g) => [g.storeName, g.lines.map((l) => l.productId), g.subtotalPaise])).toEqual([
      ['Store A', ['p1', 'p3', 'p4'], 20000 + 15000],
      ['Store B', ['p2'], 15000],
    ])
    expect(view).toMatchObject({ itemCount: 7, checkoutItemCount: 6, subtotalPaise: 50000, unavailableLineCount: 1 })
    const p4 = view.groups[0]!.lines[2]!
    expect(p4).toMatchObject({ key: 'p4:v4', href: '/p/slug-p4?variant=v4', variantTitle: 'M / Red', maxQuantity: 2, stockLabel: 'Only 2 left' })
    expect(view.groups[0]!.lines[1]).toMatchObject({ available: false, problem: 'This item is no longer available.', maxQuantity: 0 })
  })

  it('shows a quantity above the stock left at the stock, with a notice', () => {
    const [products, variants] = maps([product('p', { variantCount: 1 })], [variant('v', 'p', { stock: 2 })])
    const [l] = buildCartView([line('p', 5, 'v')], products, variants).groups[0]!.lines
    expect(l).toMatchObject({ quantity: 2, lineTotalPaise: 30000, notice: 'Only 2 left — we’ve set the quantity to 2.' })
  })
})

describe('withLineQuantity', () => {
  it('changes one line and the totals, and removes a line and its empty store at 0', () => {
    const [products] = maps([product('p1'), product('p2', { storeId: 'store-b', storeName: 'Store B' })])
    const view = buildCartView([line('p1', 1), line('p2', 1)], products, new Map())
    const more = withLineQuantity(view, 'p1:-', 3)
    expect(more).toMatchObject({ itemCount: 4, subtotalPaise: 40000 })
    expect(more.groups[0]).toMatchObject({ subtotalPaise: 30000 })
    const fewer = withLineQuantity(view, 'p2:-', 0)
    expect(fewer.groups.map((g) => g.storeName)).toEqual(['Store A'])
    expect(fewer).toMatchObject({ itemCount: 1, subtotalPaise: 10000 })
    expect(view.itemCount).toBe(2)
  })
})
