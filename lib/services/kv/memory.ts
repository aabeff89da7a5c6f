import type { Kv, KvSetOptions, RateLimitResult, RateLimitRule } from './types'
import { assertInteger, assertScore, serialize, ttlMs, windowMs } from './validate'

type StringEntry = { kind: 'string'; value: string; expiresAt: number | null }
type ZsetEntry = { kind: 'zset'; members: Map<string, number>; expiresAt: number | null }
type Entry = StringEntry | ZsetEntry

export type MemoryKvOptions = {
  /** How often, at most, an access scans the whole store for expired keys. */
  sweepIntervalMs?: number
}

const RATE_LIMIT_PREFIX = 'ratelimit:'

// Redis's own wording, so callers see the same errors from both drivers.
const WRONGTYPE = 'WRONGTYPE Operation against a key holding the wrong kind of value'
const NOT_INTEGER = 'ERR value is not an integer or out of range'

/**
 * In-process store for development and single-instance demos. Expired keys are dropped when read,
 * and the whole store is swept at most every `sweepIntervalMs` on any access, so keys with TTLs
 * (rate limits, idempotency) never accumulate.
 * State lives in this process only: on several instances each one counts on its own.
 */
export class MemoryKv implements Kv {
  private readonly store = new Map<string, Entry>()
  private readonly sweepIntervalMs: number
  private lastSweep = Date.now()

  constructor(options: MemoryKvOptions = {}) {
    this.sweepIntervalMs = options.sweepIntervalMs ?? 30_000
  }

  /** Keys held, expired or not; for tests of the sweep. */
  get size(): number {
    return this.store.size
  }

  async get<T = unknown>(key: string): Promise<T | null> {
    const entry = this.live(key)
    if (!entry) return null
    if (entry.kind !== 'string') throw new Error(WRONGTYPE)
    return JSON.parse(entry.value) as T
  }

  async set(key: string, value: unknown, options: KvSetOptions = {}): Promise<void> {
    const json = serialize(value)
    const expiresAt = options.ttlSeconds === undefined ? null : Date.now() + ttlMs(options.ttlSeconds)
    this.write(key, { kind: 'string', value: json, expiresAt })
  }

  async setIfAbsent(key: string, value: unknown, options: { ttlSeconds: number }): Promise<boolean> {
    const json = serialize(value)
    const expiresAt = Date.now() + ttlMs(options.ttlSeconds)
    if (this.live(key)) return false
    this.write(key, { kind: 'string', value: json, expiresAt })
    return true
  }

  async del(key: string): Promise<boolean> {
    const existed = this.live(key) !== undefined
    this.store.delete(key)
    return existed
  }

  async incr(key: string, by = 1): Promise<number> {
    assertInteger(by, 'incr amount')
    return this.incrSync(key, by)
  }

  async expire(key: string, seconds: number): Promise<boolean> {
    const ms = ttlMs(seconds, 'seconds')
    const entry = this.live(key)
    if (!entry) return false
    entry.expiresAt = Date.now() + ms
    return true
  }

  async zadd(key: string, score: number, member: string): Promise<void> {
    assertScore(score)
    const entry = this.live(key)
    if (entry && entry.kind !== 'zset') throw new Error(WRONGTYPE)
    if (entry) entry.members.set(member, score)
    else this.write(key, { kind: 'zset', members: new Map([[member, score]]), expiresAt: null })
  }

  async zremRangeByScore(key: string, min: number, max: number): Promise<number> {
    assertScore(min, 'min')
    assertScore(max, 'max')
    const members = this.zset(key)
    if (!members) return 0
    let removed = 0
    for (const [member, score] of members) {
      if (score >= min && score <= max) {
        members.delete(member)
        removed++
      }
    }
    // Redis deletes a sorted set once it is empty, TTL and all.
    if (members.size === 0) this.store.delete(key)
    return removed
  }

  async zcard(key: string): Promise<number> {
    return this.zset(key)?.size ?? 0
  }

  async zcount(key: string, min: number, max: number): Promise<number> {
    assertScore(min, 'min')
    assertScore(max, 'max')
    const members = this.zset(key)
    if (!members) return 0
    let count = 0
    for (const score of members.values()) if (score >= min && score <= max) count++
    return count
  }

  /**
   * The same two-bucket sliding window as @upstash/ratelimit's `slidingWindow`, so development
   * and production allow exactly the same hits: the previous fixed window's count is weighted
   * by how much of it still overlaps the sliding window.
   */
  async limit(key: string, rule: RateLimitRule): Promise<RateLimitResult> {
    const window = windowMs(rule)
    const now = Date.now()
    const bucket = Math.floor(now / window)
    const currentKey = `${RATE_LIMIT_PREFIX}${key}:${bucket}`
    const previousKey = `${RATE_LIMIT_PREFIX}${key}:${bucket - 1}`
    const resetAt = (bucket + 1) * window

    const current = this.counter(currentKey)
    const previous = Math.floor((1 - (now % window) / window) * this.counter(previousKey))
    if (previous + current >= rule.limit) return { success: false, remaining: 0, resetAt }

    const hits = this.incrSync(currentKey, 1)
    if (hits === 1) this.entry(currentKey).expiresAt = now + window * 2 + 1000
    return { success: true, remaining: Math.max(0, rule.limit - (hits + previous)), resetAt }
  }

  private incrSync(key: string, by: number): number {
    const entry = this.live(key)
    if (entry && entry.kind !== 'string') throw new Error(WRONGTYPE)
    const current = entry ? parseInteger(entry.value) : 0
    const next = current + by
    if (!Number.isSafeInteger(next)) throw new Error(NOT_INTEGER)
    this.write(key, { kind: 'string', value: String(next), expiresAt: entry?.expiresAt ?? null })
    return next
  }

  private counter(key: string): number {
    const entry = this.live(key)
    return entry?.kind === 'string' ? parseInteger(entry.value) : 0
  }

  private zset(key: string): Map<string, number> | undefined {
    const entry = this.live(key)
    if (entry && entry.kind !== 'zset') throw new Error(WRONGTYPE)
    return entry?.members
  }

  private entry(key: string): Entry {
    const entry = this.store.get(key)
    if (!entry) throw new Error(`memory kv: ${key} vanished`)
    return entry
  }

  private live(key: string): Entry | undefined {
    this.sweep()
    const entry = this.store.get(key)
    if (entry?.expiresAt != null && entry.expiresAt <= Date.now()) {
      this.store.delete(key)
      return undefined
    }
    return entry
  }

  private write(key: string, entry: Entry): void {
    this.sweep()
    this.store.set(key, entry)
  }

  private sweep(): void {
    const now = Date.now()
    if (now - this.lastSweep < this.sweepIntervalMs) return
    this.lastSweep = now
    for (const [key, entry] of this.store) {
      if (entry.expiresAt !== null && entry.expiresAt <= now) this.store.delete(key)
    }
  }
}

function parseInteger(value: string): number {
  if (!/^-?\d+$/.test(value)) throw new Error(NOT_INTEGER)
  const n = Number(value)
  if (!Number.isSafeInteger(n)) throw new Error(NOT_INTEGER)
  return n
}

export function createMemoryKv(options?: MemoryKvOptions): MemoryKv {
  return new MemoryKv(options)
}
