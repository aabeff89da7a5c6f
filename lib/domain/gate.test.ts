import { describe, expect, it } from 'vitest'
import { createGate } from './gate'

describe('createGate', () => {
  it('never runs more than the limit at once, and runs everything in arrival order', async () => {
    const gate = createGate(2)
    let inFlight = 0
    let peak = 0
    const started: number[] = []
    const results = await Promise.all(
      Array.from({ length: 7 }, (_, i) =>
        gate.run(async () => {
          started.push(i)
          inFlight += 1
          peak = Math.max(peak, inFlight)
          await new Promise((r) => setTimeout(r, 5))
          inFlight -= 1
          return i * 10
        }),
      ),
    )
    expect(peak).toBe(2)
    expect(started).toEqual([0, 1, 2, 3, 4, 5, 6])
    expect(results).toEqual([0, 10, 20, 30, 40, 50, 60])
    expect(gate.running).toBe(0)
  })

  it('frees its slot when a task throws', async () => {
    const gate = createGate(1)
    await expect(gate.run(async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom')
    await expect(gate.run(async () => 'next')).resolves.toBe('next')
  })
})
