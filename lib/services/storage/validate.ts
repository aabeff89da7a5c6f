/**
 * Upload checks for product and show media. The type comes from the file's first bytes, never
 * from the name or the browser's MIME type, both of which the uploader controls. Sizes use
 * binary megabytes (1 MB = 1,048,576 bytes), as file managers on Windows and phones show them.
 */

export type MediaKind = 'image' | 'video'

export type MediaType =
  | { kind: 'image'; mime: 'image/jpeg'; ext: 'jpg' }
  | { kind: 'image'; mime: 'image/png'; ext: 'png' }
  | { kind: 'image'; mime: 'image/webp'; ext: 'webp' }
  | { kind: 'image'; mime: 'image/avif'; ext: 'avif' }
  | { kind: 'video'; mime: 'video/mp4'; ext: 'mp4' }
  | { kind: 'video'; mime: 'video/webm'; ext: 'webm' }

const MB = 1024 * 1024
export const UPLOAD_LIMITS: Readonly<Record<MediaKind, number>> = { image: 10 * MB, video: 100 * MB }

/** How many leading bytes `sniffMediaType` needs; read at least this much of a stream. */
export const SNIFF_BYTES = 4096

const JPEG = { kind: 'image', mime: 'image/jpeg', ext: 'jpg' } as const
const PNG = { kind: 'image', mime: 'image/png', ext: 'png' } as const
const WEBP = { kind: 'image', mime: 'image/webp', ext: 'webp' } as const
const AVIF = { kind: 'image', mime: 'image/avif', ext: 'avif' } as const
const MP4 = { kind: 'video', mime: 'video/mp4', ext: 'mp4' } as const
const WEBM = { kind: 'video', mime: 'video/webm', ext: 'webm' } as const

// ISO base media brands that mean an MP4 a browser plays; QuickTime ('qt  ') and HEIF are not here.
const MP4_BRANDS = new Set(['isom', 'iso2', 'iso3', 'iso4', 'iso5', 'iso6', 'mp41', 'mp42', 'avc1', 'dash', 'M4V ', 'mmp4', 'MSNV'])
const AVIF_BRANDS = new Set(['avif', 'avis'])

export function sniffMediaType(bytes: Uint8Array): MediaType | null {
  const ascii = (start: number, length: number) => String.fromCharCode(...bytes.subarray(start, start + length))
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return JPEG
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return PNG
  if (ascii(0, 4) === 'RIFF' && ascii(8, 4) === 'WEBP') return WEBP
  if (ascii(4, 4) === 'ftyp') return sniffIsoBrands(bytes)
  if (startsWith(bytes, [0x1a, 0x45, 0xdf, 0xa3])) {
    // Matroska and WebM share the EBML header; the DocType element (0x42 0x82) says which.
    const docType = ascii(0, Math.min(bytes.length, 64)).indexOf('\x42\x82')
    const sizeByte = bytes[docType + 2] ?? 0
    // A one-byte EBML size (0x80 | n); writers use it for a four-letter DocType.
    return docType !== -1 && sizeByte & 0x80 && ascii(docType + 3, sizeByte & 0x7f) === 'webm' ? WEBM : null
  }
  return null
}

/** An `ftyp` box: major brand at 8, then compatible brands from 16 to the box's end. */
function sniffIsoBrands(bytes: Uint8Array): MediaType | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (bytes.length < 12) return null
  const boxEnd = Math.min(bytes.length, view.getUint32(0))
  const brand = (at: number) => String.fromCharCode(...bytes.subarray(at, at + 4))
  const major = brand(8)
  const compatible: string[] = []
  for (let at = 16; at + 4 <= boxEnd; at += 4) compatible.push(brand(at))
  if (AVIF_BRANDS.has(major)) return AVIF
  if (MP4_BRANDS.has(major)) return MP4
  if (compatible.some((b) => AVIF_BRANDS.has(b))) return AVIF
  if (compatible.some((b) => MP4_BRANDS.has(b))) return MP4
  return null
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte)
}

export type UploadCheck = { ok: true; type: MediaType; size: number } | { ok: false; error: string }

const ACCEPTED = { image: 'a JPEG, PNG, WebP or AVIF image', video: 'an MP4 or WebM video' } as const

/**
 * Checks an upload's type (from its bytes) and size against what this place accepts. `size`
 * defaults to the byte length; pass the full size when `bytes` is only the start of the file.
 */
export function validateUpload(
  bytes: Uint8Array,
  options: { accept?: readonly MediaKind[]; size?: number } = {},
): UploadCheck {
  const accept = options.accept ?? (['image', 'video'] as const)
  const size = options.size ?? bytes.length
  const wanted = accept.map((kind) => ACCEPTED[kind]).join(', or ')
  if (size === 0) return { ok: false, error: 'That file is empty.' }
  const type = sniffMediaType(bytes)
  if (!type) return { ok: false, error: `That file isn't a supported format. Upload ${wanted}.` }
  if (!accept.includes(type.kind))
    return { ok: false, error: `${type.kind === 'video' ? 'Videos' : 'Images'} can't be uploaded here. Upload ${wanted}.` }
  const limit = UPLOAD_LIMITS[type.kind]
  if (size > limit)
    return { ok: false, error: `That file is ${formatMegabytes(size)}; ${type.kind}s can be up to ${formatMegabytes(limit)}.` }
  return { ok: true, type, size }
}

/**
 * "14.2 MB", "10 MB". Tenths round up, so a file just over a limit never reads as the limit itself
 * ("10.1 MB", not "10.0 MB").
 */
export function formatMegabytes(bytes: number): string {
  const tenths = Math.ceil((bytes / MB) * 10)
  return `${tenths % 10 === 0 ? tenths / 10 : (tenths / 10).toFixed(1)} MB`
}
