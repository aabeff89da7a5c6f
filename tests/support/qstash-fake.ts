import { createHash, createHmac, randomBytes } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'

/**
 * A local stand-in for QStash's REST API on 127.0.0.1, as @upstash/qstash speaks it:
 *   POST   /v2/publish/<destination URL>  Bearer token; Upstash-Delay ("120s"), Upstash-Not-Before
 *          (unix s), Upstash-Deduplication-Id, Upstash-Label, Upstash-Retries, Upstash-Retry-Delay,
 *          Upstash-Method, Upstash-Forward-* → 201 { messageId, url } | duplicate: 202 { messageId,
 *          url, deduplicated: true }
 *   DELETE /v2/messages/<id>              → 200 { cancelled: 1 } | 404
 *   DELETE /v2/messages?label=&url=       → 200 { cancelled: n } (pending messages matching all filters)
 * Nothing is delivered by itself: `deliverDue(now)` delivers every message due at `now` the way
 * QStash does — the body unchanged, an HS256 `Upstash-Signature` JWT (iss Upstash, sub the URL,
 * body = base64url SHA-256 of the body) made with the current signing key, Upstash-Retried — and
 * on a non-2xx answer schedules a retry per the message's retry settings, then moves it to the DLQ.
 */

export type FakeMessageState = 'pending' | 'delivered' | 'cancelled' | 'dlq'

export type FakeMessage = {
  messageId: string
  url: string
  method: string
  body: string
  headers: Record<string, string>
  /** Epoch ms at which the next delivery is due. */
  dueAt: number
  deduplicationId: string | null
  label: string | null
  retries: number
  retryDelay: string | null
  /** Deliveries so far, with the status each got. */
  deliveries: { retried: number; status: number }[]
  state: FakeMessageState
}

export type QstashFake = {
  url: string
  token: string
  currentSigningKey: string
  nextSigningKey: string
  messages: FakeMessage[]
  /** Sign deliveries with the next key from now on, as after a key rotation in the console. */
  rotateKeys: () => void
  /** Delivers every pending message due at `now`; resolves with how many deliveries were made. */
  deliverDue: (now?: Date) => Promise<number>
  close: () => Promise<void>
}

const DEFAULT_RETRIES = 3

export async function startQstashFake(options: { token?: string } = {}): Promise<QstashFake> {
  const token = options.token ?? `qstash_${randomBytes(12).toString('hex')}`
  const currentSigningKey = `sig_${randomBytes(14).toString('base64url')}`
  const nextSigningKey = `sig_${randomBytes(14).toString('base64url')}`
  let signingKey = currentSigningKey
  const messages: FakeMessage[] = []
  let counter = 0

  const server = http.createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => send(res, 500, { error: String(error) }))
  })

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (req.headers.authorization !== `Bearer ${token}`) return send(res, 401, { error: 'Unauthorized' })
    const raw = req.url ?? '/'
    const body = await readBody(req)

    if (req.method === 'POST' && raw.startsWith('/v2/publish/')) {
      const url = raw.slice('/v2/publish/'.length)
      if (!/^https?:\/\//.test(url)) return send(res, 400, { error: `invalid destination: ${url}` })
      const h = (name: string) => header(req, name)
      const dedupe = h('upstash-deduplication-id')
      const duplicate = dedupe ? messages.find((m) => m.deduplicationId === dedupe) : undefined
      if (duplicate) return send(res, 202, { messageId: duplicate.messageId, url, deduplicated: true })
      const retryDelay = h('upstash-retry-delay')
      const delay = h('upstash-delay')
      const notBefore = h('upstash-not-before')
      const now = Date.now()
      let delayMs = 0
      try {
        if (retryDelay !== null) evaluate(retryDelay, 0)
        if (delay !== null) delayMs = parseDuration(delay)
      } catch (error) {
        return send(res, 400, { error: error instanceof Error ? error.message : String(error) })
      }
      const message: FakeMessage = {
        messageId: `msg_${(++counter).toString().padStart(4, '0')}${randomBytes(6).toString('hex')}`,
        url,
        method: h('upstash-method') ?? 'POST',
        body,
        headers: forwardedHeaders(req),
        dueAt: notBefore !== null ? Number(notBefore) * 1000 : now + delayMs,
        deduplicationId: dedupe,
        label: h('upstash-label'),
        retries: Number(h('upstash-retries') ?? DEFAULT_RETRIES),
        retryDelay,
        deliveries: [],
        state: 'pending',
      }
      messages.push(message)
      return send(res, 201, { messageId: message.messageId, url })
    }

    const path = new URL(raw, 'http://fake')
    if (req.method === 'DELETE' && path.pathname.startsWith('/v2/messages/')) {
      const message = messages.find((m) => m.messageId === path.pathname.slice('/v2/messages/'.length))
      if (!message || message.state !== 'pending') return send(res, 404, { error: 'message not found' })
      message.state = 'cancelled'
      return send(res, 200, { cancelled: 1 })
    }
    if (req.method === 'DELETE' && path.pathname === '/v2/messages') {
      const label = path.searchParams.get('label')
      const url = path.searchParams.get('url')
      if (label === null && url === null) return send(res, 400, { error: 'the fake cancels by label or url only' })
      const matching = messages.filter(
        (m) => m.state === 'pending' && (label === null || m.label === label) && (url === null || m.url === url),
      )
      for (const m of matching) m.state = 'cancelled'
      return send(res, 200, { cancelled: matching.length })
    }
    return send(res, 404, { error: `no route ${req.method} ${path.pathname}` })
  }

  async function deliver(message: FakeMessage, now: number): Promise<void> {
    const retried = message.deliveries.length
    const response = await fetch(message.url, {
      method: message.method,
      headers: {
        ...message.headers,
        'user-agent': 'Upstash-QStash',
        'upstash-message-id': message.messageId,
        'upstash-retried': String(retried),
        'upstash-signature': signQstashJwt({ key: signingKey, url: message.url, body: message.body }),
      },
      body: message.method === 'GET' || message.method === 'HEAD' ? undefined : message.body,
    })
    await response.arrayBuffer()
    message.deliveries.push({ retried, status: response.status })
    if (response.ok) message.state = 'delivered'
    else if (retried < message.retries) message.dueAt = now + retryDelayMs(message.retryDelay, retried)
    else message.state = 'dlq'
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo

  return {
    url: `http://127.0.0.1:${port}`,
    token,
    currentSigningKey,
    nextSigningKey,
    messages,
    rotateKeys: () => {
      signingKey = nextSigningKey
    },
    async deliverDue(now = new Date()) {
      const due = messages.filter((m) => m.state === 'pending' && m.dueAt <= now.getTime()).sort((a, b) => a.dueAt - b.dueAt)
      for (const message of due) await deliver(message, now.getTime())
      return due.length
    },
    async close() {
      server.closeAllConnections()
      await new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve())))
    },
  }
}

/** Stands in for the deployed app: a local server handing each request to `handler` as a Fetch Request, as a route gets it. */
export async function startFetchEndpoint(handler: (request: Request) => Promise<Response>): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    void (async () => {
      const chunks: Buffer[] = []
      for await (const chunk of req) chunks.push(chunk as Buffer)
      const headers = new Headers()
      for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers.set(name, value)
      const method = req.method ?? 'GET'
      const request = new Request(new URL(req.url ?? '/', `http://${req.headers.host}`), {
        method,
        headers,
        body: method === 'GET' || method === 'HEAD' ? undefined : Buffer.concat(chunks),
      })
      const response = await handler(request)
      res.writeHead(response.status, Object.fromEntries(response.headers))
      res.end(Buffer.from(await response.arrayBuffer()))
    })().catch((error: unknown) => {
      res.writeHead(500)
      res.end(String(error))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      server.closeAllConnections()
      await new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve())))
    },
  }
}

/** An `Upstash-Signature` JWT as QStash makes it; tests use it to forge or expire signatures. */
export function signQstashJwt(options: { key: string; url: string; body: string; issuedAt?: Date; lifetimeSeconds?: number }): string {
  const iat = Math.floor((options.issuedAt ?? new Date()).getTime() / 1000)
  const enc = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url')
  const head = enc({ alg: 'HS256', typ: 'JWT' })
  const claims = enc({
    iss: 'Upstash',
    sub: options.url,
    exp: iat + (options.lifetimeSeconds ?? 300),
    nbf: iat,
    iat,
    jti: `jwt_${randomBytes(12).toString('hex')}`,
    // QStash pads this base64url value; verifiers strip the padding before comparing.
    body: createHash('sha256').update(options.body).digest('base64url').padEnd(44, '='),
  })
  const signature = createHmac('sha256', options.key).update(`${head}.${claims}`).digest('base64url')
  return `${head}.${claims}.${signature}`
}

function header(req: http.IncomingMessage, name: string): string | null {
  const value = req.headers[name]
  return typeof value === 'string' ? value : null
}

function forwardedHeaders(req: http.IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {}
  const contentType = header(req, 'content-type')
  if (contentType) out['content-type'] = contentType
  for (const [name, value] of Object.entries(req.headers))
    if (name.startsWith('upstash-forward-') && typeof value === 'string') out[name.slice('upstash-forward-'.length)] = value
  return out
}

function parseDuration(value: string): number {
  const units: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }
  const parts = [...value.matchAll(/(\d+)([smhd])/g)]
  if (parts.length === 0 || parts.map((p) => p[0]).join('') !== value) throw new Error(`invalid Upstash-Delay: ${value}`)
  return parts.reduce((sum, p) => sum + Number(p[1]) * (units[p[2] as string] as number), 0)
}

/** QStash's default backoff, or the message's Upstash-Retry-Delay expression (milliseconds). */
function retryDelayMs(expression: string | null, retried: number): number {
  if (expression === null) return Math.min(86_400, Math.exp(2.5 * (retried + 1))) * 1000
  return evaluate(expression, retried)
}

/** Evaluates a retry-delay expression: numbers, `retried`, + - * /, parentheses and QStash's math functions. */
function evaluate(expression: string, retried: number): number {
  const tokens = expression.match(/\d+(\.\d+)?|[a-z]+|[-+*/(),]/g) ?? []
  if (tokens.join('') !== expression.replace(/\s+/g, '')) throw new Error(`invalid Upstash-Retry-Delay: ${expression}`)
  const fns: Record<string, (...a: number[]) => number> = {
    pow: Math.pow, sqrt: Math.sqrt, abs: Math.abs, exp: Math.exp, floor: Math.floor,
    ceil: Math.ceil, round: Math.round, min: Math.min, max: Math.max,
  }
  let i = 0
  const peek = () => tokens[i]
  const take = (expected?: string) => {
    const t = tokens[i++]
    if (t === undefined || (expected !== undefined && t !== expected)) throw new Error(`invalid Upstash-Retry-Delay: ${expression}`)
    return t
  }
  const primary = (): number => {
    const t = take()
    if (t === '(') {
      const v = sum()
      take(')')
      return v
    }
    if (t === '-') return -primary()
    if (/^\d/.test(t)) return Number(t)
    if (t === 'retried') return retried
    const fn = fns[t]
    if (!fn) throw new Error(`invalid Upstash-Retry-Delay: ${expression}`)
    take('(')
    const args = [sum()]
    while (peek() === ',') {
      take(',')
      args.push(sum())
    }
    take(')')
    return fn(...args)
  }
  const product = (): number => {
    let v = primary()
    while (peek() === '*' || peek() === '/') v = take() === '*' ? v * primary() : v / primary()
    return v
  }
  const sum = (): number => {
    let v = product()
    while (peek() === '+' || peek() === '-') v = take() === '+' ? v + product() : v - product()
    return v
  }
  const value = sum()
  if (i !== tokens.length) throw new Error(`invalid Upstash-Retry-Delay: ${expression}`)
  return value
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

function send(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' })
  res.end(JSON.stringify(body))
}
