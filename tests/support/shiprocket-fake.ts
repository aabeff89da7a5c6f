import { randomBytes } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { ZONES, checkPin, zoneOf } from '@/lib/services/shipping/pin-zones'
import { quoteServiceability } from '@/lib/services/shipping/simulated'

/**
 * A local stand-in for Shiprocket's external API on 127.0.0.1, speaking its protocol:
 *   POST /auth/login                 { email, password } → 200 { token, … } | 400 { message }
 *   GET  /courier/serviceability/    Bearer token; pickup_postcode, delivery_postcode, weight (kg),
 *                                    cod (0|1), declared_value (₹) → 200 { status: 200, data: {
 *                                    available_courier_companies, recommended_courier_company_id } }
 *                                    | 404 { status: 404, message } | 422 { message, errors } | 401
 * Lanes are answered from the simulated courier's PIN-code zone model, as three couriers: the
 * recommended one at the model's rate and slowest ETA, a cheaper and slower one, and a dearer air
 * one. Tokens are JWT-shaped with a 10-day `exp`, like Shiprocket's.
 */

export type ShiprocketFakeRequest = { method: string; path: string; query: Record<string, string>; authorization: string | null }
export type ServiceabilityAnswer = { status: number; body: unknown }

export type ShiprocketFake = {
  apiBase: string
  email: string
  password: string
  /** Every request received, oldest first. */
  requests: ShiprocketFakeRequest[]
  /** Successful logins and 401 answers so far. */
  stats: { logins: number; unauthorised: number }
  /** Every token issued so far stops working, as when Shiprocket expires or revokes them. */
  expireTokens: () => void
  /** While on, every token is refused, including fresh ones. */
  rejectAllTokens: (on: boolean) => void
  /** Answers serviceability with `answer` instead of the zone model; null restores the model. */
  answerServiceability: (answer: ((query: URLSearchParams) => ServiceabilityAnswer) | null) => void
  close: () => Promise<void>
}

const TEN_DAYS_S = 10 * 24 * 60 * 60
const BASE_PATH = '/v1/external'

export async function startShiprocketFake(options: { email?: string; password?: string } = {}): Promise<ShiprocketFake> {
  const email = options.email ?? 'api-user@haat.example'
  const password = options.password ?? randomBytes(8).toString('hex')
  const valid = new Set<string>()
  const requests: ShiprocketFakeRequest[] = []
  const stats = { logins: 0, unauthorised: 0 }
  let rejectAll = false
  let override: ((query: URLSearchParams) => ServiceabilityAnswer) | null = null

  const server = http.createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => send(res, 500, { message: String(error) }))
  })

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://fake')
    if (!url.pathname.startsWith(`${BASE_PATH}/`)) return send(res, 404, { message: 'Not found', status_code: 404 })
    const path = url.pathname.slice(BASE_PATH.length).replace(/\/+$/, '')
    const authorization = req.headers.authorization ?? null
    requests.push({ method: req.method ?? '', path, query: Object.fromEntries(url.searchParams), authorization })

    if (req.method === 'POST' && path === '/auth/login') {
      const body = JSON.parse((await readBody(req)) || '{}') as { email?: unknown; password?: unknown }
      if (body.email !== email || body.password !== password)
        return send(res, 400, { message: 'Invalid email and password combination', status_code: 400 })
      stats.logins++
      const token = issueToken(stats.logins)
      valid.add(token)
      return send(res, 200, { id: 1, first_name: 'API', last_name: 'User', email, company_id: 1, created_at: new Date().toISOString(), token })
    }

    const token = authorization?.replace(/^Bearer /, '') ?? ''
    if (rejectAll || !valid.has(token)) {
      stats.unauthorised++
      return send(res, 401, { message: 'Token has expired', status_code: 401 })
    }
    if (req.method === 'GET' && path === '/courier/serviceability') {
      const answer = override ? override(url.searchParams) : serviceability(url.searchParams)
      return send(res, answer.status, answer.body)
    }
    return send(res, 404, { message: `No route ${req.method} ${path}`, status_code: 404 })
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo

  return {
    apiBase: `http://127.0.0.1:${port}${BASE_PATH}`,
    email,
    password,
    requests,
    stats,
    expireTokens: () => valid.clear(),
    rejectAllTokens: (on) => {
      rejectAll = on
    },
    answerServiceability: (answer) => {
      override = answer
    },
    async close() {
      server.closeAllConnections()
      await new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve())))
    },
  }
}

function serviceability(query: URLSearchParams): ServiceabilityAnswer {
  const errors: Record<string, string[]> = {}
  for (const field of ['pickup_postcode', 'delivery_postcode'] as const)
    if (!/^\d{6}$/.test(query.get(field) ?? '')) errors[field] = [`The ${field.replace('_', ' ')} must be 6 digits.`]
  const weight = Number(query.get('weight'))
  if (!(weight > 0)) errors.weight = ['The weight field is required.']
  if (!['0', '1'].includes(query.get('cod') ?? '')) errors.cod = ['The cod field is required.']
  if (Object.keys(errors).length > 0) return { status: 422, body: { message: 'Oops! Invalid Data.', errors, status_code: 422 } }

  const pickupPin = query.get('pickup_postcode') as string
  const deliveryPin = query.get('delivery_postcode') as string
  const cod = query.get('cod') === '1'
  const quote = quoteServiceability({
    pickupPin,
    deliveryPin,
    weightGrams: Math.round(weight * 1000),
    cod,
    declaredValuePaise: Math.round(Number(query.get('declared_value') ?? 0) * 100),
  })
  if (!quote.serviceable || (cod && !quote.codAvailable))
    return { status: 404, body: { status: 404, message: `Delivery postcode ${deliveryPin} is not serviceable.` } }

  const pickup = checkPin(pickupPin)
  const delivery = checkPin(deliveryPin)
  const zone = pickup.ok && delivery.ok ? zoneOf(pickup.info, delivery.info) : 'D'
  const rate = quote.ratePaise / 100
  const courier = (id: number, name: string, rupees: number, days: number) => ({
    courier_company_id: id,
    courier_name: name,
    rate: rupees,
    freight_charge: rupees,
    cod: quote.codAvailable ? 1 : 0,
    estimated_delivery_days: String(days),
    etd_hours: days * 24,
    blocked: 0,
    is_surface: !name.includes('Air'),
    zone: `z_${zone.toLowerCase()}`,
  })
  return {
    status: 200,
    body: {
      status: 200,
      currency: 'INR',
      data: {
        available_courier_companies: [
          courier(43, 'Xpressbees Surface', Math.max(1, rate - 3), quote.etaDays.max + 2),
          courier(10, 'Delhivery Surface', rate, quote.etaDays.max),
          courier(24, 'Blue Dart Air', Math.round(rate * 1.8), Math.max(1, ZONES[zone].eta.min)),
        ],
        recommended_courier_company_id: 10,
      },
    },
  }
}

function issueToken(serial: number): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url')
  const now = Math.floor(Date.now() / 1000)
  return `${part({ alg: 'HS256', typ: 'JWT' })}.${part({ sub: serial, iat: now, exp: now + TEN_DAYS_S })}.${randomBytes(16).toString('base64url')}`
}

function send(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' })
  res.end(JSON.stringify(body))
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}
