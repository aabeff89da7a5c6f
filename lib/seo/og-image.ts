import 'server-only'

import sharp from 'sharp'
import { getStorage } from '@/lib/services/storage'

export const OG_SIZE = { width: 1200, height: 630 }

/** Cache for a day at the edge, then serve stale while refreshing: the picture follows edits within a day. */
export const OG_HEADERS = { 'Cache-Control': 'public, max-age=3600, s-maxage=86400, stale-while-revalidate=604800' }

const LOCAL_PREFIX = '/files/'

async function readBytes(source: { key?: string | null; url?: string | null }): Promise<Buffer | null> {
  const key = source.key ?? (source.url?.startsWith(LOCAL_PREFIX) ? source.url.slice(LOCAL_PREFIX.length) : null)
  if (key) return (await getStorage().get(key))?.body ?? null
  if (source.url && /^https:\/\//.test(source.url)) {
    const response = await fetch(source.url, { signal: AbortSignal.timeout(3000) })
    return response.ok ? Buffer.from(await response.arrayBuffer()) : null
  }
  return null
}

/**
 * A stored image as a PNG data URI sized for the card. ImageResponse can't fetch relative URLs,
 * and Satori can't decode WebP (our uploads and seed images), so the bytes are read from the
 * storage service and re-encoded here. Null when the image is missing or unreadable.
 */
export async function imageDataUri(
  source: { key?: string | null; url?: string | null },
  size: { width: number; height: number },
): Promise<string | null> {
  try {
    const bytes = await readBytes(source)
    if (!bytes) return null
    const png = await sharp(bytes).resize(size.width, size.height, { fit: 'cover' }).png().toBuffer()
    return `data:image/png;base64,${png.toString('base64')}`
  } catch (error) {
    console.warn('[og-image] could not read image', source.key ?? source.url, error)
    return null
  }
}
