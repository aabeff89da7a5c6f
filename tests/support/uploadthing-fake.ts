import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'

/**
 * A local stand-in for uploadthing on 127.0.0.1, for the three hosts its server SDK (UTApi,
 * uploadthing 7) talks to, told apart by path:
 *   ingest  PUT /<fileKey>?expires&x-ut-identifier&x-ut-file-name&x-ut-file-size&x-ut-file-type
 *           &x-ut-content-disposition&signature=hmac-sha256=<hex>, multipart body with `file`
 *           → 200 { url, appUrl, ufsUrl, fileHash, serverData }
 *   API     POST /v6/deleteFiles { fileKeys } with `x-uploadthing-api-key` → { success, deletedCount }
 *   files   GET /f/<fileKey> → the bytes with their content type (206 and part of them for a
 *           Range request), 404 when absent
 * The upload URL's signature is checked as uploadthing checks it: HMAC-SHA256 with the API key
 * over the whole URL before `&signature=`, hex, prefixed `hmac-sha256=`; expired URLs are refused.
 * Point UTApi at it with `apiUrl` and `ingestUrl` = `url`, and read files from `${url}/f`.
 */

export type FakeUpload = { name: string; type: string; bytes: Buffer }

export type UploadthingFake = {
  url: string
  /** A token in UPLOADTHING_TOKEN's format for this fake's app. */
  token: string
  appId: string
  files: Map<string, FakeUpload>
  /** Requests refused (bad signature, key or API key), for asserting none slipped through. */
  refused: string[]
  close: () => Promise<void>
}

export async function startUploadthingFake(): Promise<UploadthingFake> {
  const appId = `fakeapp${randomBytes(4).toString('hex')}`
  const apiKey = `sk_live_${randomBytes(24).toString('hex')}`
  const token = Buffer.from(JSON.stringify({ apiKey, appId, regions: ['sea1'] })).toString('base64')
  const files = new Map<string, FakeUpload>()
  const refused: string[] = []

  const server = http.createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => send(res, 500, { error: String(error) }))
  })

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const target = new URL(req.url ?? '/', base)
    const refuse = (status: number, error: string) => {
      refused.push(`${req.method} ${target.pathname}: ${error}`)
      send(res, status, { error })
    }

    if (req.method === 'POST' && target.pathname === '/v6/deleteFiles') {
      if (!sameSecret(String(req.headers['x-uploadthing-api-key'] ?? ''), apiKey)) return refuse(401, 'Invalid API key')
      const { fileKeys } = JSON.parse((await readBody(req)).toString('utf8')) as { fileKeys?: unknown }
      if (!Array.isArray(fileKeys)) return refuse(400, 'fileKeys must be an array')
      const deletedCount = fileKeys.filter((key) => typeof key === 'string' && files.delete(key)).length
      return send(res, 200, { success: true, deletedCount })
    }

    if ((req.method === 'GET' || req.method === 'HEAD') && target.pathname.startsWith('/f/')) {
      const file = files.get(decodeURIComponent(target.pathname.slice(3)))
      if (!file) return send(res, 404, { error: 'Not found' })
      // A CDN answers `Range: bytes=a-b` with 206 and `Content-Range: bytes a-b/total`.
      const range = /^bytes=(\d+)-(\d*)$/.exec(String(req.headers.range ?? ''))
      if (range) {
        const from = Number(range[1])
        const to = Math.min(file.bytes.length - 1, range[2] ? Number(range[2]) : file.bytes.length - 1)
        const part = file.bytes.subarray(from, to + 1)
        res.writeHead(206, { 'content-type': file.type, 'content-length': part.length, 'content-range': `bytes ${from}-${to}/${file.bytes.length}` })
        return void res.end(req.method === 'HEAD' ? undefined : part)
      }
      res.writeHead(200, { 'content-type': file.type, 'content-length': file.bytes.length })
      return void res.end(req.method === 'HEAD' ? undefined : file.bytes)
    }

    if (req.method === 'PUT' && /^\/[A-Za-z0-9]+$/.test(target.pathname)) {
      const key = target.pathname.slice(1)
      const full = `${base}${req.url ?? ''}`
      const signed = /^(.*)&signature=([^&]*)$/.exec(full)
      const signature = signed ? decodeURIComponent(signed[2] ?? '') : ''
      const expected = signed ? `hmac-sha256=${createHmac('sha256', apiKey).update(signed[1] ?? '').digest('hex')}` : ''
      if (!signed || !sameSecret(signature, expected)) return refuse(403, 'Invalid signature')
      if (!(Number(target.searchParams.get('expires')) > Date.now())) return refuse(403, 'URL expired')
      // The SDK encodes these values once itself, then URLSearchParams encodes them again.
      const param = (name: string) => decodeURIComponent(target.searchParams.get(name) ?? '')
      if (param('x-ut-identifier') !== appId) return refuse(403, 'Wrong app')
      if (files.has(key)) return refuse(409, 'File already uploaded')
      const form = await new Response(new Uint8Array(await readBody(req)), { headers: { 'content-type': req.headers['content-type'] ?? '' } }).formData()
      const file = form.get('file')
      if (!(file instanceof Blob)) return refuse(400, 'Missing file')
      const bytes = Buffer.from(await file.arrayBuffer())
      if (String(bytes.length) !== param('x-ut-file-size')) return refuse(400, 'Size mismatch')
      files.set(key, { name: param('x-ut-file-name'), type: param('x-ut-file-type') || 'application/octet-stream', bytes })
      const ufsUrl = `${base}/f/${key}`
      return send(res, 200, { url: ufsUrl, appUrl: ufsUrl, ufsUrl, fileHash: createHash('md5').update(bytes).digest('hex'), serverData: null })
    }

    return send(res, 404, { error: `No route ${req.method} ${target.pathname}` })
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  return {
    url: base,
    token,
    appId,
    files,
    refused,
    async close() {
      server.closeAllConnections()
      await new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve())))
    },
  }
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

function send(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' })
  res.end(JSON.stringify(body))
}

function readBody(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}
