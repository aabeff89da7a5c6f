import { UTApi, UTFile } from 'uploadthing/server'
import { isFlatKey, isSafeKey } from './keys'
import type { StorageService, StoredFile } from './types'

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
  return { appId, regions }
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

  constructor(options: UploadthingStorageOptions) {
    const { appId } = parseUploadthingToken(options.token)
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
}

export function createUploadthingStorage(options: UploadthingStorageOptions): UploadthingStorage {
  return new UploadthingStorage(options)
}
