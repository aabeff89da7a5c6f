/**
 * Cart rules with no I/O, shared by the guest cookie, the database cart and the merge at sign-in
 * (SPEC §3.1): at most 10 of a line, never more than the stock, at most 50 lines.
 */

export const MAX_PER_LINE = 10
export const MAX_CART_LINES = 50

export type CartLineKey = { productId: string; variantId: string | null }

/** One cart line as stored: in the guest cookie, or a cart_items row. */
export type StoredCartLine = CartLineKey & { quantity: number; showId: string | null }

export function lineKey(line: CartLineKey): string {
  return `${line.productId}:${line.variantId ?? '-'}`
}

export function sameLine(a: CartLineKey, b: CartLineKey): boolean {
  return a.productId === b.productId && (a.variantId ?? null) === (b.variantId ?? null)
}

/** The most one line may hold: the stock, capped at MAX_PER_LINE; 0 when none is left. */
export function lineLimit(stock: number): number {
  return Math.max(0, Math.min(Math.floor(stock), MAX_PER_LINE))
}

export type Clamped = { quantity: number; notice: string | null }

/**
 * The quantity a line may hold when `requested` is asked for, and what to tell the buyer when it
 * differs. Returns quantity 0 only when nothing is in stock.
 */
export function clampQuantity(requested: number, stock: number): Clamped {
  const limit = lineLimit(stock)
  if (limit === 0) return { quantity: 0, notice: 'This item is out of stock.' }
  const wanted = Math.max(1, Math.floor(requested))
  if (wanted <= limit) return { quantity: wanted, notice: null }
  if (stock < MAX_PER_LINE) return { quantity: limit, notice: `Only ${limit} left — we’ve set the quantity to ${limit}.` }
  return { quantity: limit, notice: `You can buy up to ${MAX_PER_LINE} of this item — we’ve set the quantity to ${MAX_PER_LINE}.` }
}

/**
 * Guest lines folded into the user's: the same product and variant add their quantities (the
 * caller clamps them to stock afterwards); a line keeps the show it was first added from. The
 * user's lines come first, and guest lines that would pass MAX_CART_LINES are dropped.
 */
export function mergeCartLines(
  existing: readonly StoredCartLine[],
  incoming: readonly StoredCartLine[],
  maxLines = MAX_CART_LINES,
): StoredCartLine[] {
  const merged = existing.map((line) => ({ ...line }))
  for (const line of incoming) {
    const same = merged.find((m) => sameLine(m, line))
    if (same) {
      same.quantity += line.quantity
      same.showId ??= line.showId
    } else if (merged.length < maxLines) {
      merged.push({ ...line })
    }
  }
  return merged
}

/** `lines` with `line` set to its quantity (added at the end when new); 0 removes it. */
export function withLine(lines: readonly StoredCartLine[], line: StoredCartLine): StoredCartLine[] {
  const index = lines.findIndex((l) => sameLine(l, line))
  if (line.quantity <= 0) return lines.filter((_, i) => i !== index)
  if (index === -1) return [...lines, { ...line }]
  return lines.map((l, i) => (i === index ? { ...line } : l))
}

/**
 * Where Buy now goes: the checkout reads `buy=<productId>:<variantId|->:<quantity>[:<showId>]`
 * (parseBuyParam in lib/dal/checkout.ts) and prices that one line, leaving the cart alone.
 */
export function buyNowPath(line: StoredCartLine): string {
  // Ids are UUIDs and the quantity an integer, so nothing here needs escaping.
  const parts = [line.productId, line.variantId ?? '-', String(line.quantity), ...(line.showId ? [line.showId] : [])]
  return `/checkout?buy=${parts.join(':')}`
}
