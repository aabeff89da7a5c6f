import 'server-only'

import type { Db } from '@/db/client'
import { deleteMediaRow, insertMediaRows, setMediaPosition, updateMediaAlt } from '@/db/queries/studio-media'
import { findStoreMedia, findStoreProducts, nextMediaPosition } from '@/db/queries/studio-product-writes'
import { ActionError } from '@/lib/actions/errors'
import { UnreadableImageError } from '@/lib/media/process-image'
import { MAX_MEDIA_PER_PRODUCT, storeProductUpload } from '@/lib/media/store-media'
import type { StorageService } from '@/lib/services/storage/types'
import { validateUpload } from '@/lib/services/storage/validate'

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
  const { count } = await nextMediaPosition(db, input.productId)
  if (count >= MAX_MEDIA_PER_PRODUCT) throw new ActionError('conflict', `A product can have up to ${MAX_MEDIA_PER_PRODUCT} photos and videos. Delete one first.`)

  let stored
  try {
    stored = await storeProductUpload(storage, input.productId, input.bytes, checked.type)
  } catch (error) {
    if (error instanceof UnreadableImageError) {
      throw new ActionError('invalid_input', 'We could not read this photo. It may be damaged; try exporting it again as JPEG or PNG.', { file: ['Unreadable image'] })
    }
    throw error
  }
  try {
    return await db.transaction(async (tx) => {
      const { position } = await nextMediaPosition(tx, input.productId)
      const [row] = await insertMediaRows(tx, [
        { productId: input.productId, kind: stored.kind, key: stored.key, url: stored.url, alt: input.alt, width: stored.width, height: stored.height, position },
      ])
      return { id: row!.id, url: stored.url, kind: stored.kind, alt: input.alt, width: stored.width, height: stored.height, position }
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
