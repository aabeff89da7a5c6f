import { randomUUID } from 'node:crypto'
import path from 'node:path'
import type { MediaType } from '@/lib/services/storage/validate'
import type { StorageService } from '@/lib/services/storage/types'
import { imageKey, processImage } from './process-image'

export const MAX_MEDIA_PER_PRODUCT = 20

export type StoredMedia = { key: string; url: string; kind: 'image' | 'video'; width: number | null; height: number | null }

/** Stores an upload under products/<productId>/: photos converted to WebP, videos as they are. */
export async function storeProductUpload(storage: StorageService, productId: string, bytes: Uint8Array, type: MediaType): Promise<StoredMedia> {
  const id = randomUUID()
  if (type.kind === 'video') {
    const stored = await storage.put(`products/${productId}/${id}.${type.ext}`, Buffer.from(bytes), type.mime)
    return { ...stored, kind: 'video', width: null, height: null }
  }
  const image = await processImage(bytes)
  const stored = await storage.put(imageKey(productId, id, image.width), image.body, 'image/webp')
  return { ...stored, kind: 'image', width: image.width, height: image.height }
}

/** Copies a stored photo or video to another product under a new key. */
export async function copyMediaFile(storage: StorageService, key: string, productId: string): Promise<{ key: string; url: string }> {
  const file = await storage.get(key)
  if (!file) throw new Error(`Media file missing: ${key}`)
  const width = /-(\d+)\.webp$/.exec(key)?.[1]
  const to = width ? imageKey(productId, randomUUID(), Number(width)) : `products/${productId}/${randomUUID()}${path.extname(key).toLowerCase()}`
  return storage.put(to, file.body, file.contentType)
}
