import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { Redis } from 'ioredis'

/**
 * The Upstash REST protocol (as @upstash/redis speaks it) in front of a real Redis, so the
 * Upstash driver is tested against Redis semantics without the network:
 *   POST /            body ["CMD", ...args]      → 200 { result } | 400 { error }
 *   POST /pipeline    body [["CMD", ...], ...]   → 200 [{ result } | { error }, ...]
 *   POST /multi-exec  same, run inside MULTI/EXEC
 * With `Upstash-Encoding: base64` (the SDK's default) every string in a result is base64; the
 * SDK decodes strings it receives and leaves numbers, nulls and arrays' shapes alone.
 */

export type UpstashRestShim = {
  url: string
  token: string
  /** Deletes every key matching a Redis glob pattern; for cleaning up a test run's prefix. */
  deleteKeys: (pattern: string) => Promise<number>
  close: () => Promise<void>
}

type Arg = string | number | boolean | null
type Reply = Buffer | string | number | null | Reply[] | Error
type Encoded = string | number | null | Encoded[]

// Upstash accepts shebang flags Redis 7.0 rejects ("allow-key-locking", used by @upstash/ratelimit).
const REDIS_SCRIPT_FLAGS = new Set(['no-writes', 'allow-oom', 'allow-stale', 'no-cluster', 'allow-cross-slot-keys'])

export async function startUpstashRestShim(options: { redisUrl: string; token?: string }): Promise<UpstashRestShim> {
  const token = options.token ?? randomBytes(16).toString('hex')
  const redis = new Redis(options.redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1, enableOfflineQueue: false })
  try {
    await redis.connect()
  } catch (error) {
    redis.disconnect()
    throw new Error(`Upstash REST shim: cannot reach Redis at ${options.redisUrl} — is it running?`, { cause: error })
  }
  // sha1 of the script the client sent → sha1 of the script Redis actually holds.
  const shaAliases = new Map<string, string>()

  function prepare(command: Arg[]): string[] {
    const args = command.map((a) => (a === null ? '' : String(a)))
    const name = args[0]?.toLowerCase()
    if ((name === 'eval' || name === 'eval_ro') && args[1] !== undefined) {
      args[1] = rememberScript(args[1])
    } else if ((name === 'evalsha' || name === 'evalsha_ro') && args[1] !== undefined) {
      args[1] = shaAliases.get(args[1].toLowerCase()) ?? args[1]
    }
    return args
  }

  function rememberScript(script: string): string {
    const rewritten = stripUnknownFlags(script)
    shaAliases.set(sha1(script), sha1(rewritten))
    return rewritten
  }

  async function run(command: Arg[]): Promise<Reply> {
    const args = prepare(command)
    const [name, ...rest] = args
    if (!name) throw new Error('ERR empty command')
    if (name.toLowerCase() === 'script' && rest[0]?.toLowerCase() === 'load' && rest[1] !== undefined) {
      await redis.callBuffer('script', 'load', rememberScript(rest[1]))
      return sha1(rest[1])
    }
    return (await redis.callBuffer(name, ...rest)) as Reply
  }

  async function multiExec(commands: Arg[][]): Promise<Array<{ result: Reply } | { error: string }>> {
    const prepared = commands.map(prepare)
    const multi = redis.multi()
    for (const [name, ...rest] of prepared) multi.callBuffer(name ?? '', ...rest)
    const results = await multi.exec()
    if (!results) throw new Error('EXECABORT Transaction discarded')
    return results.map(([error, result]) => (error ? { error: error.message } : { result: result as Reply }))
  }

  const server = http.createServer((req, res) => {
    void handle(req, res)
  })

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' })
      res.end(JSON.stringify(body))
    }
    if (!authorised(req.headers.authorization, token)) return send(401, { error: 'Unauthorized' })
    if (req.method !== 'POST') return send(405, { error: 'Method not allowed' })
    const base64 = String(req.headers['upstash-encoding'] ?? '').toLowerCase() === 'base64'
    const encode = (reply: Reply) => encodeReply(reply, base64)
    try {
      const body: unknown = JSON.parse(await readBody(req))
      const path = new URL(req.url ?? '/', 'http://shim').pathname.replace(/\/+$/, '') || '/'
      if (path === '/') {
        if (!isCommand(body)) return send(400, { error: 'ERR body must be a command array' })
        return send(200, { result: encode(await run(body)) })
      }
      if (path === '/pipeline' || path === '/multi-exec') {
        if (!Array.isArray(body) || !body.every(isCommand)) return send(400, { error: 'ERR body must be an array of commands' })
        const results =
          path === '/multi-exec'
            ? await multiExec(body)
            : // Started in order on one connection, so Redis runs them in order, like Upstash.
              await Promise.all(
                body.map((command) =>
                  run(command).then(
                    (result) => ({ result }),
                    (error: Error) => ({ error: error.message }),
                  ),
                ),
              )
        return send(200, results.map((r) => ('error' in r ? r : { result: encode(r.result) })))
      }
      return send(404, { error: `Not found: ${path}` })
    } catch (error) {
      return send(400, { error: error instanceof Error ? error.message : String(error) })
    }
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo

  return {
    url: `http://127.0.0.1:${port}`,
    token,
    async deleteKeys(pattern) {
      let deleted = 0
      let cursor = '0'
      do {
        const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 500)
        cursor = next
        if (keys.length > 0) deleted += await redis.del(...keys)
      } while (cursor !== '0')
      return deleted
    },
    async close() {
      server.closeAllConnections()
      await new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve())))
      await redis.quit()
    },
  }
}

function authorised(header: string | undefined, token: string): boolean {
  const given = Buffer.from(header?.replace(/^Bearer /, '') ?? '')
  const expected = Buffer.from(token)
  return given.length === expected.length && timingSafeEqual(given, expected)
}

function isCommand(value: unknown): value is Arg[] {
  return (
    Array.isArray(value) &&
    value.length > 0 &&
    value.every((a) => a === null || ['string', 'number', 'boolean'].includes(typeof a))
  )
}

function encodeReply(reply: Reply, base64: boolean): Encoded {
  if (reply === null || typeof reply === 'number') return reply
  if (reply instanceof Error) return reply.message
  if (Array.isArray(reply)) return reply.map((r) => encodeReply(r, base64))
  const buffer = Buffer.isBuffer(reply) ? reply : Buffer.from(reply)
  return base64 ? buffer.toString('base64') : buffer.toString('utf8')
}

function stripUnknownFlags(script: string): string {
  return script.replace(/^#!lua flags=([^\n]*)/, (_, flags: string) => {
    const known = flags.split(',').map((f) => f.trim()).filter((f) => REDIS_SCRIPT_FLAGS.has(f))
    return known.length > 0 ? `#!lua flags=${known.join(',')}` : '#!lua'
  })
}

function sha1(text: string): string {
  return createHash('sha1').update(text).digest('hex')
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}
