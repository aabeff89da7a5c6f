import { describe, expect, it } from 'vitest'
import { parseProductCsv, productCsvRows, toProductCsv, type ExportProduct } from './product-csv'
import { validateProductRows } from './product-csv-validate'

const STORE = '6f1c1e9a-1111-4aaa-8bbb-000000000001'
const SAREES = { id: '6f1c1e9a-1111-4aaa-8bbb-0000000000aa', path: 'fashion/sarees' }
const context = { storeId: STORE, categories: [SAREES], existingSkus: new Set<string>() }

const kurta: ExportProduct = {
  sku: 'KUR-1', title: 'Cotton kurta', slug: 'cotton-kurta', description: '<p>Soft cotton.</p><ul><li>Hand block printed</li></ul>',
  categoryPath: 'fashion/sarees', tags: ['cotton', 'summer'], visibility: 'public', availableInLives: true, pricePaise: 79900,
  compareAtPaise: 99900, stock: 7, lowStockThreshold: 3, weightGrams: 300, lengthCm: 30, breadthCm: 20, heightCm: 3,
  options: [{ name: 'Size', values: ['S', 'M'] }],
  variants: [
    { optionValues: ['S'], sku: 'KUR-1-S', pricePaise: 79900, compareAtPaise: 99900, stock: 3 },
    { optionValues: ['M'], sku: 'KUR-1-M', pricePaise: 84950, compareAtPaise: null, stock: 4 },
  ],
}
const stole: ExportProduct = { ...kurta, sku: 'STL-9', title: '=HYPERLINK("x")', slug: 'stole', description: '- first bullet', options: [], variants: [], stock: 12, categoryPath: null, tags: [] }

describe('product CSV', () => {
  it('exports one row per variant and imports the same file back to the same products', () => {
    const csv = toProductCsv([...productCsvRows(kurta), ...productCsvRows(stole)])
    expect(csv.split('\r\n')[0]).toMatch(/^sku,title,slug,description,category,tags,/)
    expect(csv).toContain(`'=HYPERLINK`)
    const { rows, issues } = parseProductCsv(csv)
    expect(issues).toEqual([])
    expect(rows.map((r) => r.line)).toEqual([2, 3, 4])
    const result = validateProductRows(rows, context)
    expect(result.issues).toEqual([])
    const [k, s] = result.products
    expect(k).toMatchObject({ sku: 'KUR-1', lines: [2, 3], slugFromTitle: false })
    expect(k!.input).toMatchObject({
      title: 'Cotton kurta', categoryId: SAREES.id, tags: ['cotton', 'summer'], description: 'Soft cotton.\n\n- Hand block printed',
      options: [{ name: 'Size', values: ['S', 'M'] }],
      variants: [
        { optionValues: ['S'], sku: 'KUR-1-S', pricePaise: 79900, compareAtPaise: 99900, stock: 3, mediaId: null },
        { optionValues: ['M'], sku: 'KUR-1-M', pricePaise: 84950, compareAtPaise: null, stock: 4, mediaId: null },
      ],
    })
    expect(s!.input).toMatchObject({ title: '=HYPERLINK("x")', description: '- first bullet', stock: 12, variants: [], categoryId: null })
  })

  it('reports every problem with its row and column', () => {
    const csv = [
      'sku,title,price,compare_at,stock,category,option1_name,option1_value,variant_price,variant_stock,visibility',
      'A1,Silk saree,1200,1000,2,fashion/unknown,,,,,public',
      ',No sku,10,,1,,,,,,',
      'B2,Kurta,500,,,,Size,S,abc,1,shown',
      'B2,,,,,,,M,600,-4,',
    ].join('\n')
    const { rows, issues } = parseProductCsv(csv)
    expect(issues).toEqual([])
    const result = validateProductRows(rows, context)
    expect(result.products).toEqual([])
    expect(result.invalidSkus).toEqual(new Set(['A1', 'B2']))
    expect(result.issues).toEqual([
      { row: 2, column: 'category', message: 'Unknown category “fashion/unknown”; use a path like fashion/sarees' },
      { row: 2, column: 'compare_at', message: 'The compare-at price must be above the price' },
      { row: 3, column: 'sku', message: 'Enter the product SKU: rows are matched to products by it' },
      { row: 4, column: 'visibility', message: 'Use draft, private or public' },
      { row: 4, column: 'variant_price', message: 'Enter an amount in rupees, like 499 or 499.50' },
      { row: 5, column: 'variant_stock', message: 'Enter a number from 0 to 10,00,000' },
    ])
  })

  it('names missing header columns', () => {
    expect(parseProductCsv('title,price\nA,1').issues).toEqual([{ row: 1, column: 'sku', message: 'The header row has no “sku” column' }])
  })

  it('needs title and price for new products only; blank cells of existing ones are kept', () => {
    const { rows } = parseProductCsv('sku,option1_name,option1_value,variant_stock\nOLD-1,Size,M,9\nNEW-1,,,')
    const result = validateProductRows(rows, { ...context, existingSkus: new Set(['OLD-1']) })
    expect(result.issues).toEqual([
      { row: 3, column: 'title', message: 'Enter a title of at least 3 characters' },
      { row: 3, column: 'price', message: 'Enter a price' },
      { row: 3, column: 'stock', message: 'Enter the stock' },
    ])
    expect(result.products).toHaveLength(1)
    expect(result.products[0]!.keep).toEqual({
      product: expect.arrayContaining(['title', 'description', 'visibility', 'pricePaise', 'categoryId']),
      variants: [['sku', 'pricePaise', 'compareAtPaise']],
    })
    expect(result.products[0]!.input.variants[0]).toMatchObject({ optionValues: ['M'], stock: 9 })
  })

  it('validates 5,000 rows quickly', () => {
    const rows = Array.from({ length: 1000 }, (_, i) =>
      productCsvRows({ ...kurta, sku: `P-${i}`, options: [{ name: 'Size', values: ['XS', 'S', 'M', 'L', 'XL'] }], variants: ['XS', 'S', 'M', 'L', 'XL'].map((s) => ({ optionValues: [s], sku: `P-${i}-${s}`, pricePaise: 50000, compareAtPaise: null, stock: 2 })) }),
    ).flat()
    const started = performance.now()
    const parsed = parseProductCsv(toProductCsv(rows))
    const result = validateProductRows(parsed.rows, context)
    expect(parsed.rows).toHaveLength(5000)
    expect(result.products).toHaveLength(1000)
    expect(performance.now() - started).toBeLessThan(5000)
  })
})
