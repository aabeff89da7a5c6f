import { describe, expect, it } from 'vitest'
import { combinations, regenerateVariants } from './product-variants'

type V = { optionValues: string[]; stock: number; price: string; sku: string }
const make = (values: string[], from?: V): V => ({ optionValues: values, stock: 0, price: from?.price ?? '100', sku: '' })

describe('product variants', () => {
  const size = { name: 'Size', values: ['S', 'M'] }
  const colour = { name: 'Colour', values: ['Red', 'Blue'] }

  it('makes every combination in option order', () => {
    expect(combinations([size, colour])).toEqual([['S', 'Red'], ['S', 'Blue'], ['M', 'Red'], ['M', 'Blue']])
    expect(combinations([])).toEqual([])
  })

  it('keeps the data of combinations that survive when a value is removed or added', () => {
    const prev = combinations([size, colour]).map((values, i) => ({ optionValues: values, stock: i + 1, price: `${200 + i}`, sku: `SKU-${i}` }))
    const fewer = regenerateVariants([size, colour], [size, { name: 'Colour', values: ['Blue'] }], prev, make)
    expect(fewer).toEqual([prev[1], prev[3]])
    const more = regenerateVariants([size, colour], [{ name: 'Size', values: ['S', 'M', 'L'] }, colour], prev, make)
    expect(more.slice(0, 4)).toEqual(prev)
    expect(more[4]).toEqual({ optionValues: ['L', 'Red'], stock: 0, price: '100', sku: '' })
  })

  it('keeps data when an option is renamed, and inherits only prices when one is removed', () => {
    const prev = combinations([size, colour]).map((values, i) => ({ optionValues: values, stock: 5, price: `${300 + i}`, sku: `S${i}` }))
    const renamed = regenerateVariants([size, colour], [size, { name: 'Color', values: ['Red', 'Blue'] }], prev, make)
    expect(renamed).toEqual(prev)
    const sizeOnly = regenerateVariants([size, colour], [size], prev, make)
    expect(sizeOnly).toEqual([
      { optionValues: ['S'], stock: 0, price: '300', sku: '' },
      { optionValues: ['M'], stock: 0, price: '302', sku: '' },
    ])
  })

  it('keeps survivors when options are reordered', () => {
    const prev = combinations([size, colour]).map((values, i) => ({ optionValues: values, stock: i, price: '1', sku: `S${i}` }))
    const swapped = regenerateVariants([size, colour], [colour, size], prev, make)
    expect(swapped.map((v) => [v.optionValues.join('/'), v.sku])).toEqual([
      ['Red/S', 'S0'], ['Red/M', 'S2'], ['Blue/S', 'S1'], ['Blue/M', 'S3'],
    ])
  })
})
