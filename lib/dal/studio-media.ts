import 'server-only'

import { randomUUID } from 'node:crypto'
import type { Db } from '@/db/client'
import { deleteMediaRow, insertMediaRows, setMediaPosition, updateMediaAlt } from '@/db/queries/studio-media'
import { findStoreMedia, findStoreProducts, nextMediaPosition } from '@/db/queries/studio-product-writes'
import { ActionError } from '@/lib/actions/errors'
import { UnreadableImageError } from '@/lib/media/process-image'
import { MAX_MEDIA_PER_PRODUCT, storeProductUpload, type StoredMedia } from '@/lib/media/store-media'
import { signUploadClaim, verifyUploadClaim } from '@/lib/media/upload-claim'
import type { StorageService } from '@/lib/services/storage/types'
import { formatMegabytes, SNIFF_BYTES, UPLOAD_LIMITS, validateUpload } from '@/lib/services/storage/validate'

type Ctx = { storeId: string }

async function requireProduct(db: Db, storeId: string, productId: string) {
  const [product] = await findStoreProducts(db, storeId, [productId])
  if (!product) throw new ActionError('not_found', 'This product is not in this store.')
  return product
}

/** Checks the bytes (type by magic bytes, size), converts photos, stores them and records the media. */
export async function addProductMedia(db: Db, storage: StorageService, ctx: Ctx, input: { productId: string; bytes: Uint8Array; alt: string }) {
  await requireProduct(db, ctx.storeId, input.productId)
  const checked = validateUpload(input.bytes, { accept: ['image', 'video'] })
  if (!checked.ok) throw new ActionError('invalid_input', checked.error, { file: [checked.error] })
  await requireRoomForMedia(db, input.productId)

  let stored
  try {
    stored = await storeProductUpload(storage, input.productId, input.bytes, checked.type)
  } catch (error) {
    if (error instanceof UnreadableImageError) {
      throw new ActionError('invalid_input', 'We could not read this photo. It may be damaged; try exporting it again as JPEG or PNG.', { file: ['Unreadable image'] })
    }
    throw error
  }
  return recordMedia(db, storage, input.productId, stored, input.alt)
}

/** How long a browser has to upload a video once it has a URL for it. */
export const VIDEO_UPLOAD_TTL_SECONDS = 60 * 60
const VIDEO_EXTENSIONS: Record<string, string> = { 'video/mp4': 'mp4', 'video/webm': 'webm' }

/**
 * Videos (up to 100 MB) go from the browser straight to storage, never through our server, whose
 * host may cap request bodies at a few megabytes. This checks what the browser declares and
 * returns a signed upload URL for exactly that file, and a claim that ties the upload to this
 * product; `finishVideoUpload` then checks the bytes that arrived.
 */
export async function startVideoUpload(
  db: Db,
  storage: StorageService,
  ctx: Ctx,
  input: { productId: string; name: string; size: number; contentType: string },
  secret: string,
) {
  await requireProduct(db, ctx.storeId, input.productId)
  const ext = VIDEO_EXTENSIONS[input.contentType]
  if (!ext) throw new ActionError('invalid_input', 'Upload an MP4 or WebM video.', { file: ['Upload an MP4 or WebM video.'] })
  if (input.size > UPLOAD_LIMITS.video) {
    const message = `That file is ${formatMegabytes(input.size)}; videos can be up to ${formatMegabytes(UPLOAD_LIMITS.video)}.`
    throw new ActionError('invalid_input', message, { file: [message] })
  }
  await requireRoomForMedia(db, input.productId)
  const target = await storage.createUpload(
    `products/${input.productId}/${randomUUID()}.${ext}`,
    { name: input.name, size: input.size, contentType: input.contentType },
    VIDEO_UPLOAD_TTL_SECONDS,
  )
  return { url: target.url, key: target.key, claim: signUploadClaim(secret, { ...ctx, productId: input.productId, key: target.key }, target.expiresAt) }
}

/** Checks an uploaded video's first bytes and size, then adds it to the product (once, however often it is called). */
export async function finishVideoUpload(db: Db, storage: StorageService, ctx: Ctx, input: { productId: string; key: string; claim: string; alt: string }, secret: string) {
  await requireProduct(db, ctx.storeId, input.productId)
  if (!verifyUploadClaim(secret, { ...ctx, productId: input.productId, key: input.key }, input.claim)) {
    throw new ActionError('forbidden', 'This upload has expired or is not for this product. Upload the video again.')
  }
  const existing = (await findStoreMedia(db, ctx.storeId, [input.productId])).find((m) => m.key === input.key)
  if (existing) return { id: existing.id, url: storage.url(existing.key), kind: existing.kind, alt: existing.alt, width: existing.width, height: existing.height, position: existing.position }

  const head = await storage.head(input.key, SNIFF_BYTES)
  if (!head) throw new ActionError('invalid_input', 'The video did not finish uploading. Upload it again.', { file: ['The upload did not arrive.'] })
  const checked = validateUpload(head.start, { accept: ['video'], size: head.size })
  if (!checked.ok) {
    await storage.delete(input.key).catch(() => {})
    throw new ActionError('invalid_input', checked.error, { file: [checked.error] })
  }
  // A product that filled up while the video was uploading: the file goes, with the reason.
  await requireRoomForMedia(db, input.productId).catch(async (error: unknown) => {
    await storage.delete(input.key).catch(() => {})
    throw error
  })
  return recordMedia(db, storage, input.productId, { key: input.key, url: storage.url(input.key), kind: 'video', width: null, height: null }, input.alt)
}

async function requireRoomForMedia(db: Db, productId: string) {
  const { count } = await nextMediaPosition(db, productId)
  if (count >= MAX_MEDIA_PER_PRODUCT) throw new ActionError('conflict', `A product can have up to ${MAX_MEDIA_PER_PRODUCT} photos and videos. Delete one first.`)
}

/** Adds a stored file as the product's last photo or video; the file is removed if that fails. */
async function recordMedia(db: Db, storage: StorageService, productId: string, stored: StoredMedia, alt: string) {
  try {
    return await db.transaction(async (tx) => {
      const { position } = await nextMediaPosition(tx, productId)
      const [row] = await insertMediaRows(tx, [{ productId, kind: stored.kind, key: stored.key, url: stored.url, alt, width: stored.width, height: stored.height, position }])
      return { id: row!.id, url: stored.url, kind: stored.kind, alt, width: stored.width, height: stored.height, position }
    })
  } catch (error) {
    await storage.delete(stored.key).catch(() => {})
    throw error
  }
}

export async function setMediaAlt(db: Db, ctx: Ctx, input: { productId: string; mediaId: string; alt: string }) {
  if (!(await updateMediaAlt(db, ctx.storeId, input.productId, input.mediaId, input.alt))) {
    throw new ActionError('not_found', 'This photo is no longer on the product. Refresh the page.')
  }
}

/** Positions follow the order given, which must list every photo and video of the product. */
export async function reorderMedia(db: Db, ctx: Ctx, input: { productId: string; mediaIds: string[] }) {
  await db.transaction(async (tx) => {
    const current = await findStoreMedia(tx, ctx.storeId, [input.productId])
    const known = new Set(current.map((m) => m.id))
    if (current.length === 0 && !(await findStoreProducts(tx, ctx.storeId, [input.productId])).length) {
      throw new ActionError('not_found', 'This product is not in this store.')
    }
    if (input.mediaIds.length !== known.size || input.mediaIds.some((id) => !known.has(id))) {
      throw new ActionError('conflict', 'The photos changed while you were reordering. Refresh the page and try again.')
    }
    for (const [position, id] of input.mediaIds.entries()) await setMediaPosition(tx, ctx.storeId, input.productId, id, position)
  })
}

export async function removeMedia(db: Db, storage: StorageService, ctx: Ctx, input: { productId: string; mediaId: string }) {
  const removed = await deleteMediaRow(db, ctx.storeId, input.productId, input.mediaId)
  if (!removed) throw new ActionError('not_found', 'This photo is no longer on the product. Refresh the page.')
  // After the row is gone: a failed file delete leaves an orphan file, never a broken photo.
  await storage.delete(removed.key).catch((error) => console.error('[media] delete failed', removed.key, error))
}
