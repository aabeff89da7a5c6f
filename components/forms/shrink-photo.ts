import { MAX_IMAGE_WIDTH } from '@/lib/media/image-width'

/**
 * Phone cameras take 3–12 MB photos, 4,000 px wide; the server keeps 1,600 px. Sending the whole
 * file costs a buyer or seller on mobile data many seconds, and a serverless host refuses request
 * bodies above a few megabytes (4.5 MB on Vercel). So the browser shrinks a photo to the stored
 * width before it is sent: upright (EXIF orientation applied), without its metadata (camera GPS
 * included), as WebP, or JPEG where the browser cannot write WebP. The server still checks the
 * bytes and makes its own copy (lib/media/process-image.ts); a photo the browser cannot read, or
 * one that would not get smaller, is sent as chosen and left to the server to judge.
 */

/** Photos smaller than this and no wider than the stored width are sent untouched. */
export const SHRINK_ABOVE_BYTES = 1024 * 1024
const QUALITY = 0.9
const SHRINKABLE = new Set(['image/jpeg', 'image/png', 'image/webp', 'image/avif'])

/** The size to draw a width × height image at so it is no wider than `maxWidth`, keeping its shape. */
export function fitWidth(width: number, height: number, maxWidth = MAX_IMAGE_WIDTH): { width: number; height: number } {
  if (width <= maxWidth) return { width, height }
  return { width: maxWidth, height: Math.max(1, Math.round((height * maxWidth) / width)) }
}

/** `photo.jpg` → `photo.webp`: the name says what the bytes now are. */
export function renamed(name: string, type: string): string {
  const ext = type === 'image/webp' ? 'webp' : 'jpg'
  const base = name.replace(/\.[a-z0-9]{1,5}$/i, '') || 'photo'
  return `${base}.${ext}`
}

export async function shrinkPhoto(file: File): Promise<File> {
  if (!SHRINKABLE.has(file.type) || typeof createImageBitmap !== 'function') return file
  let bitmap: ImageBitmap
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' })
  } catch {
    return file // a file this browser can't decode: the server's checks explain what is wrong
  }
  try {
    if (bitmap.width <= MAX_IMAGE_WIDTH && file.size <= SHRINK_ABOVE_BYTES) return file
    const size = fitWidth(bitmap.width, bitmap.height)
    const canvas = document.createElement('canvas')
    canvas.width = size.width
    canvas.height = size.height
    const context = canvas.getContext('2d')
    if (!context) return file
    context.imageSmoothingQuality = 'high'
    context.drawImage(bitmap, 0, 0, size.width, size.height)
    let blob = await toBlob(canvas, 'image/webp')
    if (blob?.type !== 'image/webp') {
      // JPEG has no transparency: put a transparent PNG on white, as product photos are shown.
      context.globalCompositeOperation = 'destination-over'
      context.fillStyle = '#fff'
      context.fillRect(0, 0, size.width, size.height)
      blob = await toBlob(canvas, 'image/jpeg')
    }
    if (!blob || blob.size >= file.size) return file
    return new File([blob], renamed(file.name, blob.type), { type: blob.type, lastModified: file.lastModified })
  } finally {
    bitmap.close()
  }
}

/** Shrinks each photo in turn (one decoded at a time: a phone has little memory to spare). */
export async function shrinkPhotos(files: File[]): Promise<File[]> {
  const out: File[] = []
  for (const file of files) out.push(await shrinkPhoto(file))
  return out
}

function toBlob(canvas: HTMLCanvasElement, type: string): Promise<Blob | null> {
  return new Promise((resolve) => canvas.toBlob(resolve, type, QUALITY))
}
