import { describe, expect, it } from 'vitest'
import { hasFilters, searchHref, toSearchInput, withFilters } from './params'

describe('search URLs', () => {
  it('leave defaults out of the URL', () => {
    expect(searchHref('/search', { q: 'saree', page: 1, inStock: false })).toBe('/search?q=saree')
  })

  it('go back to page 1 when a filter changes, keeping the rest', () => {
    const input = toSearchInput({ q: 'saree', page: 3, sort: 'price-asc', store: 'banarasi-weaves' })
    const href = withFilters(input, { inStock: true })
    const url = new URL(href, 'http://x')
    expect(url.pathname).toBe('/search')
    expect(Object.fromEntries(url.searchParams)).toEqual({ q: 'saree', sort: 'price-asc', store: 'banarasi-weaves', inStock: 'true' })
  })

  it('know when the results are filtered', () => {
    expect(hasFilters(toSearchInput({ q: 'saree', sort: 'newest', page: 2 }))).toBe(false)
    expect(hasFilters(toSearchInput({ q: 'saree', rating: 4 }))).toBe(true)
  })
})
