import { describe, expect, it } from 'vitest'
import { countUpTo } from './replay-clock'

describe('replayed chat', () => {
  it('reveals messages up to and including the current offset', () => {
    const offsets = [0, 1000, 1000, 5000, 9000]
    expect(countUpTo(offsets, -1)).toBe(0)
    expect(countUpTo(offsets, 0)).toBe(1)
    expect(countUpTo(offsets, 999)).toBe(1)
    expect(countUpTo(offsets, 1000)).toBe(3)
    expect(countUpTo(offsets, 8999)).toBe(4)
    expect(countUpTo(offsets, 60_000)).toBe(5)
    expect(countUpTo([], 10)).toBe(0)
  })
})
