/** Whole percent saved against the compare-at (MRP) price, rounded down so we never overstate it. */
export function discountPercent(pricePaise: number, compareAtPaise: number | null): number {
  if (compareAtPaise === null || compareAtPaise <= pricePaise || compareAtPaise <= 0) return 0
  return Math.floor(((compareAtPaise - pricePaise) / compareAtPaise) * 100)
}

/** Integer paise as a rupee decimal string ("129900" → "1299.00"), the form schema.org prices take. */
export function paiseToDecimal(paise: number): string {
  const whole = Math.round(paise)
  const sign = whole < 0 ? '-' : ''
  const abs = Math.abs(whole)
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`
}

export type StockState =
  | { kind: 'in_stock'; label: 'In stock' }
  | { kind: 'low_stock'; label: string; left: number }
  | { kind: 'out_of_stock'; label: 'Out of stock' }

/** The buyer-facing stock line: "In stock", "Only 3 left" at or below the seller's threshold, "Out of stock". */
export function stockState(stock: number, lowStockThreshold: number): StockState {
  if (stock <= 0) return { kind: 'out_of_stock', label: 'Out of stock' }
  if (lowStockThreshold > 0 && stock <= lowStockThreshold) return { kind: 'low_stock', label: `Only ${stock} left`, left: stock }
  return { kind: 'in_stock', label: 'In stock' }
}
