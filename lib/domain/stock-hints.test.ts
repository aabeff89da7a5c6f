import { describe, expect, it } from 'vitest'
import { createStockHints } from './stock-hints'

const line = { productId: 'p1', variantId: null }

describe('stock hints', () => {
  it('rules out a quantity above the stock it just saw, and nothing once the sighting is stale', () => {
    const hints = createStockHints({ ttlMs: 1000 })
    hints.saw(line, 2, 'Silk saree', 0)
    expect(hints.tooFew(line, 2, 500)).toBeNull()
    expect(hints.tooFew(line, 3, 500)).toMatchObject({ maxStock: 2, title: 'Silk saree' })
    expect(hints.tooFew(line, 3, 1001)).toBeNull()
    // The stale entry is gone, not revived.
    expect(hints.tooFew(line, 3, 1002)).toBeNull()
  })

  it('keeps the tighter bound when the database refuses a quantity', () => {
    const hints = createStockHints({ ttlMs: 1000 })
    hints.saw(line, 5, 'Kurta', 0)
    hints.refused(line, 3, 'Kurta', 10)
    expect(hints.tooFew(line, 3, 20)).toMatchObject({ maxStock: 2 })
    expect(hints.tooFew(line, 2, 20)).toBeNull()
    hints.refused(line, 1, 'Kurta', 30)
    expect(hints.tooFew(line, 1, 40)).toMatchObject({ maxStock: 0 })
  })

  it('keeps variants apart, forgets on request, and bounds its size', () => {
    const hints = createStockHints({ ttlMs: 1000, maxEntries: 2 })
    hints.saw({ productId: 'p1', variantId: 'v1' }, 0, 'A', 0)
    expect(hints.tooFew({ productId: 'p1', variantId: 'v2' }, 1, 1)).toBeNull()
    expect(hints.tooFew({ productId: 'p1', variantId: 'v1' }, 1, 1)).not.toBeNull()
    hints.forget({ productId: 'p1', variantId: 'v1' })
    expect(hints.tooFew({ productId: 'p1', variantId: 'v1' }, 1, 1)).toBeNull()
    hints.saw({ productId: 'a', variantId: null }, 0, 'A', 0)
    hints.saw({ productId: 'b', variantId: null }, 0, 'B', 0)
    hints.saw({ productId: 'c', variantId: null }, 0, 'C', 0)
    expect(hints.tooFew({ productId: 'a', variantId: null }, 1, 1)).toBeNull()
    expect(hints.tooFew({ productId: 'c', variantId: null }, 1, 1)).not.toBeNull()
  })
})
