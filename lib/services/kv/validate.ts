import type { RateLimitRule } from './types'

/** Seconds → whole milliseconds, at least 1: both drivers expire with millisecond precision. */
export function ttlMs(seconds: number, what = 'ttlSeconds'): number {
  if (!Number.isFinite(seconds) || seconds <= 0) throw new RangeError(`${what} must be a positive number, got ${seconds}`)
  return Math.max(1, Math.round(seconds * 1000))
}

export function assertInteger(value: number, what: string): void {
  if (!Number.isSafeInteger(value)) throw new RangeError(`${what} must be an integer, got ${value}`)
}

export function assertScore(score: number, what = 'score'): void {
  if (Number.isNaN(score)) throw new RangeError(`${what} must be a number, got NaN`)
}

export function windowMs(rule: RateLimitRule): number {
  if (!Number.isSafeInteger(rule.limit) || rule.limit < 1)
    throw new RangeError(`rate limit must be a positive integer, got ${rule.limit}`)
  return ttlMs(rule.windowSeconds, 'windowSeconds')
}

export function serialize(value: unknown): string {
  const json = JSON.stringify(value)
  if (json === undefined) throw new TypeError('kv values must be JSON-serialisable')
  return json
}
