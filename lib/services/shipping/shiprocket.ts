import { ShippingError } from './errors'
import { checkPinFormat } from './pin-zones'
import { chooseCourier, isPostcodeRejection, type ShiprocketServiceabilityBody } from './shiprocket-map'
import type { ServiceabilityRequest, ServiceabilityResult, ServiceableQuote, ShippingService } from './types'
import { assertServiceabilityRequest, pickupReason } from './validate'

export type ShiprocketOptions = {
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
type Reply = { status: number; body: unknown }

/** Shiprocket's external REST API: email/password login for a bearer token, then plain JSON calls. */
export class ShiprocketShipping implements ShippingService {
  private readonly apiBase: string
  private readonly fetch: typeof fetch
  private readonly now: () => number
  private token: Token | null = null
  private loggingIn: Promise<string> | null = null

  constructor(private readonly options: ShiprocketOptions) {
    this.apiBase = options.apiBase.replace(/\/+$/, '')
    this.fetch = options.fetch ?? globalThis.fetch
    this.now = options.now ?? Date.now
  }

  async serviceability(request: ServiceabilityRequest): Promise<ServiceabilityResult> {
    assertServiceabilityRequest(request)
    // Only the shape is checked here: which PINs exist and are served is Shiprocket's call.
    const delivery = checkPinFormat(request.deliveryPin)
    if (!delivery.ok) return { serviceable: false, reason: delivery.reason }
    const pickup = checkPinFormat(request.pickupPin)
    if (!pickup.ok) return { serviceable: false, reason: pickupReason(pickup.reason) }

    const lane = { pickup: pickup.pin, delivery: delivery.pin, weightGrams: request.weightGrams, value: request.declaredValuePaise }
    const quote = await this.quote(lane, request.cod)
    if (quote) return quote
    if (request.cod) {
      // No courier collects cash here: the buyer can still prepay, so quote that instead.
      const prepaid = await this.quote(lane, false)
      if (prepaid) return { ...prepaid, codAvailable: false }
    }
    return { serviceable: false, reason: `No courier delivers to ${delivery.pin} from this seller's location yet.` }
  }

  private async quote(
    lane: { pickup: string; delivery: string; weightGrams: number; value: number },
    cod: boolean,
  ): Promise<ServiceableQuote | null> {
    const query = new URLSearchParams({
      pickup_postcode: lane.pickup,
      delivery_postcode: lane.delivery,
      weight: String(lane.weightGrams / 1000),
      cod: cod ? '1' : '0',
      declared_value: String(lane.value / 100),
    })
    const { status, body } = await this.authorised('GET', `/courier/serviceability/?${query}`)
    if (status === 404 || (status === 422 && isPostcodeRejection(body))) return null
    if (status < 200 || status >= 300) throw new ShippingError(`Shiprocket serviceability failed (HTTP ${status})${detail(body)}`, status)
    const answer = body as ShiprocketServiceabilityBody
    if (answer.status === 404) return null
    const { chosen, codAvailable } = chooseCourier(answer, { codRequired: cod })
    if (!chosen) return null
    return { serviceable: true, codAvailable, etaDays: chosen.etaDays, courier: chosen.courier, ratePaise: chosen.ratePaise }
  }

  /** A call with the cached token; on 401 (revoked, or expired early) one fresh login and one retry. */
  private async authorised(method: string, path: string, json?: unknown): Promise<Reply> {
    const token = await this.accessToken()
    const first = await this.send(method, path, json, token)
    if (first.status !== 401) return first
    if (this.token?.value === token) this.token = null
    const retried = await this.send(method, path, json, await this.accessToken())
    if (retried.status === 401) throw new ShippingError(`Shiprocket rejected a fresh token (HTTP 401)${detail(retried.body)}`, 401)
    return retried
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

function detail(body: unknown): string {
  const message = typeof body === 'object' && body !== null ? (body as { message?: unknown }).message : undefined
  return typeof message === 'string' && message ? `: ${message}` : ''
}

export function createShiprocketShipping(options: ShiprocketOptions): ShiprocketShipping {
  return new ShiprocketShipping(options)
}
