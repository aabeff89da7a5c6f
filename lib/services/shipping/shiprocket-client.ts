import { ShippingError } from './errors'

export type ShiprocketClientOptions = {
  /** The API user's credentials (Shiprocket → Settings → API), not the account owner's. */
  email: string
  password: string
  /** https://apiv2.shiprocket.in/v1/external, or a local fake in tests. */
  apiBase: string
  fetch?: typeof fetch
  /** Epoch milliseconds; injectable so tests can age the token. */
  now?: () => number
  timeoutMs?: number
}

// Shiprocket tokens last 240 hours. Renew half a day early so a request never races the expiry.
const TOKEN_LIFETIME_MS = 240 * 60 * 60 * 1000
const RENEW_BEFORE_MS = 12 * 60 * 60 * 1000

type Token = { value: string; renewAt: number }
export type Reply = { status: number; body: unknown }

/** Shiprocket's external REST API: email/password login for a bearer token, then plain JSON calls. */
export class ShiprocketClient {
  private readonly apiBase: string
  private readonly fetch: typeof fetch
  private readonly now: () => number
  private token: Token | null = null
  private loggingIn: Promise<string> | null = null

  constructor(private readonly options: ShiprocketClientOptions) {
    this.apiBase = options.apiBase.replace(/\/+$/, '')
    this.fetch = options.fetch ?? globalThis.fetch
    this.now = options.now ?? Date.now
  }

  /** A call with the cached token; on 401 (revoked, or expired early) one fresh login and one retry. */
  async authorised(method: string, path: string, json?: unknown): Promise<Reply> {
    const token = await this.accessToken()
    const first = await this.send(method, path, json, token)
    if (first.status !== 401) return first
    if (this.token?.value === token) this.token = null
    const retried = await this.send(method, path, json, await this.accessToken())
    if (retried.status === 401) throw new ShippingError(`Shiprocket rejected a fresh token (HTTP 401)${detail(retried.body)}`, 401)
    return retried
  }

  /** As `authorised`, but any answer outside 2xx is a ShippingError naming `what`. */
  async ok(what: string, method: string, path: string, json?: unknown): Promise<unknown> {
    const { status, body } = await this.authorised(method, path, json)
    if (status < 200 || status >= 300) throw new ShippingError(`Shiprocket ${what} failed (HTTP ${status})${detail(body)}`, status)
    return body
  }

  private accessToken(): Promise<string> {
    if (this.token && this.now() < this.token.renewAt) return Promise.resolve(this.token.value)
    // Concurrent callers share one login rather than each minting a token.
    this.loggingIn ??= this.login().finally(() => {
      this.loggingIn = null
    })
    return this.loggingIn
  }

  private async login(): Promise<string> {
    const { status, body } = await this.send('POST', '/auth/login', {
      email: this.options.email,
      password: this.options.password,
    })
    const value = (body as { token?: unknown } | null)?.token
    if (status < 200 || status >= 300 || typeof value !== 'string' || !value)
      throw new ShippingError(`Shiprocket login failed (HTTP ${status})${detail(body)}`, status)
    const issuedAt = this.now()
    const expiresAt = jwtExpiry(value) ?? issuedAt + TOKEN_LIFETIME_MS
    this.token = { value, renewAt: Math.max(issuedAt, expiresAt - RENEW_BEFORE_MS) }
    return value
  }

  private async send(method: string, path: string, json: unknown, token?: string): Promise<Reply> {
    let response: Response
    try {
      response = await this.fetch(`${this.apiBase}${path}`, {
        method,
        headers: {
          accept: 'application/json',
          ...(json === undefined ? {} : { 'content-type': 'application/json' }),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: json === undefined ? undefined : JSON.stringify(json),
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 10_000),
        cache: 'no-store',
      })
    } catch (error) {
      throw new ShippingError(`Shiprocket could not be reached: ${(error as Error).message}`, undefined, { cause: error })
    }
    const text = await response.text()
    let body: unknown = null
    try {
      body = text ? JSON.parse(text) : null
    } catch {
      body = { message: text.slice(0, 200) }
    }
    return { status: response.status, body }
  }
}

/** The `exp` claim of a JWT, in epoch milliseconds, when the token is one. */
export function jwtExpiry(token: string): number | null {
  const payload = token.split('.')[1]
  if (!payload) return null
  try {
    const exp = (JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { exp?: unknown }).exp
    return typeof exp === 'number' && Number.isFinite(exp) ? exp * 1000 : null
  } catch {
    return null
  }
}

/** ": <message>" from a Shiprocket error body, including the first field error of a 422. */
export function detail(body: unknown): string {
  if (typeof body !== 'object' || body === null) return ''
  const { message, errors } = body as { message?: unknown; errors?: unknown }
  const first =
    typeof errors === 'object' && errors !== null
      ? Object.values(errors as Record<string, unknown>).flat().find((e): e is string => typeof e === 'string')
      : undefined
  const parts = [typeof message === 'string' ? message : '', first ?? ''].filter(Boolean)
  return parts.length > 0 ? `: ${parts.join(' ')}` : ''
}
