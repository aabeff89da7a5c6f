import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryKv } from './memory'

describe('memory kv', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('sweeps expired keys so memory stays bounded', async () => {
    const kv = createMemoryKv({ sweepIntervalMs: 30_000 })
    for (let i = 0; i < 1000; i++) await kv.set(`idem:${i}`, { i }, { ttlSeconds: 10 })
    for (let i = 0; i < 200; i++) await kv.limit(`ip:${i}`, { limit: 5, windowSeconds: 1 })
    await kv.set('forever', true)
    expect(kv.size).toBe(1201)

    vi.advanceTimersByTime(31_000)
    await kv.get('unrelated')
    expect(kv.size).toBe(1)
    expect(await kv.get('forever')).toBe(true)
  })

  it('does not hand out its stored objects: values are copies', async () => {
    const kv = createMemoryKv()
    const value = { cart: ['a'] }
    await kv.set('k', value)
    value.cart.push('b')
    const read = await kv.get<{ cart: string[] }>('k')
    read?.cart.push('c')
    expect(await kv.get('k')).toEqual({ cart: ['a'] })
  })

  it('rejects values JSON cannot hold and invalid TTLs', async () => {
    const kv = createMemoryKv()
    await expect(kv.set('k', undefined)).rejects.toThrow(/JSON/)
    await expect(kv.set('k', 1, { ttlSeconds: 0 })).rejects.toThrow(RangeError)
    await expect(kv.incr('k', 1.5)).rejects.toThrow(RangeError)
    await expect(kv.limit('k', { limit: 0, windowSeconds: 1 })).rejects.toThrow(RangeError)
  })
})
