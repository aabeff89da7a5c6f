import { describe, expect, it } from 'vitest'
import { findVariant, initialVariant, optionValueStates, selectOptionValue } from './variants'

const options = [
  { name: 'Size', values: ['S', 'M', 'L'] },
  { name: 'Colour', values: ['Red', 'Blue'] },
]
const v = (id: string, size: string, colour: string, stock: number) => ({ id, optionValues: [size, colour], stock })
const variants = [
  v('s-red', 'S', 'Red', 4),
  v('s-blue', 'S', 'Blue', 0),
  v('m-red', 'M', 'Red', 0),
  v('m-blue', 'M', 'Blue', 7),
  // L exists only in Red, and is sold out.
  v('l-red', 'L', 'Red', 0),
]

describe('initialVariant', () => {
  it('honours a valid id from the URL, even when it is sold out', () => {
    expect(initialVariant(variants, 'm-red')?.id).toBe('m-red')
  })

  it('falls back to the first variant in stock, then the first at all', () => {
    expect(initialVariant(variants, 'nope')?.id).toBe('s-red')
    expect(initialVariant(variants, null)?.id).toBe('s-red')
    expect(initialVariant([v('a', 'S', 'Red', 0), v('b', 'M', 'Red', 0)])?.id).toBe('a')
    expect(initialVariant([])).toBeNull()
  })
})

describe('findVariant', () => {
  it('matches every option value in order', () => {
    expect(findVariant(variants, ['M', 'Blue'])?.id).toBe('m-blue')
    expect(findVariant(variants, ['L', 'Blue'])).toBeUndefined()
    expect(findVariant(variants, ['M'])).toBeUndefined()
  })
})

describe('optionValueStates', () => {
  it('offers first-option values that have any buyable variant', () => {
    const [sizes] = optionValueStates(options, variants, ['S', 'Red'])
    expect(sizes).toEqual([
      { value: 'S', available: true },
      { value: 'M', available: true },
      { value: 'L', available: false },
    ])
  })

  it('offers later values only together with the values chosen above', () => {
    expect(optionValueStates(options, variants, ['S', 'Red'])[1]).toEqual([
      { value: 'Red', available: true },
      { value: 'Blue', available: false },
    ])
    expect(optionValueStates(options, variants, ['M', 'Blue'])[1]).toEqual([
      { value: 'Red', available: false },
      { value: 'Blue', available: true },
    ])
  })

  it('counts every existing combination when nothing is in stock', () => {
    const soldOut = variants.map((x) => ({ ...x, stock: 0 }))
    const [sizes, colours] = optionValueStates(options, soldOut, ['L', 'Red'])
    expect(sizes!.every((s) => s.available)).toBe(true)
    expect(colours).toEqual([
      { value: 'Red', available: true },
      { value: 'Blue', available: false },
    ])
  })
})

describe('selectOptionValue', () => {
  it('keeps later choices that still lead to a buyable variant', () => {
    const three = [
      { id: 'a', optionValues: ['S', 'Red', 'Cotton'], stock: 1 },
      { id: 'b', optionValues: ['M', 'Red', 'Cotton'], stock: 1 },
      { id: 'c', optionValues: ['M', 'Blue', 'Silk'], stock: 1 },
    ]
    const opts = [...options, { name: 'Fabric', values: ['Cotton', 'Silk'] }]
    expect(selectOptionValue(opts, three, ['S', 'Red', 'Cotton'], 0, 'M')).toEqual(['M', 'Red', 'Cotton'])
  })

  it('moves later choices to the first buyable combination when the old one is gone', () => {
    expect(selectOptionValue(options, variants, ['S', 'Red'], 0, 'M')).toEqual(['M', 'Blue'])
    expect(findVariant(variants, selectOptionValue(options, variants, ['M', 'Blue'], 0, 'S'))?.id).toBe('s-red')
  })

  it('changes only the chosen value for the last option', () => {
    expect(selectOptionValue(options, variants, ['S', 'Red'], 1, 'Blue')).toEqual(['S', 'Blue'])
  })
})
