/**
 * What this process last saw of a line's stock, for a moment. When a live host drops a product,
 * hundreds of buyers tap "Buy" within a second of each other and most of them are too late; once
 * the process has seen the line sell out, those buyers are told so without another round trip.
 * Only ever a refusal: every sale is still decided by the conditional stock update in the
 * database. The cost is that a line whose stock comes back (a cancellation, a seller's restock)
 * may read as sold out for up to `ttlMs` in this process — the same as a buyer who loaded the
 * page a moment earlier.
 */
export type StockHint = { maxStock: number; title: string; seenAt: number }

export type StockHints = {
  /** The line had exactly `stock` units (a catalogue read). */
  saw(line: LineKey, stock: number, title: string, now?: number): void
  /** The database refused `quantity` units: there are fewer than that. */
  refused(line: LineKey, quantity: number, title: string, now?: number): void
  /** The recent sighting, when it already rules out `quantity` units. */
  tooFew(line: LineKey, quantity: number, now?: number): StockHint | null
  forget(line: LineKey): void
}

type LineKey = { productId: string; variantId: string | null }

const keyOf = (line: LineKey) => `${line.productId}:${line.variantId ?? '-'}`

export function createStockHints(options: { ttlMs: number; maxEntries?: number }): StockHints {
  const hints = new Map<string, StockHint>()
  const maxEntries = options.maxEntries ?? 5_000
  const put = (line: LineKey, hint: StockHint) => {
    const key = keyOf(line)
    hints.delete(key)
    hints.set(key, hint)
    // Oldest first in a Map: drop from the front when full.
    if (hints.size > maxEntries) hints.delete(hints.keys().next().value!)
  }
  return {
    saw(line, stock, title, now = Date.now()) {
      put(line, { maxStock: Math.max(0, stock), title, seenAt: now })
    },
    refused(line, quantity, title, now = Date.now()) {
      const prior = hints.get(keyOf(line))
      const bound = Math.max(0, quantity - 1)
      const fresh = prior && now - prior.seenAt <= options.ttlMs
      put(line, { maxStock: fresh ? Math.min(prior.maxStock, bound) : bound, title, seenAt: now })
    },
    tooFew(line, quantity, now = Date.now()) {
      const hint = hints.get(keyOf(line))
      if (!hint) return null
      if (now - hint.seenAt > options.ttlMs) {
        hints.delete(keyOf(line))
        return null
      }
      return hint.maxStock < quantity ? hint : null
    },
    forget(line) {
      hints.delete(keyOf(line))
    },
  }
}
