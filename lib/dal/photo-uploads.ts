import 'server-only'

import { randomUUID } from 'node:crypto'
import { ActionError } from '@/lib/actions/errors'
import { processImage, UnreadableImageError } from '@/lib/media/process-image'
import type { StorageService } from '@/lib/services/storage/types'
import { validateUpload } from '@/lib/services/storage/validate'

/**
 * Photos sent with a form (reviews, return requests): every file is checked by its bytes before
 * anything is stored, each is made upright and metadata-free as WebP under `prefix`, then `record`
 * gets the stored keys. If anything fails — a photo or `record` itself — the stored photos are
 * deleted again and the error goes on. Photo problems are field errors on `photos`.
 */
export async function withStoredPhotos<T>(storage: StorageService, photos: File[], prefix: string, record: (keys: string[]) => Promise<T>): Promise<T> {
  const files = await Promise.all(photos.map(async (file) => ({ name: file.name || 'A photo', bytes: new Uint8Array(await file.arrayBuffer()) })))
  for (const file of files) {
    const check = validateUpload(file.bytes, { accept: ['image'] })
    if (!check.ok) throw new ActionError('invalid_input', `${file.name}: ${check.error}`, { photos: [`${file.name}: ${check.error}`] })
  }

  const stored: string[] = []
  try {
    for (const file of files) {
      let image
      try {
        image = await processImage(file.bytes)
      } catch (error) {
        if (!(error instanceof UnreadableImageError)) throw error
        const message = `${file.name}: we could not read this photo. It may be damaged; try another, or export it again as JPEG.`
        throw new ActionError('invalid_input', message, { photos: [message] })
      }
      const put = await storage.put(`${prefix}/${randomUUID()}-${image.width}.webp`, image.body, 'image/webp')
      stored.push(put.key)
    }
    return await record(stored)
  } catch (error) {
    await Promise.all(stored.map((key) => storage.delete(key).catch((e) => console.error(`[${prefix}] photo cleanup failed`, key, e))))
    throw error
  }
}
