import { describe, expect, it } from 'vitest'
import { QSTASH_RETRY_DELAY, retryDelaySeconds } from './types'
import { bearerMatches, bearerToken, embeddedRouteToken, safeEqual } from './verify'

const req = (authorization?: string) =>
  new Request('http://localhost:3000/api/jobs/x', { headers: authorization ? { authorization } : {} })

describe('job request credentials', () => {
  it('compares secrets exactly', () => {
    expect(safeEqual('s3cret-value', 's3cret-value')).toBe(true)
    expect(safeEqual('s3cret-value', 's3cret-valuE')).toBe(false)
    expect(safeEqual('s3cret-value', 's3cret-value ')).toBe(false)
    expect(safeEqual('', '')).toBe(true)
  })

  it('reads a bearer token and matches it against the secret', () => {
    expect(bearerToken(req('Bearer abc.def'))).toBe('abc.def')
    expect(bearerToken(req('bearer abc'))).toBe('abc')
    expect(bearerToken(req('Basic abc'))).toBeNull()
    expect(bearerToken(req())).toBeNull()
    expect(bearerMatches(req('Bearer cron-secret'), 'cron-secret')).toBe(true)
    expect(bearerMatches(req('Bearer cron-secre'), 'cron-secret')).toBe(false)
    expect(bearerMatches(req('Bearer '), '')).toBe(false)
  })

  it('derives a stable embedded route token per AUTH_SECRET', () => {
    const token = embeddedRouteToken('auth-secret-one-0123456789')
    expect(token).toBe(embeddedRouteToken('auth-secret-one-0123456789'))
    expect(token).not.toBe(embeddedRouteToken('auth-secret-two-0123456789'))
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(token).not.toContain('auth-secret')
  })

  it('backs off 10 s, 40 s, 160 s … up to an hour, as the QStash expression says', () => {
    expect([1, 2, 3, 4, 5, 6, 9].map(retryDelaySeconds)).toEqual([10, 40, 160, 640, 2560, 3600, 3600])
    expect(QSTASH_RETRY_DELAY).toBe('min(3600000, pow(4, retried) * 10000)')
  })
})
