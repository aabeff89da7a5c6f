import { describe, expect, it } from 'vitest'
import { parseRecentlyViewed, pushRecentlyViewed } from './recently-viewed'

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`

describe('recently viewed cookie', () => {
  it('puts the latest product first without duplicates', () => {
    let value = pushRecentlyViewed(undefined, id(1))
    value = pushRecentlyViewed(value, id(2))
    value = pushRecentlyViewed(value, id(1))
    expect(parseRecentlyViewed(value)).toEqual([id(1), id(2)])
  })

  it('keeps only the last 12', () => {
    let value = ''
    for (let n = 1; n <= 15; n++) value = pushRecentlyViewed(value, id(n))
    const ids = parseRecentlyViewed(value)
    expect(ids).toHaveLength(12)
    expect(ids[0]).toBe(id(15))
    expect(ids.at(-1)).toBe(id(4))
  })

  it('ignores anything that is not a product id', () => {
    expect(parseRecentlyViewed(`${id(1)}.nonsense.<script>.${id(2)}`)).toEqual([id(1), id(2)])
    expect(pushRecentlyViewed(id(1), 'not-an-id')).toBe(id(1))
    expect(parseRecentlyViewed('%E0%A4%A')).toEqual([])
  })
})
