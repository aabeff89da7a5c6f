import { randomBytes } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { ZONES, checkPin, zoneOf } from '@/lib/services/shipping/pin-zones'
import { quoteServiceability } from '@/lib/services/shipping/simulated'
import type { ShipmentStatus } from '@/lib/services/shipping/types'
import { FakeOrders, type Answer, type FakeShipment } from './shiprocket-fake-orders'

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
 *
 * Orders, AWBs, pickups, labels, tracking, cancellation and returns are answered by
 * shiprocket-fake-orders.ts; labels are served as small PDFs from the fake itself, and with a
 * webhook configured every new scan is POSTed there with the token in `x-api-key`, as
 * Shiprocket does (once, no retries).
 */

export type ShiprocketFakeRequest = {
  method: string
  path: string
  query: Record<string, string>
  authorization: string | null
  /** The parsed JSON body, for POSTs. */
  body: unknown
}
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
  /** Orders and shipments created so far. */
  shipments: FakeShipment[]
  /** The courier scans the parcel up to `to` (picked_up … delivered), as the real journey would. */
  advance: (awb: string, to: ShipmentStatus) => void
  /** Where tracking webhooks go, with which token; null stops them. */
  setWebhook: (webhook: { url: string; token: string } | null) => void
  /** Resolves when every webhook POST started so far has been answered. */
  settleWebhooks: () => Promise<void>
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
  let webhook: { url: string; token: string } | null = null
  const posting = new Set<Promise<unknown>>()
  let origin = ''
  const orders = new FakeOrders({
    labelBase: () => `${origin}/labels`,
    onScan: (shipment) => {
      if (!webhook || !shipment.awb) return
      const sent = fetch(webhook.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': webhook.token },
        body: JSON.stringify(orders.webhookBody(shipment)),
      })
        .then((r) => r.body?.cancel())
        .catch(() => undefined)
        .finally(() => posting.delete(sent))
      posting.add(sent)
    },
  })

  const server = http.createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => send(res, 500, { message: String(error) }))
  })

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://fake')
    const label = /^\/labels\/shipping-label-(\d+)-(\d+)\.pdf$/.exec(url.pathname)
    if (req.method === 'GET' && label) return sendPdf(res, `Shipping label ${label[2]} for shipment ${label[1]}`)
    if (!url.pathname.startsWith(`${BASE_PATH}/`)) return send(res, 404, { message: 'Not found', status_code: 404 })
    const path = url.pathname.slice(BASE_PATH.length).replace(/\/+$/, '')
    const authorization = req.headers.authorization ?? null
    const raw = req.method === 'POST' ? await readBody(req) : ''
    let json: Record<string, unknown> = {}
    try {
      json = raw ? (JSON.parse(raw) as Record<string, unknown>) : {}
    } catch {
      return send(res, 400, { message: 'Malformed JSON', status_code: 400 })
    }
    requests.push({ method: req.method ?? '', path, query: Object.fromEntries(url.searchParams), authorization, body: raw ? json : undefined })

    if (req.method === 'POST' && path === '/auth/login') {
      const body = json as { email?: unknown; password?: unknown }
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
    const routed = route(req.method ?? '', path, json)
    if (routed) return send(res, routed.status, routed.body)
    return send(res, 404, { message: `No route ${req.method} ${path}`, status_code: 404 })
  }

  function route(method: string, path: string, body: Record<string, unknown>): Answer | null {
    const awb = /^\/courier\/track\/awb\/([^/]+)$/.exec(path)
    if (method === 'GET' && awb) return orders.track(decodeURIComponent(awb[1] ?? ''))
    if (method === 'GET' && path === '/settings/company/pickup') return orders.listPickups()
    if (method !== 'POST') return null
    switch (path) {
      case '/settings/company/addpickup':
        return orders.addPickup(body)
      case '/orders/create/adhoc':
        return orders.createOrder(body, false)
      case '/orders/create/return':
        return orders.createOrder(body, true)
      case '/courier/assign/awb':
        return orders.assignAwb(body)
      case '/courier/generate/pickup':
        return orders.generatePickup(body)
      case '/courier/generate/label':
        return orders.generateLabel(body)
      case '/orders/cancel':
        return orders.cancel(body)
      default:
        return null
    }
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  origin = `http://127.0.0.1:${port}`

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
    shipments: orders.shipments,
    advance: (awb, to) => orders.advance(awb, to),
    setWebhook: (next) => {
      webhook = next
    },
    async settleWebhooks() {
      while (posting.size > 0) await Promise.allSettled([...posting])
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
  if (status === 204) {
    res.writeHead(204)
    res.end()
    return
  }
  res.writeHead(status, { 'content-type': 'application/json' })
  res.end(JSON.stringify(body))
}

/** A one-page PDF with one line of text, byte offsets and all, like the label PDFs Shiprocket links to. */
function sendPdf(res: http.ServerResponse, text: string): void {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 288 432] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    '',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ]
  const stream = `BT /F1 12 Tf 20 400 Td (${text.replace(/[()\\]/g, '')}) Tj ET`
  objects[3] = `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`
  let pdf = '%PDF-1.4\n'
  const offsets = objects.map((object, i) => {
    const offset = pdf.length
    pdf += `${i + 1} 0 obj\n${object}\nendobj\n`
    return offset
  })
  const xref = pdf.length
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  res.writeHead(200, { 'content-type': 'application/pdf', 'content-length': Buffer.byteLength(pdf) })
  res.end(pdf)
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}
