import { describe, expect, it } from 'vitest'
import type { ProductInput } from '@/lib/validations/product'
import { mergeImportedProduct, type ExistingProduct } from './product-import-merge'

const v = (optionValues: string[], stock: number, extra: Partial<ProductInput['variants'][number]> = {}) => ({
  optionValues, sku: null, pricePaise: 50000, compareAtPaise: null, stock, mediaId: null, ...extra,
})
const existing = {
  title: 'Kurta', description: 'Soft.', categoryId: null, tags: ['cotton'], pricePaise: 50000, compareAtPaise: null, stock: 3,
  lowStockThreshold: 5, weightGrams: 300, lengthCm: 30, breadthCm: 20, heightCm: 3, visibility: 'public', availableInLives: true,
  options: [{ name: 'Size', values: ['S', 'M'] }, { name: 'Colour', values: ['Red'] }],
  variants: [v(['S', 'Red'], 1, { mediaId: 'photo-1', sku: 'K-S' }), v(['M', 'Red'], 2)],
} satisfies ExistingProduct
const imported = (options: ProductInput['options'], variants: ProductInput['variants'], keep: { product?: string[]; variants?: string[][] } = {}) => ({
  input: { ...existing, storeId: 's', productId: 'p', slug: 'kurta', sku: 'K', title: 'Placeholder', visibility: 'draft' as const, options, variants },
  keep: { product: (keep.product ?? ['title', 'visibility']) as never[], variants: (keep.variants ?? variants.map(() => [])) as never[][] },
})

describe('merging an imported product into an existing one', () => {
  it('keeps blank cells, updates listed variants and keeps the others with their photos', () => {
    const result = mergeImportedProduct(imported([{ name: 'size', values: ['S'] }, { name: 'Colour', values: ['Red'] }], [v(['S', 'Red'], 9)], { variants: [['sku']] }), existing)
    expect(result).toMatchObject({
      input: { title: 'Kurta', visibility: 'public', variants: [v(['S', 'Red'], 9, { mediaId: 'photo-1', sku: 'K-S' }), v(['M', 'Red'], 2)] },
    })
  })

  it('adds new values when every new combination has a row, and names the missing ones otherwise', () => {
    const added = mergeImportedProduct(imported([{ name: 'Size', values: ['L'] }, { name: 'Colour', values: ['Red'] }], [v(['L', 'Red'], 4)]), existing)
    expect(added).toMatchObject({ input: { options: [{ values: ['S', 'M', 'L'] }, { values: ['Red'] }] } })
    const missing = mergeImportedProduct(imported([{ name: 'Size', values: ['S'] }, { name: 'Colour', values: ['Blue'] }], [v(['S', 'Blue'], 4)]), existing)
    expect(missing).toEqual({ problems: [{ variant: null, column: 'option1_value', message: 'Add rows for M / Blue: every combination of option values needs a row' }] })
  })

  it('checks compare-at against the price the product will really have', () => {
    const result = mergeImportedProduct(imported([{ name: 'Size', values: ['S'] }, { name: 'Colour', values: ['Red'] }], [v(['S', 'Red'], 1, { compareAtPaise: 40000 })], { variants: [['pricePaise']] }), existing)
    expect(result).toEqual({ problems: [{ variant: 0, column: 'variant_compare_at', message: 'The compare-at price must be above the price' }] })
  })

  it('keeps the variants for a row without options, and replaces them when the option names change', () => {
    expect(mergeImportedProduct(imported([], []), existing)).toMatchObject({ input: { variants: existing.variants } })
    const replaced = mergeImportedProduct(imported([{ name: 'Weight', values: ['1 kg'] }], [v(['1 kg'], 3)]), existing)
    expect(replaced).toMatchObject({ input: { options: [{ name: 'Weight' }], variants: [v(['1 kg'], 3)] } })
  })
})
