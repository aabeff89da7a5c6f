import http from 'node:http'
import type { AddressInfo } from 'node:net'

export type CapturedRequest = { path: string; headers: Headers; raw: string; body: unknown }
export type StandInPage = { status: number; contentType: string; body: string }

export type WebhookCapture = {
  /** http://127.0.0.1:<port>, to use as the app's URL. */
  url: string
  /** Every POST received, oldest first, whatever it was answered. */
  received: CapturedRequest[]
  /** Chooses the status for the n-th POST (0-based); 200 unless set. */
  respondWith: (status: (request: CapturedRequest, n: number) => number) => void
  close: () => Promise<void>
}

/**
 * A stand-in for the app on 127.0.0.1: keeps every POST (webhooks) with its headers and JSON body,
 * and answers GETs from `get` (for pages the app would serve, such as a label).
 */
export async function startWebhookCapture(options: { get?: (url: URL) => Promise<StandInPage | null> } = {}): Promise<WebhookCapture> {
  const received: CapturedRequest[] = []
  let choose: (request: CapturedRequest, n: number) => number = () => 200

  const server = http.createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => {
      res.writeHead(500, { 'content-type': 'text/plain' })
      res.end(String(error))
    })
  })

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://stand-in')
    if (req.method === 'GET') {
      const page = (await options.get?.(url)) ?? null
      res.writeHead(page?.status ?? 404, { 'content-type': page?.contentType ?? 'text/plain' })
      res.end(page?.body ?? 'Not found')
      return
    }
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const raw = Buffer.concat(chunks).toString('utf8')
    let body: unknown = null
    try {
      body = JSON.parse(raw)
    } catch {
      body = null
    }
    const headers = new Headers()
    for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers.set(name, value)
    const request = { path: url.pathname, headers, raw, body }
    received.push(request)
    res.writeHead(choose(request, received.length - 1), { 'content-type': 'application/json' })
    res.end('{}')
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    respondWith: (status) => {
      choose = status
    },
    async close() {
      server.closeAllConnections()
      await new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve())))
    },
  }
}
