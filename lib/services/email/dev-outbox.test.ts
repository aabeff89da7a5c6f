import { describe, expect, it } from 'vitest'
import { resolveServiceConfig } from '../config'
import { devOutboxVisible } from './dev-outbox'

const PRODUCTION_VENDORS = {
  NODE_ENV: 'production',
  AUTH_SECRET: 'a-production-secret-of-enough-length',
  DATABASE_URL: 'postgres://u:p@db.example:5432/haat',
  UPSTASH_REDIS_REST_URL: 'https://kv.example',
  UPSTASH_REDIS_REST_TOKEN: 't',
  PUSHER_APP_ID: 'a', PUSHER_KEY: 'k', PUSHER_SECRET: 's', PUSHER_CLUSTER: 'ap2',
  LIVEKIT_URL: 'wss://lk.example', LIVEKIT_API_KEY: 'k', LIVEKIT_API_SECRET: 's',
  RAZORPAY_KEY_ID: 'rzp_live_x', RAZORPAY_KEY_SECRET: 's', RAZORPAY_WEBHOOK_SECRET: 'w',
  SHIPROCKET_EMAIL: 'ops@haat.example', SHIPROCKET_PASSWORD: 'p', SHIPROCKET_WEBHOOK_TOKEN: 't',
  UPLOADTHING_TOKEN: 't',
  SMTP_URL: 'smtps://u:p@smtp.example:465',
  QSTASH_TOKEN: 't', QSTASH_CURRENT_SIGNING_KEY: 'c', QSTASH_NEXT_SIGNING_KEY: 'n', CRON_SECRET: 'x',
}

describe('devOutboxVisible', () => {
  it('shows the outbox in development, whichever driver sends mail', () => {
    expect(devOutboxVisible(resolveServiceConfig({}))).toBe(true)
    expect(devOutboxVisible(resolveServiceConfig({ SMTP_URL: 'smtp://127.0.0.1:2525' }))).toBe(true)
  })

  it('hides it in production when mail goes out over SMTP', () => {
    expect(devOutboxVisible(resolveServiceConfig(PRODUCTION_VENDORS))).toBe(false)
  })

  it('shows it in a production demo whose mail lands in the outbox', () => {
    const { SMTP_URL: _smtp, ...withoutSmtp } = PRODUCTION_VENDORS
    const config = resolveServiceConfig({ ...withoutSmtp, ALLOW_EMBEDDED_SERVICES: 'true' })
    expect(config.email.driver).toBe('outbox')
    expect(devOutboxVisible(config)).toBe(true)
  })
})
