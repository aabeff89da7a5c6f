import { createEnv } from '@t3-oss/env-nextjs'
import { z } from 'zod'

const optional = z.string().min(1).optional()
const optionalUrl = z.url().optional()
const flag = z
  .enum(['true', 'false', '1', '0'])
  .optional()
  .transform((v) => v === 'true' || v === '1')

/**
 * The only reader of process.env. Every variable of every service is declared here; which driver
 * each service uses is decided in lib/services/config.ts from these values.
 */
export const env = createEnv({
  server: {
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    ALLOW_EMBEDDED_SERVICES: flag,
    APP_URL: z.url().default('http://localhost:3000'),
    DATA_DIR: z.string().min(1).default('.data'),
    SEED_ON_BOOT: z.enum(['auto', 'never']).default('auto'),

    // Auth.js
    AUTH_SECRET: z.string().min(16).optional(),
    AUTH_GOOGLE_ID: optional,
    AUTH_GOOGLE_SECRET: optional,

    // database: PGlite by default, node-postgres for postgres:// URLs, Neon's Pool for Neon hosts
    DATABASE_DRIVER: z.enum(['pglite', 'pg', 'neon']).optional(),
    DATABASE_URL: optional,

    // kv, rate limits, counters
    KV_DRIVER: z.enum(['upstash', 'memory']).optional(),
    UPSTASH_REDIS_REST_URL: optionalUrl,
    UPSTASH_REDIS_REST_TOKEN: optional,

    // realtime
    REALTIME_DRIVER: z.enum(['pusher', 'embedded']).optional(),
    PUSHER_APP_ID: optional,
    PUSHER_KEY: optional,
    PUSHER_SECRET: optional,
    PUSHER_CLUSTER: optional,
    EMBEDDED_REALTIME_PORT: z.coerce.number().int().min(1).max(65535).default(6001),

    // live video
    VIDEO_DRIVER: z.enum(['livekit', 'embedded']).optional(),
    LIVEKIT_URL: optionalUrl,
    LIVEKIT_API_KEY: optional,
    LIVEKIT_API_SECRET: optional,
    LIVEKIT_EGRESS_S3_BUCKET: optional,
    LIVEKIT_EGRESS_S3_REGION: optional,
    LIVEKIT_EGRESS_S3_ACCESS_KEY: optional,
    LIVEKIT_EGRESS_S3_SECRET: optional,
    LIVEKIT_EGRESS_S3_ENDPOINT: optionalUrl,
    // embedded video: comma-separated stun:/turn: URLs (none needed on localhost or a LAN)
    VIDEO_ICE_SERVERS: optional,

    // payments
    PAYMENTS_DRIVER: z.enum(['razorpay', 'simulated']).optional(),
    RAZORPAY_KEY_ID: optional,
    RAZORPAY_KEY_SECRET: optional,
    RAZORPAY_WEBHOOK_SECRET: optional,
    RAZORPAYX_ACCOUNT_NUMBER: optional,
    RAZORPAY_API_BASE: z.url().default('https://api.razorpay.com'),

    // shipping
    SHIPPING_DRIVER: z.enum(['shiprocket', 'simulated']).optional(),
    SHIPROCKET_EMAIL: z.email().optional(),
    SHIPROCKET_PASSWORD: optional,
    SHIPROCKET_WEBHOOK_TOKEN: optional,
    SHIPROCKET_API_BASE: z.url().default('https://apiv2.shiprocket.in/v1/external'),

    // file storage
    STORAGE_DRIVER: z.enum(['uploadthing', 'local']).optional(),
    UPLOADTHING_TOKEN: optional,

    // email
    EMAIL_DRIVER: z.enum(['smtp', 'outbox']).optional(),
    SMTP_URL: optionalUrl,
    EMAIL_FROM: z.string().min(3).default('Haat <no-reply@haat.local>'),

    // jobs
    JOBS_DRIVER: z.enum(['qstash', 'embedded']).optional(),
    QSTASH_TOKEN: optional,
    QSTASH_CURRENT_SIGNING_KEY: optional,
    QSTASH_NEXT_SIGNING_KEY: optional,
    CRON_SECRET: optional,
    QSTASH_URL: z.url().default('https://qstash.upstash.io'),
  },
  client: {},
  experimental__runtimeEnv: {},
  emptyStringAsUndefined: true,
  skipValidation: process.env.SKIP_ENV_VALIDATION === '1',
})

export type Env = typeof env
