'use server'

import { getDb } from '@/db'
import { sellerAction } from '@/lib/actions/safe-action'
import { afterProductWrite } from '@/lib/dal/studio-after-write'
import { addProductMedia, finishVideoUpload, removeMedia, reorderMedia, setMediaAlt, startVideoUpload } from '@/lib/dal/studio-media'
import { getServiceConfig } from '@/lib/services'
import { getStorage } from '@/lib/services/storage'
import {
  mediaAltSchema,
  mediaDeleteSchema,
  mediaOrderSchema,
  mediaUploadSchema,
  videoUploadFinishSchema,
  videoUploadStartSchema,
} from '@/lib/validations/product-operations'

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

/** A signed URL for uploading a video straight to storage (the bytes never pass through us). */
export const startVideoUploadAction = sellerAction(
  videoUploadStartSchema,
  async ({ storeId, ...input }) => startVideoUpload(getDb(), getStorage(), { storeId }, input, getServiceConfig().auth.secret),
  { rateLimit: { name: 'studio-media-upload', limit: 120, windowSeconds: 600 } },
)

/** Checks the uploaded video's bytes and adds it to the product. */
export const finishVideoUploadAction = sellerAction(videoUploadFinishSchema, async ({ storeId, ...input }) => {
  const media = await finishVideoUpload(getDb(), getStorage(), { storeId }, input, getServiceConfig().auth.secret)
  await afterProductWrite(storeId, [input.productId])
  return media
})

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
