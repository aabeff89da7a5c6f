import { randomUUID } from 'node:crypto'
import { beforeEach, describe, expect, it } from 'vitest'
import type { Kv } from './types'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Waits, if needed, so that the next hits land early in a fresh fixed window of `windowMs`. */
async function startOfWindow(windowMs: number, maxIntoWindowMs: number): Promise<void> {
  if (Date.now() % windowMs > maxIntoWindowMs) await sleep(windowMs - (Date.now() % windowMs) + 20)
}

/**
 * The behaviour every kv driver must have. Runs on real time (a remote store cannot be faked),
 * with TTLs and windows of a second or less. Each test uses its own random keys.
 */
export function runKvContract(name: string, makeKv: () => Kv | Promise<Kv>): void {
  describe(`kv contract: ${name}`, () => {
    let kv: Kv
    const key = (label: string) => `contract:${label}:${randomUUID()}`

    beforeEach(async () => {
      kv = await makeKv()
    })

    it('round-trips JSON values and keeps their types', async () => {
      const values = [{ a: 1, b: ['x', null, true], c: { d: 'नमस्ते ₹' } }, '123', 42, 0, false, ['1', 2], '']
      for (const value of values) {
        const k = key('json')
        await kv.set(k, value)
        expect(await kv.get(k)).toEqual(value)
      }
      expect(await kv.get(key('missing'))).toBeNull()
    })

    it('expires a value after its TTL, and a later set without TTL keeps it', async () => {
      const short = key('ttl')
      const kept = key('ttl-cleared')
      await kv.set(short, 'soon gone', { ttlSeconds: 0.3 })
      await kv.set(kept, 'first', { ttlSeconds: 0.3 })
      await kv.set(kept, 'second')
      expect(await kv.get(short)).toBe('soon gone')
      await sleep(450)
      expect(await kv.get(short)).toBeNull()
      expect(await kv.get(kept)).toBe('second')
    })

    it('setIfAbsent sets once until the key expires', async () => {
      const k = key('once')
      expect(await kv.setIfAbsent(k, { owner: 'a' }, { ttlSeconds: 0.3 })).toBe(true)
      expect(await kv.setIfAbsent(k, { owner: 'b' }, { ttlSeconds: 0.3 })).toBe(false)
      expect(await kv.get(k)).toEqual({ owner: 'a' })
      await sleep(450)
      expect(await kv.setIfAbsent(k, { owner: 'b' }, { ttlSeconds: 5 })).toBe(true)
      expect(await kv.get(k)).toEqual({ owner: 'b' })
      await kv.del(k)
    })

    it('gives the lock to exactly one of many concurrent callers', async () => {
      const k = key('lock')
      const results = await Promise.all(Array.from({ length: 10 }, (_, i) => kv.setIfAbsent(k, i, { ttlSeconds: 5 })))
      expect(results.filter(Boolean)).toHaveLength(1)
      await kv.del(k)
    })

    it('del reports whether the key existed', async () => {
      const k = key('del')
      await kv.set(k, 1)
      expect(await kv.del(k)).toBe(true)
      expect(await kv.del(k)).toBe(false)
      expect(await kv.get(k)).toBeNull()
    })

    it('incr counts from zero, by any integer, and keeps the TTL', async () => {
      const k = key('counter')
      expect(await kv.incr(k)).toBe(1)
      expect(await kv.incr(k, 5)).toBe(6)
      expect(await kv.incr(k, -2)).toBe(4)
      expect(await kv.get(k)).toBe(4)
      const counts = await Promise.all(Array.from({ length: 20 }, () => kv.incr(k)))
      expect(Math.max(...counts)).toBe(24)

      const ttl = key('counter-ttl')
      await kv.set(ttl, 10, { ttlSeconds: 0.3 })
      expect(await kv.incr(ttl)).toBe(11)
      await sleep(450)
      expect(await kv.get(ttl)).toBeNull()
      await kv.del(k)
    })

    it('incr rejects a value that is not an integer', async () => {
      const k = key('not-a-number')
      await kv.set(k, 'seven')
      await expect(kv.incr(k)).rejects.toThrow(/not an integer/)
      await kv.del(k)
    })

    it('expire applies only to existing keys', async () => {
      const k = key('expire')
      expect(await kv.expire(k, 1)).toBe(false)
      await kv.set(k, 'v')
      expect(await kv.expire(k, 0.3)).toBe(true)
      expect(await kv.get(k)).toBe('v')
      await sleep(450)
      expect(await kv.get(k)).toBeNull()
    })

    it('keeps a sorted set: add, move, count by inclusive score range, trim', async () => {
      const k = key('zset')
      expect(await kv.zcard(k)).toBe(0)
      expect(await kv.zcount(k, -Infinity, Infinity)).toBe(0)
      for (const [score, member] of [[10, 'a'], [20, 'b'], [30, 'c'], [40, 'd']] as const) await kv.zadd(k, score, member)
      await kv.zadd(k, 25, 'a')
      expect(await kv.zcard(k)).toBe(4)
      expect(await kv.zcount(k, 20, 30)).toBe(3)
      expect(await kv.zcount(k, -Infinity, 24)).toBe(1)
      expect(await kv.zcount(k, 31, Infinity)).toBe(1)
      expect(await kv.zremRangeByScore(k, -Infinity, 25)).toBe(2)
      expect(await kv.zcard(k)).toBe(2)
      expect(await kv.zremRangeByScore(k, 0, 5)).toBe(0)
      expect(await kv.zremRangeByScore(k, -Infinity, Infinity)).toBe(2)
      expect(await kv.zcard(k)).toBe(0)
    })

    it('a sorted set can expire, cannot be read as a value, and set replaces it', async () => {
      const k = key('zset-typed')
      await kv.zadd(k, 1, 'm')
      await expect(kv.get(k)).rejects.toThrow(/WRONGTYPE/)
      await kv.set(k, 'x')
      expect(await kv.get(k)).toBe('x')
      const z = key('zset-expiring')
      await kv.zadd(z, 1, 'm')
      expect(await kv.expire(z, 0.3)).toBe(true)
      await sleep(450)
      expect(await kv.zcard(z)).toBe(0)
      const s = key('string')
      await kv.set(s, 1)
      await expect(kv.zadd(s, 1, 'm')).rejects.toThrow(/WRONGTYPE/)
      await Promise.all([kv.del(k), kv.del(s)])
    })

    it('limit counts remaining hits down, then denies until the window closes', async () => {
      const rule = { limit: 3, windowSeconds: 60 }
      await startOfWindow(60_000, 59_000)
      const k = key('limit')
      const before = Date.now()
      const hits = []
      for (let i = 0; i < 5; i++) hits.push(await kv.limit(k, rule))
      expect(hits.map((h) => [h.success, h.remaining])).toEqual([
        [true, 2],
        [true, 1],
        [true, 0],
        [false, 0],
        [false, 0],
      ])
      const resetAt = hits[0]?.resetAt ?? 0
      expect(resetAt).toBeGreaterThan(before)
      expect(resetAt).toBeLessThanOrEqual(before + 60_000)
      expect(resetAt % 60_000).toBe(0)
      expect(hits.every((h) => h.resetAt === resetAt)).toBe(true)
      expect((await kv.limit(key('limit-other'), rule)).remaining).toBe(2)
    })

    it('limit slides: hits from the previous window still count, in proportion', async () => {
      const rule = { limit: 2, windowSeconds: 1 }
      await startOfWindow(1000, 300)
      const k = key('slide')
      expect((await kv.limit(k, rule)).success).toBe(true)
      const second = await kv.limit(k, rule)
      expect(second).toMatchObject({ success: true, remaining: 0 })
      expect((await kv.limit(k, rule)).success).toBe(false)

      // Early in the next window most of the previous one still overlaps: one of its two hits counts.
      await sleep(second.resetAt - Date.now() + 50)
      expect(await kv.limit(k, rule)).toMatchObject({ success: true, remaining: 0 })
      expect((await kv.limit(k, rule)).success).toBe(false)

      // Two windows on, only the single hit above is left, weighted down to nothing.
      await sleep(second.resetAt + 1000 - Date.now() + 50)
      expect(await kv.limit(k, rule)).toMatchObject({ success: true, remaining: 1 })
    })
  })
}
