import { describe, expect, it } from 'vitest'
import { applyBulkOperation } from '@/lib/domain/bulk-edit'
import { paiseToRupeesInput, parseRupees, productSchema, type ProductFormValues } from './product'
import { bulkEditSchema, parseProductListParams } from './product-operations'

const STORE = '6f1c1e9a-1111-4aaa-8bbb-000000000001'
const base: ProductFormValues = {
  storeId: STORE, title: 'Cotton kurta', slug: 'cotton-kurta', description: '', categoryId: '', tags: ['cotton', 'Cotton', 'summer'],
  price: '799', compareAt: '', sku: 'KUR-1', stock: '10', lowStockThreshold: '5', weightGrams: '300', lengthCm: '30', breadthCm: '20',
  heightCm: '3', visibility: 'public', availableInLives: true, options: [], variants: [],
}
const errorsOf = (values: ProductFormValues) => {
  const result = productSchema.safeParse(values)
  return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]))
}

describe('rupees', () => {
  it('parses what sellers type and formats it back', () => {
    expect(parseRupees('1,299.50')).toBe(129950)
    expect(parseRupees('₹ 499')).toBe(49900)
    expect(parseRupees(12)).toBe(1200)
    expect(parseRupees('12.345')).toBeNull()
    expect(parseRupees('abc')).toBeNull()
    expect(paiseToRupeesInput(129900)).toBe('1299')
    expect(paiseToRupeesInput(12950)).toBe('129.50')
  })
})

describe('product schema', () => {
  it('converts rupees to paise and dedupes tags', () => {
    const result = productSchema.parse({ ...base, compareAt: '999' })
    expect(result).toMatchObject({ pricePaise: 79900, compareAtPaise: 99900, stock: 10, sku: 'KUR-1', categoryId: null, tags: ['Cotton', 'summer'] })
  })

  it('puts the compare-at message on its field', () => {
    expect(errorsOf({ ...base, compareAt: '799' })).toEqual({ compareAt: 'The compare-at price must be above the price' })
    expect(errorsOf({ ...base, price: '0' })).toEqual({ price: 'The price must be above ₹0' })
    expect(errorsOf({ ...base, stock: '-1', price: 'ten' })).toMatchObject({ stock: expect.stringMatching(/from 0/), price: expect.stringMatching(/rupees/) })
  })

  it('requires exactly the combinations of the options, each with valid prices and unique SKUs', () => {
    const options = [{ name: 'Size', values: ['S', 'M'] }, { name: 'Colour', values: ['Red'] }]
    const variant = (values: string[], sku: string, extra: Partial<ProductFormValues['variants'] extends (infer V)[] | undefined ? V : never> = {}) => ({
      optionValues: values, sku, price: '899', compareAt: '', stock: '3', mediaId: '', ...extra,
    })
    expect(errorsOf({ ...base, options, variants: [variant(['S', 'Red'], 'A'), variant(['M', 'Red'], 'B')] })).toEqual({})
    expect(errorsOf({ ...base, options, variants: [variant(['S', 'Red'], 'A')] })).toEqual({ variants: expect.stringMatching(/Add M \/ Red/) })
    expect(errorsOf({ ...base, options, variants: [variant(['S', 'Red'], 'A'), variant(['M', 'Red'], 'A', { compareAt: '100' })] })).toEqual({
      'variants.1.sku': 'Each variant needs its own SKU',
      'variants.1.compareAt': 'The compare-at price must be above the price',
    })
    expect(errorsOf({ ...base, options: [...options, { name: 'size', values: ['X'] }] })).toMatchObject({ 'options.2.name': 'Each option needs a different name' })
  })
})

describe('bulk edit', () => {
  it('validates the value for the chosen operation', () => {
    const ids = [STORE]
    expect(bulkEditSchema.parse({ storeId: STORE, productIds: ids, operation: 'set_price', value: '1,499' })).toMatchObject({ amount: 149900 })
    expect(bulkEditSchema.safeParse({ storeId: STORE, productIds: ids, operation: 'adjust_price_percent', value: '0' }).success).toBe(false)
    expect(bulkEditSchema.safeParse({ storeId: STORE, productIds: ids, operation: 'set_stock', value: '-2' }).success).toBe(false)
    expect(bulkEditSchema.parse({ storeId: STORE, productIds: ids, operation: 'add_stock', value: '-2' })).toMatchObject({ amount: -2 })
  })

  it('rounds adjusted prices to rupees and clears a compare-at that is no longer above the price', () => {
    expect(applyBulkOperation('adjust_price_percent', 10, { pricePaise: 49900, compareAtPaise: 54900, stock: 1 })).toMatchObject({
      pricePaise: 54900,
      compareAtPaise: null,
      compareAtCleared: true,
    })
    expect(applyBulkOperation('add_stock', -3, { pricePaise: 100, compareAtPaise: null, stock: 2 }).stock).toBe(-1)
  })
})

describe('list params', () => {
  it('falls back to defaults for anything unexpected', () => {
    expect(parseProductListParams({ q: ' saree ', status: 'weird', page: '0', sort: 'price_asc', visibility: ['public', 'draft'] })).toEqual({
      q: 'saree', visibility: 'public', status: 'active', stock: 'all', category: '', sort: 'price_asc', page: 1,
    })
  })
})
