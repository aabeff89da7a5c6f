import sharp from 'sharp'
import { MAX_IMAGE_WIDTH } from './image-width'

/**
 * Photos are stored once, upright (EXIF orientation applied), without metadata (camera GPS
 * included), as WebP no wider than 1600 px. Pages request smaller sizes and AVIF through
 * next/image, which resizes from this one file; one stored file per photo also matches
 * product_media's single key, which a vendor such as uploadthing assigns itself.
 */
export { MAX_IMAGE_WIDTH }

/** The bytes looked like an image but could not be decoded. */
export class UnreadableImageError extends Error {
  constructor(cause: unknown) {
    super('Unreadable image', { cause })
    this.name = 'UnreadableImageError'
  }
}

export type ProcessedImage = { width: number; height: number; body: Buffer }

export async function processImage(input: Uint8Array): Promise<ProcessedImage> {
  try {
    const { data, info } = await sharp(input, { limitInputPixels: 100_000_000, failOn: 'error' })
      .rotate()
      .resize({ width: MAX_IMAGE_WIDTH, withoutEnlargement: true })
      .webp({ quality: 82 })
      .toBuffer({ resolveWithObject: true })
    return { width: info.width, height: info.height, body: data }
  } catch (error) {
    throw new UnreadableImageError(error)
  }
}

/** products/<productId>/<id>-<width>.webp */
export function imageKey(productId: string, id: string, width: number): string {
  return `products/${productId}/${id}-${width}.webp`
}
