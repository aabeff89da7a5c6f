import { describe, expect, it } from 'vitest'
import { formatINR } from '@/lib/utils'
import { buildCategoryFacet, PRICE_BUCKETS, priceBucketLabel, subtreeIds, type CategoryNode } from './facets'

const tree: CategoryNode[] = [
  { id: 'f', parentId: null, slug: 'fashion', name: 'Fashion', path: 'fashion' },
  { id: 'fs', parentId: 'f', slug: 'sarees', name: 'Sarees', path: 'fashion/sarees' },
  { id: 'fk', parentId: 'f', slug: 'kurtas', name: 'Kurtas', path: 'fashion/kurtas' },
  { id: 'h', parentId: null, slug: 'handicrafts', name: 'Handicrafts', path: 'handicrafts' },
  { id: 'hp', parentId: 'h', slug: 'pottery', name: 'Pottery', path: 'handicrafts/pottery' },
  { id: 'e', parentId: null, slug: 'electronics', name: 'Electronics', path: 'electronics' },
]

describe('buildCategoryFacet', () => {
  const counts = new Map([
    ['fs', 5],
    ['fk', 2],
    ['f', 1],
    ['hp', 3],
  ])

  it('rolls counts up to the roots and leaves out empty ones', () => {
    expect(buildCategoryFacet(tree, counts, null)).toEqual({
      trail: [],
      options: [
        { slug: 'fashion', name: 'Fashion', count: 8 },
        { slug: 'handicrafts', name: 'Handicrafts', count: 3 },
      ],
    })
  })

  it('shows the trail and the children of the selected category', () => {
    expect(buildCategoryFacet(tree, counts, 'fashion')).toEqual({
      trail: [{ slug: 'fashion', name: 'Fashion' }],
      options: [
        { slug: 'sarees', name: 'Sarees', count: 5 },
        { slug: 'kurtas', name: 'Kurtas', count: 2 },
      ],
    })
    expect(buildCategoryFacet(tree, counts, 'pottery')).toEqual({
      trail: [
        { slug: 'handicrafts', name: 'Handicrafts' },
        { slug: 'pottery', name: 'Pottery' },
      ],
      options: [],
    })
  })
})

describe('subtreeIds', () => {
  it('takes the category and its descendants, not siblings that share a prefix', () => {
    const withLookalike = [...tree, { id: 'x', parentId: null, slug: 'fashionista', name: 'Fashionista', path: 'fashionista' }]
    expect(subtreeIds(withLookalike, 'fashion')).toEqual(['f', 'fs', 'fk'])
    expect(subtreeIds(withLookalike, 'fashion/sarees')).toEqual(['fs'])
  })
})

describe('price buckets', () => {
  it('cover every price with open ends and label in rupees', () => {
    expect(PRICE_BUCKETS[0]?.min).toBeNull()
    expect(PRICE_BUCKETS.at(-1)?.max).toBeNull()
    PRICE_BUCKETS.slice(1).forEach((b, i) => expect(b.min).toBe(PRICE_BUCKETS[i]?.max))
    expect(priceBucketLabel({ min: null, max: 500 }, formatINR)).toBe('Under ₹500')
    expect(priceBucketLabel({ min: 1000, max: 2500 }, formatINR)).toBe('₹1,000 – ₹2,500')
    expect(priceBucketLabel({ min: 25000, max: null }, formatINR)).toBe('Over ₹25,000')
  })
})
