import { describe, expect, it } from 'vitest'
import { effectiveSort, searchInputSchema, suggestInputSchema } from './search'

describe('searchInputSchema', () => {
  it('fills defaults for an empty URL', () => {
    expect(searchInputSchema.parse({})).toEqual({
      q: '', category: null, min: null, max: null, rating: null, inStock: false, store: null, sort: null, page: 1, exact: false,
    })
  })

  it('drops malformed values instead of failing the page', () => {
    const input = searchInputSchema.parse({ q: '  saree  ', category: 'Fashion/../x', rating: 9, page: 0, store: 'ok-store', min: -5 })
    expect(input).toMatchObject({ q: 'saree', category: null, rating: null, page: 1, store: 'ok-store', min: null })
  })

  it('swaps a reversed price range', () => {
    expect(searchInputSchema.parse({ min: 900, max: 100 })).toMatchObject({ min: 100, max: 900 })
  })
})

describe('effectiveSort', () => {
  it('ranks by relevance only when there are words', () => {
    expect(effectiveSort({ q: 'saree', sort: null })).toBe('relevance')
    expect(effectiveSort({ q: '', sort: null })).toBe('bestselling')
    expect(effectiveSort({ q: '', sort: 'relevance' })).toBe('bestselling')
    expect(effectiveSort({ q: '', sort: 'price-asc' })).toBe('price-asc')
  })
})

describe('suggestInputSchema', () => {
  it('keeps one trailing space, lower-cases, and needs two characters', () => {
    expect(suggestInputSchema.parse({ q: '  Silk   SAR  ' }).q).toBe('silk sar ')
    expect(suggestInputSchema.safeParse({ q: ' s ' }).success).toBe(false)
  })
})
