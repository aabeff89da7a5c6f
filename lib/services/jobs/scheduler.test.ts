import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPoller } from './scheduler'

describe('poller', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('runs a pass every interval, skipping ticks while a pass is still running', async () => {
    let release: () => void = () => {}
    let passes = 0
    const poller = createPoller(
      () => {
        passes++
        return new Promise<void>((resolve) => {
          release = resolve
        })
      },
      { intervalMs: 1000 },
    )
    poller.start()
    poller.start()
    await vi.advanceTimersByTimeAsync(1000)
    expect(passes).toBe(1)
    await vi.advanceTimersByTimeAsync(5000)
    expect(passes).toBe(1)
    release()
    await vi.advanceTimersByTimeAsync(1000)
    expect(passes).toBe(2)
    release()
    await poller.stop()
  })

  it('keeps going after a failed pass, and stop waits for the pass in flight', async () => {
    const errors: unknown[] = []
    let passes = 0
    let finished = false
    const poller = createPoller(
      async () => {
        passes++
        if (passes === 1) throw new Error('database busy')
        await new Promise((resolve) => setTimeout(resolve, 500))
        finished = true
      },
      { intervalMs: 1000, onError: (e) => errors.push(e) },
    )
    poller.start()
    await vi.advanceTimersByTimeAsync(2000)
    expect(errors).toEqual([new Error('database busy')])
    expect(passes).toBe(2)
    expect(poller.running).toBe(true)

    const stopped = poller.stop()
    expect(poller.running).toBe(false)
    expect(finished).toBe(false)
    await vi.advanceTimersByTimeAsync(500)
    await stopped
    expect(finished).toBe(true)
    await vi.advanceTimersByTimeAsync(5000)
    expect(passes).toBe(2)
  })
})
