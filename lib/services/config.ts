import path from 'node:path'

/**
 * Chooses each service's driver from the environment. Pure (takes the env values) so the rules
 * are unit-tested: an explicit driver wins and must be fully configured; otherwise a fully
 * configured vendor is used; otherwise the embedded default — which production refuses unless
 * ALLOW_EMBEDDED_SERVICES is set, naming every missing variable at once.
 */

export type EnvInput = Readonly<Record<string, unknown>>

export type DatabaseConfig =
  | { driver: 'pglite'; dataDir: string | null }
  | { driver: 'pg'; url: string }
  | { driver: 'neon'; url: string }

export type ServiceConfig = {
  production: boolean
  embeddedAllowed: boolean
  appUrl: string
  dataDir: string
  database: DatabaseConfig
  kv: { driver: 'upstash'; url: string; token: string } | { driver: 'memory' }
  realtime:
    | { driver: 'pusher'; appId: string; key: string; secret: string; cluster: string }
    | { driver: 'embedded'; port: number; appId: string; key: string; secret: string }
  video:
    | { driver: 'livekit'; url: string; apiKey: string; apiSecret: string }
    | { driver: 'embedded' }
  payments:
    | { driver: 'razorpay'; keyId: string; keySecret: string; webhookSecret: string; apiBase: string }
    | { driver: 'simulated'; keyId: string; keySecret: string; webhookSecret: string }
  shipping:
    | { driver: 'shiprocket'; email: string; password: string; webhookToken: string; apiBase: string }
    | { driver: 'simulated'; webhookToken: string }
  storage: { driver: 'uploadthing'; token: string } | { driver: 'local'; dir: string; uploadSecret: string }
  email: { driver: 'smtp'; url: string; from: string } | { driver: 'outbox'; from: string }
  jobs:
    | {
        driver: 'qstash'
        token: string
        currentSigningKey: string
        nextSigningKey: string
        cronSecret: string
        url: string
      }
    | { driver: 'embedded' }
  auth: { secret: string; google: { id: string; secret: string } | null }
}

export class ServiceConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `Haat cannot start: its services are not configured.\n${problems.map((p) => `  - ${p}`).join('\n')}\n` +
        'Set the variables named above (see the README), or set ALLOW_EMBEDDED_SERVICES=true ' +
        'to run a demo deployment on the embedded services.',
    )
    this.name = 'ServiceConfigError'
  }
}

// Development-only secrets for the embedded drivers; production never uses them.
const DEV_SECRETS = {
  auth: 'haat-development-auth-secret-not-for-production',
  pusher: { appId: 'haat', key: 'haat-dev-key', secret: 'haat-dev-secret' },
  razorpay: { keyId: 'rzp_test_haatlocal', keySecret: 'haat-dev-razorpay-secret', webhookSecret: 'haat-dev-webhook-secret' },
  shiprocketWebhookToken: 'haat-dev-shiprocket-token',
}

type Vendor<K extends string> = { name: string; vars: readonly K[] }

export function resolveServiceConfig(input: EnvInput): ServiceConfig {
  const problems: string[] = []
  const str = (name: string): string | undefined => {
    const v = input[name]
    return typeof v === 'string' && v.length > 0 ? v : undefined
  }
  const production = str('NODE_ENV') === 'production'
  const allowFlag = input.ALLOW_EMBEDDED_SERVICES
  const embeddedAllowed = !production || allowFlag === true || allowFlag === 'true' || allowFlag === '1'
  const dataDir = str('DATA_DIR') ?? '.data'

  /**
   * Returns 'vendor' or 'embedded' for a service. `explicit` is the *_DRIVER value, if any.
   */
  function choose<K extends string>(
    service: string,
    explicit: string | undefined,
    embeddedName: string,
    vendor: Vendor<K>,
  ): 'vendor' | 'embedded' {
    const missing = vendor.vars.filter((v) => !str(v))
    const present = vendor.vars.length - missing.length
    if (explicit === embeddedName) {
      if (!embeddedAllowed)
        problems.push(`${service}: ${service.toUpperCase()}_DRIVER=${embeddedName} is not allowed in production without ALLOW_EMBEDDED_SERVICES=true`)
      return 'embedded'
    }
    if (explicit === vendor.name || (explicit === undefined && present > 0)) {
      if (missing.length > 0)
        problems.push(`${service} (${vendor.name}): missing ${missing.join(', ')}`)
      return 'vendor'
    }
    if (explicit !== undefined) {
      problems.push(`${service}: unknown driver "${explicit}" (use ${vendor.name} or ${embeddedName})`)
      return 'embedded'
    }
    if (!embeddedAllowed) problems.push(`${service} (${vendor.name}): missing ${missing.join(', ')}`)
    return 'embedded'
  }

  const database = resolveDatabase(str('DATABASE_DRIVER'), str('DATABASE_URL'), dataDir, embeddedAllowed, problems)

  const kvUse = choose('kv', str('KV_DRIVER'), 'memory', {
    name: 'upstash',
    vars: ['UPSTASH_REDIS_REST_URL', 'UPSTASH_REDIS_REST_TOKEN'],
  })
  const rtUse = choose('realtime', str('REALTIME_DRIVER'), 'embedded', {
    name: 'pusher',
    vars: ['PUSHER_APP_ID', 'PUSHER_KEY', 'PUSHER_SECRET', 'PUSHER_CLUSTER'],
  })
  const videoUse = choose('video', str('VIDEO_DRIVER'), 'embedded', {
    name: 'livekit',
    vars: ['LIVEKIT_URL', 'LIVEKIT_API_KEY', 'LIVEKIT_API_SECRET'],
  })
  const payUse = choose('payments', str('PAYMENTS_DRIVER'), 'simulated', {
    name: 'razorpay',
    vars: ['RAZORPAY_KEY_ID', 'RAZORPAY_KEY_SECRET', 'RAZORPAY_WEBHOOK_SECRET'],
  })
  const shipUse = choose('shipping', str('SHIPPING_DRIVER'), 'simulated', {
    name: 'shiprocket',
    vars: ['SHIPROCKET_EMAIL', 'SHIPROCKET_PASSWORD', 'SHIPROCKET_WEBHOOK_TOKEN'],
  })
  const storageUse = choose('storage', str('STORAGE_DRIVER'), 'local', {
    name: 'uploadthing',
    vars: ['UPLOADTHING_TOKEN'],
  })
  const emailUse = choose('email', str('EMAIL_DRIVER'), 'outbox', { name: 'smtp', vars: ['SMTP_URL'] })
  const jobsUse = choose('jobs', str('JOBS_DRIVER'), 'embedded', {
    name: 'qstash',
    vars: ['QSTASH_TOKEN', 'QSTASH_CURRENT_SIGNING_KEY', 'QSTASH_NEXT_SIGNING_KEY', 'CRON_SECRET'],
  })

  const authSecret = str('AUTH_SECRET')
  if (production && !authSecret) problems.push('auth: missing AUTH_SECRET (generate one with `openssl rand -base64 32`)')
  const googleId = str('AUTH_GOOGLE_ID')
  const googleSecret = str('AUTH_GOOGLE_SECRET')
  if (Boolean(googleId) !== Boolean(googleSecret))
    problems.push(`auth (google): missing ${googleId ? 'AUTH_GOOGLE_SECRET' : 'AUTH_GOOGLE_ID'}`)

  if (problems.length > 0) throw new ServiceConfigError(problems)

  const s = (name: string) => str(name) as string
  return {
    production,
    embeddedAllowed,
    appUrl: str('APP_URL') ?? 'http://localhost:3000',
    dataDir,
    database,
    kv: kvUse === 'vendor' ? { driver: 'upstash', url: s('UPSTASH_REDIS_REST_URL'), token: s('UPSTASH_REDIS_REST_TOKEN') } : { driver: 'memory' },
    realtime:
      rtUse === 'vendor'
        ? { driver: 'pusher', appId: s('PUSHER_APP_ID'), key: s('PUSHER_KEY'), secret: s('PUSHER_SECRET'), cluster: s('PUSHER_CLUSTER') }
        : { driver: 'embedded', port: Number(input.EMBEDDED_REALTIME_PORT ?? 6001), ...DEV_SECRETS.pusher },
    video:
      videoUse === 'vendor'
        ? { driver: 'livekit', url: s('LIVEKIT_URL'), apiKey: s('LIVEKIT_API_KEY'), apiSecret: s('LIVEKIT_API_SECRET') }
        : { driver: 'embedded' },
    payments:
      payUse === 'vendor'
        ? {
            driver: 'razorpay',
            keyId: s('RAZORPAY_KEY_ID'),
            keySecret: s('RAZORPAY_KEY_SECRET'),
            webhookSecret: s('RAZORPAY_WEBHOOK_SECRET'),
            apiBase: str('RAZORPAY_API_BASE') ?? 'https://api.razorpay.com',
          }
        : { driver: 'simulated', ...DEV_SECRETS.razorpay },
    shipping:
      shipUse === 'vendor'
        ? {
            driver: 'shiprocket',
            email: s('SHIPROCKET_EMAIL'),
            password: s('SHIPROCKET_PASSWORD'),
            webhookToken: s('SHIPROCKET_WEBHOOK_TOKEN'),
            apiBase: str('SHIPROCKET_API_BASE') ?? 'https://apiv2.shiprocket.in/v1/external',
          }
        : { driver: 'simulated', webhookToken: DEV_SECRETS.shiprocketWebhookToken },
    storage:
      storageUse === 'vendor'
        ? { driver: 'uploadthing', token: s('UPLOADTHING_TOKEN') }
        : { driver: 'local', dir: path.join(dataDir, 'uploads'), uploadSecret: authSecret ?? DEV_SECRETS.auth },
    email:
      emailUse === 'vendor'
        ? { driver: 'smtp', url: s('SMTP_URL'), from: str('EMAIL_FROM') ?? 'Haat <no-reply@haat.local>' }
        : { driver: 'outbox', from: str('EMAIL_FROM') ?? 'Haat <no-reply@haat.local>' },
    jobs:
      jobsUse === 'vendor'
        ? {
            driver: 'qstash',
            token: s('QSTASH_TOKEN'),
            currentSigningKey: s('QSTASH_CURRENT_SIGNING_KEY'),
            nextSigningKey: s('QSTASH_NEXT_SIGNING_KEY'),
            cronSecret: s('CRON_SECRET'),
            url: str('QSTASH_URL') ?? 'https://qstash.upstash.io',
          }
        : { driver: 'embedded' },
    auth: {
      secret: authSecret ?? DEV_SECRETS.auth,
      google: googleId && googleSecret ? { id: googleId, secret: googleSecret } : null,
    },
  }
}

/** The database alone, for scripts (migrate, seed) that need nothing else. */
export function resolveDatabaseConfig(input: EnvInput): DatabaseConfig {
  const problems: string[] = []
  const str = (v: unknown) => (typeof v === 'string' && v.length > 0 ? v : undefined)
  const production = input.NODE_ENV === 'production'
  const allow = input.ALLOW_EMBEDDED_SERVICES
  const config = resolveDatabase(
    str(input.DATABASE_DRIVER),
    str(input.DATABASE_URL),
    str(input.DATA_DIR) ?? '.data',
    !production || allow === true || allow === 'true' || allow === '1',
    problems,
  )
  if (problems.length > 0) throw new ServiceConfigError(problems)
  return config
}

function resolveDatabase(
  explicit: string | undefined,
  url: string | undefined,
  dataDir: string,
  embeddedAllowed: boolean,
  problems: string[],
): DatabaseConfig {
  const isPostgresUrl = url !== undefined && /^postgres(ql)?:\/\//.test(url)
  const isPgliteUrl = url !== undefined && url.startsWith('pglite:')
  if (url !== undefined && !isPostgresUrl && !isPgliteUrl) {
    problems.push('database: DATABASE_URL must start with postgres://, postgresql:// or pglite:')
    return { driver: 'pglite', dataDir: null }
  }
  const driver = explicit ?? (isPostgresUrl ? (isNeonUrl(url) ? 'neon' : 'pg') : 'pglite')
  if (driver === 'pglite') {
    if (isPostgresUrl) problems.push('database: DATABASE_DRIVER=pglite takes a pglite: URL or none')
    if (!embeddedAllowed) problems.push('database (postgres): missing DATABASE_URL')
    return { driver: 'pglite', dataDir: pgliteDir(url, dataDir) }
  }
  if (driver === 'pg' || driver === 'neon') {
    if (!isPostgresUrl) {
      problems.push(`database (${driver}): missing DATABASE_URL (postgres://…)`)
      return { driver: 'pglite', dataDir: null }
    }
    return { driver, url: url as string }
  }
  problems.push(`database: unknown driver "${driver}" (use pglite, pg or neon)`)
  return { driver: 'pglite', dataDir: null }
}

/** `pglite:memory` (or `pglite://memory`) is in memory; `pglite:<dir>` a directory; none: DATA_DIR/pglite. */
function pgliteDir(url: string | undefined, dataDir: string): string | null {
  if (url === undefined) return path.join(dataDir, 'pglite')
  const rest = url.replace(/^pglite:(\/\/)?/, '')
  return rest === 'memory' || rest === '' ? null : rest
}

function isNeonUrl(url: string): boolean {
  try {
    return new URL(url).hostname.endsWith('.neon.tech')
  } catch {
    return false
  }
}
