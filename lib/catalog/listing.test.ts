import { describe, expect, it } from 'vitest'
import { listingHref, pageCount, paginationItems, parseListingParams } from './listing'

describe('parseListingParams', () => {
  it('reads a known sort and a positive page', () => {
    expect(parseListingParams({ sort: 'price-asc', page: '3' })).toEqual({ sort: 'price-asc', page: 3 })
  })

  it('falls back to best selling, page 1, for anything else', () => {
    expect(parseListingParams({})).toEqual({ sort: 'popular', page: 1 })
    expect(parseListingParams({ sort: 'cheapest', page: '0' })).toEqual({ sort: 'popular', page: 1 })
    expect(parseListingParams({ sort: ['newest', 'rating'], page: ['2', '5'] })).toEqual({ sort: 'newest', page: 2 })
    expect(parseListingParams({ page: '-1' }).page).toBe(1)
    expect(parseListingParams({ page: '2.5' }).page).toBe(1)
    expect(parseListingParams({ page: '99999999' }).page).toBe(1)
  })
})

describe('listingHref', () => {
  it('leaves defaults out so every page has one address', () => {
    expect(listingHref('/c/fashion', { sort: 'popular', page: 1 })).toBe('/c/fashion')
    expect(listingHref('/c/fashion', { sort: 'popular', page: 2 })).toBe('/c/fashion?page=2')
    expect(listingHref('/c/fashion', { sort: 'newest', page: 3 })).toBe('/c/fashion?sort=newest&page=3')
  })
})

describe('pageCount', () => {
  it('has at least one page', () => {
    expect(pageCount(0)).toBe(1)
    expect(pageCount(24)).toBe(1)
    expect(pageCount(25)).toBe(2)
  })
})

describe('paginationItems', () => {
  it('lists every page when there are few', () => {
    expect(paginationItems(1, 1)).toEqual([1])
    expect(paginationItems(4, 7)).toEqual([1, 2, 3, 4, 5, 6, 7])
  })

  it('keeps the ends and the neighbours of the current page, with gaps', () => {
    expect(paginationItems(1, 20)).toEqual([1, 2, 3, 4, 'gap', 20])
    expect(paginationItems(10, 20)).toEqual([1, 'gap', 9, 10, 11, 'gap', 20])
    expect(paginationItems(20, 20)).toEqual([1, 'gap', 17, 18, 19, 20])
  })

  it('shows a single hidden page instead of a gap', () => {
    expect(paginationItems(4, 20)).toEqual([1, 2, 3, 4, 5, 'gap', 20])
  })
})
