import fs from 'node:fs/promises'
import path from 'node:path'
import { isSafeKey } from './keys'
import type { StorageService, StoredFile } from './types'

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

export { isSafeKey }

/** Files on local disk under DATA_DIR/uploads, served by app/files/[...key]. */
export function createLocalStorage(dir: string): StorageService {
  const root = path.resolve(dir)
  const resolve = (key: string) => {
    if (!isSafeKey(key)) throw new Error(`Invalid storage key: ${key}`)
    return path.join(root, key)
  }
  return {
    async put(key, body) {
      const file = resolve(key)
      await fs.mkdir(path.dirname(file), { recursive: true })
      // Write then rename, so a reader never sees half a file.
      const tmp = `${file}.${process.pid}.tmp`
      await fs.writeFile(tmp, body)
      await fs.rename(tmp, file)
      return { key, url: `/files/${key}` }
    },
    async get(key): Promise<StoredFile | null> {
      if (!isSafeKey(key)) return null
      try {
        const body = await fs.readFile(resolve(key))
        return { body, size: body.length, contentType: TYPES[path.extname(key).toLowerCase()] ?? 'application/octet-stream' }
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
        throw error
      }
    },
    async delete(key) {
      await fs.rm(resolve(key), { force: true })
    },
    url: (key) => `/files/${key}`,
  }
}
