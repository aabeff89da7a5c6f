/** A rate-limit rule: at most `limit` hits in any window of `windowSeconds`. */
export type RateLimitRule = { limit: number; windowSeconds: number }

export type RateLimitResult = {
  success: boolean
  /** Hits still allowed in the current window (0 when denied). */
  remaining: number
  /** Epoch milliseconds at which the current window closes. */
  resetAt: number
}

export type KvSetOptions = { ttlSeconds?: number }

/**
 * Key-value store for counters, idempotency keys, locks, sorted-set windows and rate limits.
 * Values are stored as JSON: anything `JSON.stringify` round-trips. TTLs may be fractional seconds.
 * Score bounds are inclusive; pass ±Infinity for open ends.
 */
export interface Kv {
  get<T = unknown>(key: string): Promise<T | null>
  /** Replaces the value and its TTL (no `ttlSeconds`: the key no longer expires). */
  set(key: string, value: unknown, options?: KvSetOptions): Promise<void>
  /** Sets only when the key is absent; true when this call set it. */
  setIfAbsent(key: string, value: unknown, options: { ttlSeconds: number }): Promise<boolean>
  /** True when the key existed. */
  del(key: string): Promise<boolean>
  /** Adds `by` (default 1) to an integer counter, creating it at 0; keeps its TTL. */
  incr(key: string, by?: number): Promise<number>
  /** True when the key exists and now expires in `seconds`. */
  expire(key: string, seconds: number): Promise<boolean>
  /** Adds a member, or moves an existing one to `score`. */
  zadd(key: string, score: number, member: string): Promise<void>
  /** Removes members with min ≤ score ≤ max; returns how many. */
  zremRangeByScore(key: string, min: number, max: number): Promise<number>
  zcard(key: string): Promise<number>
  zcount(key: string, min: number, max: number): Promise<number>
  /** Counts one hit against `key` under a sliding window; denied hits are not counted. */
  limit(key: string, rule: RateLimitRule): Promise<RateLimitResult>
}
