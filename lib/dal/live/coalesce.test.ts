import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createCoalescer } from './coalesce'

describe('createCoalescer', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  const sum = (a: Record<string, number>, b: Record<string, number>) => {
    for (const [k, n] of Object.entries(b)) a[k] = (a[k] ?? 0) + n
    return a
  }

  it('merges a burst per key into one flush after the delay', async () => {
    const flushed: [string, Record<string, number>][] = []
    const c = createCoalescer<Record<string, number>>(250, sum, async (key, value) => void flushed.push([key, value]))
    const first = c.add('a', { heart: 1 })
    c.add('a', { heart: 1 })
    c.add('a', { fire: 1 })
    c.add('b', { clap: 1 })
    await vi.advanceTimersByTimeAsync(249)
    expect(flushed).toEqual([])
    await vi.advanceTimersByTimeAsync(1)
    await first
    expect(flushed).toEqual([
      ['a', { heart: 2, fire: 1 }],
      ['b', { clap: 1 }],
    ])

    c.add('a', { heart: 1 })
    await vi.advanceTimersByTimeAsync(250)
    expect(flushed.at(-1)).toEqual(['a', { heart: 1 }])
  })

  it('flushNow sends at once, and a failing flush still settles the waiters', async () => {
    const c = createCoalescer<number>(250, (a, b) => a + b, async () => {
      throw new Error('down')
    })
    const waiting = c.add('k', 1)
    await c.flushNow('k')
    await expect(waiting).resolves.toBeUndefined()
  })
})
