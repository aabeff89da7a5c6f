import { createHmac, randomBytes } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'
import { isSafeKey } from './keys'
import type { FileHead, StorageService, StoredFile, UploadDeclaration, UploadTarget } from './types'
import { signUploadUrl, verifyUploadUrl } from './upload-url'

const TYPES: Record<string, string> = {
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
}

/** Where browsers PUT direct uploads (app/api/storage/upload/route.ts). */
export const LOCAL_UPLOAD_PATH = '/api/storage/upload'
// Upload URLs are signed without their origin, so they hold behind any host or proxy.
const SIGNING_ORIGIN = 'http://storage.local'

export { isSafeKey }

export type LocalStorage = StorageService & {
  /** Receives a direct upload: checks the URL's signature and expiry and the declared size, then stores the file. */
  handleUpload(request: Request): Promise<Response>
}

/**
 * Files on local disk under DATA_DIR/uploads, served by app/files/[...key]. Direct uploads go to
 * LOCAL_UPLOAD_PATH with URLs signed, as uploadthing signs its own, with `secret` (by default one
 * made for this process, so its URLs end with it).
 */
export function createLocalStorage(dir: string, options: { secret?: string } = {}): LocalStorage {
  // Its own key, derived, so an upload URL's signature says nothing about the secret it came from.
  const secret = createHmac('sha256', options.secret ?? randomBytes(32)).update('haat:storage:upload-url').digest('hex')
  const root = path.resolve(dir)
  const resolve = (key: string) => {
    if (!isSafeKey(key)) throw new Error(`Invalid storage key: ${key}`)
    return path.join(root, key)
  }
  const write = async (key: string, body: Uint8Array) => {
    const file = resolve(key)
    await fs.mkdir(path.dirname(file), { recursive: true })
    // Write then rename, so a reader never sees half a file.
    const tmp = `${file}.${process.pid}.${Date.now()}.tmp`
    await fs.writeFile(tmp, body)
    await fs.rename(tmp, file)
  }
  const exists = (key: string) =>
    fs.access(resolve(key)).then(
      () => true,
      () => false,
    )
  const typeOf = (key: string) => TYPES[path.extname(key).toLowerCase()] ?? 'application/octet-stream'

  return {
    async put(key, body) {
      await write(key, body)
      return { key, url: `/files/${key}` }
    },
    async get(key): Promise<StoredFile | null> {
      if (!isSafeKey(key)) return null
      try {
        const body = await fs.readFile(resolve(key))
        return { body, size: body.length, contentType: typeOf(key) }
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
        throw error
      }
    },
    async head(key, length): Promise<FileHead | null> {
      if (!isSafeKey(key)) return null
      let handle: fs.FileHandle
      try {
        handle = await fs.open(resolve(key), 'r')
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
        throw error
      }
      try {
        const { size } = await handle.stat()
        const start = Buffer.alloc(Math.min(length, size))
        await handle.read(start, 0, start.length, 0)
        return { size, contentType: typeOf(key), start }
      } finally {
        await handle.close()
      }
    },
    async delete(key) {
      await fs.rm(resolve(key), { force: true })
    },
    url: (key) => `/files/${key}`,

    async createUpload(key: string, file: UploadDeclaration, ttlSeconds = 3600): Promise<UploadTarget> {
      if (!isSafeKey(key)) throw new Error(`Invalid storage key: ${key}`)
      const expiresAt = new Date(Date.now() + ttlSeconds * 1000)
      const signed = signUploadUrl(`${SIGNING_ORIGIN}${LOCAL_UPLOAD_PATH}`, secret, { key, name: file.name, size: file.size, type: file.contentType }, expiresAt)
      const url = new URL(signed)
      return { key, url: `${url.pathname}${url.search}`, expiresAt }
    },

    async handleUpload(request) {
      const refuse = (status: number, error: string) => Response.json({ error }, { status })
      const target = new URL(request.url)
      const checked = verifyUploadUrl(`${SIGNING_ORIGIN}${target.pathname}${target.search}`, secret)
      if (!checked.ok) return refuse(403, checked.error)
      const { key = '', size = '' } = checked.params
      if (!isSafeKey(key)) return refuse(400, 'Invalid storage key')
      const declared = Number(size)
      // The multipart envelope adds a little; a body far over the declared size is refused unread.
      if (Number(request.headers.get('content-length') ?? 0) > declared + 64 * 1024) return refuse(413, 'The file is larger than declared')
      let file: FormDataEntryValue | null
      try {
        file = (await request.formData()).get('file')
      } catch {
        return refuse(400, 'Send the file as multipart form data in a field named file')
      }
      if (!(file instanceof Blob)) return refuse(400, 'Missing file')
      if (file.size !== declared) return refuse(400, `Size mismatch: declared ${declared} bytes, received ${file.size}`)
      // One upload per URL: a file checked after its upload must not be replaced while the URL lives.
      if (await exists(key)) return refuse(409, 'This upload is already complete')
      await write(key, new Uint8Array(await file.arrayBuffer()))
      return Response.json({ key, url: `/files/${key}` })
    },
  }
}

export function isLocalStorage(storage: StorageService): storage is LocalStorage {
  return typeof (storage as Partial<LocalStorage>).handleUpload === 'function'
}
