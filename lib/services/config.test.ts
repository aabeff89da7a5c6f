import { describe, expect, it } from 'vitest'
import { ServiceConfigError, resolveDatabaseConfig, resolveServiceConfig } from './config'

const production = { NODE_ENV: 'production', AUTH_SECRET: 'a-long-enough-production-secret' }
const allVendors = {
  ...production,
  DATABASE_URL: 'postgres://app:pw@ep-cool-1.ap-south-1.aws.neon.tech/haat',
  UPSTASH_REDIS_REST_URL: 'https://x.upstash.io',
  UPSTASH_REDIS_REST_TOKEN: 't',
  PUSHER_APP_ID: '1',
  PUSHER_KEY: 'k',
  PUSHER_SECRET: 's',
  PUSHER_CLUSTER: 'ap2',
  LIVEKIT_URL: 'wss://haat.livekit.cloud',
  LIVEKIT_API_KEY: 'k',
  LIVEKIT_API_SECRET: 's',
  RAZORPAY_KEY_ID: 'rzp_live_x',
  RAZORPAY_KEY_SECRET: 's',
  RAZORPAY_WEBHOOK_SECRET: 'w',
  SHIPROCKET_EMAIL: 'ops@haat.in',
  SHIPROCKET_PASSWORD: 'p',
  SHIPROCKET_WEBHOOK_TOKEN: 't',
  UPLOADTHING_TOKEN: 'u',
  SMTP_URL: 'smtp://user:pw@smtp.example.com:587',
  QSTASH_TOKEN: 'q',
  QSTASH_CURRENT_SIGNING_KEY: 'c',
  QSTASH_NEXT_SIGNING_KEY: 'n',
  CRON_SECRET: 'cron',
}

function problemsOf(input: Record<string, unknown>): string[] {
  try {
    resolveServiceConfig(input)
  } catch (error) {
    if (error instanceof ServiceConfigError) return error.problems
    throw error
  }
  return []
}

describe('resolveServiceConfig', () => {
  it('boots every embedded default with no configuration at all', () => {
    const config = resolveServiceConfig({})
    expect(config.database).toEqual({ driver: 'pglite', dataDir: '.data/pglite' })
    expect(config.kv.driver).toBe('memory')
    expect(config.realtime.driver).toBe('embedded')
    expect(config.video.driver).toBe('embedded')
    expect(config.payments.driver).toBe('simulated')
    expect(config.shipping.driver).toBe('simulated')
    expect(config.storage).toMatchObject({ driver: 'local', dir: '.data/uploads' })
    expect(config.email.driver).toBe('outbox')
    expect(config.jobs.driver).toBe('embedded')
    expect(config.auth.google).toBeNull()
  })

  it('uses every vendor when production is fully configured', () => {
    const config = resolveServiceConfig(allVendors)
    expect(config.database.driver).toBe('neon')
    expect([config.kv, config.realtime, config.video, config.payments, config.shipping, config.storage, config.email, config.jobs].map((s) => s.driver)).toEqual([
      'upstash', 'pusher', 'livekit', 'razorpay', 'shiprocket', 'uploadthing', 'smtp', 'qstash',
    ])
  })

  it('refuses production without services, naming each missing variable', () => {
    const problems = problemsOf({ NODE_ENV: 'production' })
    const text = problems.join('\n')
    for (const name of ['DATABASE_URL', 'UPSTASH_REDIS_REST_URL', 'PUSHER_KEY', 'LIVEKIT_API_SECRET', 'RAZORPAY_WEBHOOK_SECRET', 'SHIPROCKET_PASSWORD', 'UPLOADTHING_TOKEN', 'SMTP_URL', 'QSTASH_TOKEN', 'AUTH_SECRET'])
      expect(text).toContain(name)
  })

  it('allows the embedded defaults in production only with ALLOW_EMBEDDED_SERVICES=true', () => {
    const config = resolveServiceConfig({ ...production, ALLOW_EMBEDDED_SERVICES: true })
    expect(config.kv.driver).toBe('memory')
    expect(config.production).toBe(true)
    expect(problemsOf({ ...production, ALLOW_EMBEDDED_SERVICES: 'false' }).length).toBeGreaterThan(0)
  })

  it('still requires AUTH_SECRET in a production demo deployment', () => {
    expect(problemsOf({ NODE_ENV: 'production', ALLOW_EMBEDDED_SERVICES: 'true' })).toEqual([
      expect.stringContaining('AUTH_SECRET'),
    ])
  })

  it('names the missing half of a partly configured vendor, even in development', () => {
    expect(problemsOf({ PUSHER_KEY: 'k' })).toEqual([expect.stringMatching(/realtime \(pusher\): missing PUSHER_APP_ID, PUSHER_SECRET, PUSHER_CLUSTER/)])
    expect(problemsOf({ AUTH_GOOGLE_ID: 'id' })).toEqual([expect.stringContaining('AUTH_GOOGLE_SECRET')])
  })

  it('throws on an unknown driver name instead of falling back', () => {
    expect(problemsOf({ KV_DRIVER: 'redis' })).toEqual([expect.stringContaining('unknown driver "redis"')])
    expect(() => resolveDatabaseConfig({ DATABASE_DRIVER: 'mysql' })).toThrow(/unknown driver "mysql"/)
  })

  it('an explicit vendor driver must be fully configured', () => {
    expect(problemsOf({ PAYMENTS_DRIVER: 'razorpay' })).toEqual([
      expect.stringContaining('RAZORPAY_KEY_ID, RAZORPAY_KEY_SECRET, RAZORPAY_WEBHOOK_SECRET'),
    ])
  })

  it('chooses the database driver from the URL', () => {
    expect(resolveDatabaseConfig({ DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/haat' })).toEqual({ driver: 'pg', url: 'postgres://postgres@127.0.0.1:5432/haat' })
    expect(resolveDatabaseConfig({ DATABASE_URL: 'postgresql://u:p@ep-x.neon.tech/db' }).driver).toBe('neon')
    expect(resolveDatabaseConfig({ DATABASE_URL: 'pglite:memory' })).toEqual({ driver: 'pglite', dataDir: null })
    expect(resolveDatabaseConfig({ DATABASE_URL: 'pglite:/tmp/x' })).toEqual({ driver: 'pglite', dataDir: '/tmp/x' })
    expect(resolveDatabaseConfig({ DATA_DIR: '/srv/haat' })).toEqual({ driver: 'pglite', dataDir: '/srv/haat/pglite' })
    expect(() => resolveDatabaseConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/must start with postgres/)
  })
})
