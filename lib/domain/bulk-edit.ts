import type { BulkOperation } from '@/lib/validations/product-operations'

export type BulkChange = { field: 'price' | 'stock'; from: number; to: number; label?: string | null }
type Item = { pricePaise: number; compareAtPaise: number | null; stock: number }

/**
 * One product's (or variant's) price and stock after a bulk operation. Adjusted prices are
 * rounded to whole rupees and never fall below ₹1; a compare-at price that would no longer be
 * above the price is cleared rather than left misleading.
 */
export function applyBulkOperation(operation: BulkOperation, amount: number, item: Item) {
  let { pricePaise, stock } = item
  switch (operation) {
    case 'set_price':
      pricePaise = amount
      break
    case 'adjust_price_percent':
      pricePaise = Math.max(100, Math.round((item.pricePaise * (1 + amount / 100)) / 100) * 100)
      break
    case 'set_stock':
      stock = amount
      break
    case 'add_stock':
      stock = item.stock + amount
      break
  }
  const compareAtCleared = item.compareAtPaise !== null && item.compareAtPaise <= pricePaise
  const changes: BulkChange[] = []
  if (pricePaise !== item.pricePaise) changes.push({ field: 'price', from: item.pricePaise, to: pricePaise })
  if (stock !== item.stock) changes.push({ field: 'stock', from: item.stock, to: stock })
  return { pricePaise, compareAtPaise: compareAtCleared ? null : item.compareAtPaise, stock, changes, compareAtCleared }
}
