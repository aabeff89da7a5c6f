import { Ratelimit } from '@upstash/ratelimit'
import { Redis } from '@upstash/redis'
import type { Kv, KvSetOptions, RateLimitResult, RateLimitRule } from './types'
import { assertInteger, assertScore, serialize, ttlMs, windowMs } from './validate'

export type UpstashKvOptions = {
  url: string
  token: string
  /** Prepended to every key, e.g. to keep test runs apart. */
  prefix?: string
}

/**
 * Upstash Redis over REST. Values are JSON-encoded here rather than by the SDK, whose automatic
 * deserialisation turns a stored string like "123" back into a number.
 */
export class UpstashKv implements Kv {
  private readonly redis: Redis
  private readonly prefix: string
  private readonly limiters = new Map<string, Ratelimit>()

  constructor(options: UpstashKvOptions) {
    this.prefix = options.prefix ?? ''
    this.redis = new Redis({
      url: options.url,
      token: options.token,
      automaticDeserialization: false,
      enableTelemetry: false,
    })
  }

  async get<T = unknown>(key: string): Promise<T | null> {
    const raw = await this.redis.get<string>(this.k(key))
    return raw === null ? null : (JSON.parse(raw) as T)
  }

  async set(key: string, value: unknown, options: KvSetOptions = {}): Promise<void> {
    const json = serialize(value)
    if (options.ttlSeconds === undefined) await this.redis.set(this.k(key), json)
    else await this.redis.set(this.k(key), json, { px: ttlMs(options.ttlSeconds) })
  }

  async setIfAbsent(key: string, value: unknown, options: { ttlSeconds: number }): Promise<boolean> {
    const result = await this.redis.set(this.k(key), serialize(value), { nx: true, px: ttlMs(options.ttlSeconds) })
    return result === 'OK'
  }

  async del(key: string): Promise<boolean> {
    return (await this.redis.del(this.k(key))) > 0
  }

  async incr(key: string, by = 1): Promise<number> {
    assertInteger(by, 'incr amount')
    return this.redis.incrby(this.k(key), by)
  }

  async expire(key: string, seconds: number): Promise<boolean> {
    return (await this.redis.pexpire(this.k(key), ttlMs(seconds, 'seconds'))) === 1
  }

  async zadd(key: string, score: number, member: string): Promise<void> {
    assertScore(score)
    await this.redis.zadd(this.k(key), { score, member })
  }

  async zremRangeByScore(key: string, min: number, max: number): Promise<number> {
    return this.redis.zremrangebyscore(this.k(key), bound(min, 'min'), bound(max, 'max'))
  }

  async zcard(key: string): Promise<number> {
    return this.redis.zcard(this.k(key))
  }

  async zcount(key: string, min: number, max: number): Promise<number> {
    return this.redis.zcount(this.k(key), bound(min, 'min'), bound(max, 'max'))
  }

  async limit(key: string, rule: RateLimitRule): Promise<RateLimitResult> {
    const { success, remaining, reset } = await this.limiter(rule).limit(key)
    return { success, remaining, resetAt: reset }
  }

  private limiter(rule: RateLimitRule): Ratelimit {
    const window = windowMs(rule)
    const id = `${rule.limit}/${window}`
    let limiter = this.limiters.get(id)
    if (!limiter) {
      limiter = new Ratelimit({
        redis: this.redis,
        limiter: Ratelimit.slidingWindow(rule.limit, `${window} ms`),
        prefix: `${this.prefix}ratelimit`,
        // The SDK's own timeout fails open after 5 s; rateLimit() decides instead (fail-closed).
        timeout: 0,
        // Its per-instance block cache would make instances disagree with each other and with
        // the memory driver about when a denied caller may try again.
        ephemeralCache: false,
        analytics: false,
      })
      this.limiters.set(id, limiter)
    }
    return limiter
  }

  private k(key: string): string {
    return this.prefix + key
  }
}

function bound(value: number, what: string): number | '-inf' | '+inf' {
  assertScore(value, what)
  if (value === Infinity) return '+inf'
  if (value === -Infinity) return '-inf'
  return value
}

export function createUpstashKv(options: UpstashKvOptions): UpstashKv {
  return new UpstashKv(options)
}
