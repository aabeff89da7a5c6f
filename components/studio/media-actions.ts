'use server'

import { getDb } from '@/db'
import { sellerAction } from '@/lib/actions/safe-action'
import { afterProductWrite } from '@/lib/dal/studio-after-write'
import { addProductMedia, removeMedia, reorderMedia, setMediaAlt } from '@/lib/dal/studio-media'
import { getStorage } from '@/lib/services/storage'
import { mediaAltSchema, mediaDeleteSchema, mediaOrderSchema, mediaUploadSchema } from '@/lib/validations/product-operations'

/** Called by POST /api/studio/[storeId]/products/[productId]/media, which reports upload progress. */
export const uploadMediaAction = sellerAction(
  mediaUploadSchema,
  async (input) => {
    const bytes = new Uint8Array(await input.file.arrayBuffer())
    const media = await addProductMedia(getDb(), getStorage(), { storeId: input.storeId }, { productId: input.productId, bytes, alt: input.alt })
    await afterProductWrite(input.storeId, [input.productId])
    return media
  },
  { rateLimit: { name: 'studio-media-upload', limit: 120, windowSeconds: 600 } },
)

export const updateMediaAltAction = sellerAction(mediaAltSchema, async (input) => {
  await setMediaAlt(getDb(), { storeId: input.storeId }, input)
  await afterProductWrite(input.storeId, [input.productId])
  return { alt: input.alt }
})

export const reorderMediaAction = sellerAction(mediaOrderSchema, async (input) => {
  await reorderMedia(getDb(), { storeId: input.storeId }, input)
  await afterProductWrite(input.storeId, [input.productId])
  return null
})

export const deleteMediaAction = sellerAction(mediaDeleteSchema, async (input) => {
  await removeMedia(getDb(), getStorage(), { storeId: input.storeId }, input)
  await afterProductWrite(input.storeId, [input.productId])
  return null
})
