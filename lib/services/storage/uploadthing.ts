import { randomBytes } from 'node:crypto'
import Sqids, { defaultOptions } from 'sqids'
import { UTApi, UTFile } from 'uploadthing/server'
import { isFlatKey, isSafeKey } from './keys'
import type { FileHead, StorageService, StoredFile, UploadDeclaration, UploadTarget } from './types'
import { signUploadUrl } from './upload-url'

export type UploadthingStorageOptions = {
  /** UPLOADTHING_TOKEN: base64 JSON `{ apiKey, appId, regions }` from the uploadthing dashboard. */
  token: string
  /**
   * The SDK's own overrides (UTApiOptions `apiUrl`, `ingestUrl`) and where files are read from;
   * tests point all three at a local fake. Defaults: uploadthing's API, the token's first
   * region's ingest server, and `https://<appId>.ufs.sh/f`.
   */
  apiUrl?: string
  ingestUrl?: string
  fileUrlBase?: string
  fetch?: typeof fetch
}

export type UploadthingToken = { appId: string; regions: string[] }

/** Reads the token's public parts, so a bad UPLOADTHING_TOKEN fails on first use with a clear message. */
export function parseUploadthingToken(token: string): UploadthingToken {
  const { appId, regions } = readToken(token)
  return { appId, regions }
}

function readToken(token: string): UploadthingToken & { apiKey: string } {
  const invalid = () =>
    new Error('UPLOADTHING_TOKEN is not an uploadthing token: expected base64 JSON { apiKey: "sk_…", appId, regions } (dashboard → API Keys).')
  let parsed: unknown
  try {
    parsed = JSON.parse(Buffer.from(token, 'base64').toString('utf8'))
  } catch {
    throw invalid()
  }
  const { apiKey, appId, regions } = (parsed ?? {}) as Record<string, unknown>
  if (typeof apiKey !== 'string' || !apiKey.startsWith('sk_') || typeof appId !== 'string' || !appId) throw invalid()
  if (!Array.isArray(regions) || regions.length === 0 || !regions.every((r) => typeof r === 'string')) throw invalid()
  return { apiKey, appId, regions: regions as string[] }
}

/**
 * The start every file key of an app must have, as uploadthing's docs define it for SDKs that
 * sign their own upload URLs: the app id's 32-bit string hash, as Sqids (at least 12 characters)
 * over an alphabet shuffled by that same hash. The rest of a key is any unique URL-safe seed.
 */
export function uploadthingKeyPrefix(appId: string): string {
  const seed = stringHash(appId)
  const chars = defaultOptions.alphabet.split('')
  for (let i = 0; i < chars.length; i++) {
    const j = ((seed % (i + 1)) + i) % chars.length
    ;[chars[i], chars[j]] = [chars[j]!, chars[i]!]
  }
  return new Sqids({ alphabet: chars.join(''), minLength: 12 }).encode([Math.abs(seed)])
}

/** djb2 over the string from its end, kept to a signed 32-bit integer (the hash those docs give). */
function stringHash(text: string): number {
  let h = 5381
  for (let i = text.length - 1; i >= 0; i--) h = Math.imul(h, 33) ^ text.charCodeAt(i)
  return (h & 0xbfffffff) | ((h >>> 1) & 0x40000000)
}

/**
 * uploadthing through its server SDK (UTApi): uploads go to the ingest server with a URL the SDK
 * signs itself, deletes to the REST API; reads are plain GETs of the public file URL. Files must
 * be public-read, which is an uploadthing app's default ACL.
 */
export class UploadthingStorage implements StorageService {
  private readonly api: UTApi
  private readonly fileUrlBase: string
  private readonly fetch: typeof fetch
  private readonly token: UploadthingToken & { apiKey: string }
  private readonly ingestUrl: string

  constructor(options: UploadthingStorageOptions) {
    this.token = readToken(options.token)
    const { appId, regions } = this.token
    this.ingestUrl = (options.ingestUrl ?? `https://${regions[0]}.ingest.uploadthing.com`).replace(/\/+$/, '')
    this.fileUrlBase = (options.fileUrlBase ?? `https://${appId}.ufs.sh/f`).replace(/\/+$/, '')
    this.fetch = options.fetch ?? globalThis.fetch
    this.api = new UTApi({
      token: options.token,
      ...(options.apiUrl ? { apiUrl: options.apiUrl } : {}),
      ...(options.ingestUrl ? { ingestUrl: options.ingestUrl } : {}),
      ...(options.fetch ? { fetch: options.fetch } : {}),
    })
  }

  async put(key: string, body: Buffer, contentType: string): Promise<{ key: string; url: string }> {
    if (!isSafeKey(key)) throw new Error(`Invalid storage key: ${key}`)
    // A view, not a copy (videos run to 100 MB); a Buffer's memory is never a SharedArrayBuffer.
    const bytes = new Uint8Array(body.buffer as ArrayBuffer, body.byteOffset, body.byteLength)
    // uploadthing assigns the file key; our path survives as the file's name in its dashboard.
    const file = new UTFile([bytes], key.replaceAll('/', '_'), { type: contentType })
    const result = await this.api.uploadFiles(file)
    if (result.error) throw new Error(`uploadthing upload of ${key} failed: ${result.error.message}`, { cause: result.error })
    return { key: result.data.key, url: this.url(result.data.key) }
  }

  async get(key: string): Promise<StoredFile | null> {
    if (!isFlatKey(key)) return null
    const response = await this.fetch(this.url(key), { cache: 'no-store', signal: AbortSignal.timeout(30_000) })
    if (response.status === 404 || response.status === 410) return null
    if (!response.ok) throw new Error(`uploadthing file ${key}: HTTP ${response.status}`)
    const bytes = Buffer.from(await response.arrayBuffer())
    return { body: bytes, size: bytes.length, contentType: response.headers.get('content-type') ?? 'application/octet-stream' }
  }

  async delete(key: string): Promise<void> {
    if (!isFlatKey(key)) throw new Error(`Invalid storage key: ${key}`)
    await this.api.deleteFiles(key)
  }

  url(key: string): string {
    return `${this.fileUrlBase}/${key}`
  }

  /** An ingest URL signed as UTApi signs its own; uploadthing assigns nothing, so `key` is final. */
  async createUpload(key: string, file: UploadDeclaration, ttlSeconds = 3600): Promise<UploadTarget> {
    if (!isSafeKey(key)) throw new Error(`Invalid storage key: ${key}`)
    const { apiKey, appId } = this.token
    const fileKey = `${uploadthingKeyPrefix(appId)}${randomBytes(18).toString('hex')}`
    const expiresAt = new Date(Date.now() + ttlSeconds * 1000)
    const url = signUploadUrl(
      `${this.ingestUrl}/${fileKey}`,
      apiKey,
      {
        'x-ut-identifier': appId,
        'x-ut-file-name': key.replaceAll('/', '_'),
        'x-ut-file-size': file.size,
        'x-ut-file-type': file.contentType,
        'x-ut-content-disposition': 'inline',
      },
      expiresAt,
    )
    return { key: fileKey, url, expiresAt }
  }

  /** A ranged GET of the public file: only the start crosses the network, even for a 100 MB video. */
  async head(key: string, length: number): Promise<FileHead | null> {
    if (!isFlatKey(key)) return null
    const response = await this.fetch(this.url(key), { headers: { Range: `bytes=0-${Math.max(0, length - 1)}` }, cache: 'no-store', signal: AbortSignal.timeout(30_000) })
    if (response.status === 404 || response.status === 410) return null
    if (!response.ok) throw new Error(`uploadthing file ${key}: HTTP ${response.status}`)
    const contentType = response.headers.get('content-type') ?? 'application/octet-stream'
    const total = /\/(\d+)$/.exec(response.headers.get('content-range') ?? '')?.[1] ?? response.headers.get('content-length')
    const start = await readStart(response, length)
    return { size: total ? Number(total) : start.length, contentType, start }
  }
}

/** The first `length` bytes of a body, cancelling the rest (a server may ignore Range). */
async function readStart(response: Response, length: number): Promise<Buffer> {
  const chunks: Uint8Array[] = []
  let read = 0
  const reader = response.body?.getReader()
  if (!reader) return Buffer.alloc(0)
  while (read < length) {
    const { done, value } = await reader.read()
    if (done) break
    chunks.push(value)
    read += value.length
  }
  await reader.cancel().catch(() => {})
  return Buffer.concat(chunks).subarray(0, length)
}

export function createUploadthingStorage(options: UploadthingStorageOptions): UploadthingStorage {
  return new UploadthingStorage(options)
}
