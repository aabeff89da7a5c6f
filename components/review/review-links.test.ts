import { describe, expect, it } from 'vitest'
import { reviewsHref } from './review-links'

const current = { sort: 'newest', stars: null, shown: 10 } as const

describe('reviews links', () => {
  it('keep the page’s other parameters and leave defaults out of the URL', () => {
    const raw = { variant: 'v1', reviews_sort: 'lowest', reviews_shown: '30' }
    expect(reviewsHref('silk-saree', raw, current, {})).toBe('/p/silk-saree?variant=v1#reviews')
    expect(reviewsHref('silk-saree', raw, current, { sort: 'highest', stars: 4, shown: 20 })).toBe(
      '/p/silk-saree?variant=v1&reviews_sort=highest&reviews_stars=4&reviews_shown=20#reviews',
    )
    expect(reviewsHref('silk-saree', {}, { sort: 'lowest', stars: 2, shown: 20 }, { stars: null, shown: 10 })).toBe('/p/silk-saree?reviews_sort=lowest#reviews')
  })
})
