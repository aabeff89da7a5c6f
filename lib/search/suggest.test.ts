import { describe, expect, it } from 'vitest'
import type { CategoryNode } from './facets'
import { matchCategories } from './suggest'

const tree: CategoryNode[] = [
  { id: '1', parentId: null, slug: 'fashion', name: 'Fashion', path: 'fashion' },
  { id: '2', parentId: '1', slug: 'sarees', name: 'Sarees', path: 'fashion/sarees' },
  { id: '3', parentId: '1', slug: 'kurtas-kurtis', name: 'Kurtas & Kurtis', path: 'fashion/kurtas-kurtis' },
  { id: '4', parentId: null, slug: 'home-kitchen', name: 'Home & Kitchen', path: 'home-kitchen' },
]

describe('matchCategories', () => {
  it('matches whole words both ways and the typed word as a prefix', () => {
    expect(matchCategories(tree, ['saree'], null).map((c) => c.slug)).toEqual(['sarees'])
    expect(matchCategories(tree, [], 'kur').map((c) => c.slug)).toEqual(['kurtas-kurtis'])
    expect(matchCategories(tree, ['home'], 'kit').map((c) => c.slug)).toEqual(['home-kitchen'])
  })

  it('needs every word to match and returns nothing for nothing', () => {
    expect(matchCategories(tree, ['saree', 'kitchen'], null)).toEqual([])
    expect(matchCategories(tree, [], null)).toEqual([])
  })
})
