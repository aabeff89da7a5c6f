import { describe, expect, it } from 'vitest'
import { formatMegabytes, sniffMediaType, UPLOAD_LIMITS, validateUpload } from './validate'

const bytes = (...parts: Array<string | number[]>) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))))
const ftyp = (major: string, ...compatible: string[]) => {
  const box = bytes([0, 0, 0, 0], 'ftyp', major, [0, 0, 0, 0], ...compatible)
  box.writeUInt32BE(box.length, 0)
  return Buffer.concat([box, Buffer.alloc(32)])
}
const ebml = (docType: string) => bytes([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x86, 0x81, 0x01, 0x42, 0xf7, 0x81, 0x01, 0x42, 0x82, 0x80 | docType.length], docType, [0x42, 0x87, 0x81, 0x04])

const SAMPLES = {
  jpeg: bytes([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10], 'JFIF'),
  png: bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], 'IHDR'),
  webp: bytes('RIFF', [0x24, 0, 0, 0], 'WEBPVP8 '),
  avif: ftyp('avif', 'avif', 'mif1', 'miaf'),
  avifByCompatibleBrand: ftyp('mif1', 'mif1', 'avif'),
  mp4: ftyp('isom', 'isom', 'iso2', 'avc1', 'mp41'),
  mp4ByCompatibleBrand: ftyp('XAVC', 'XAVC', 'mp42'),
  webm: ebml('webm'),
}

describe('sniffMediaType', () => {
  it('recognises each supported format by its magic bytes', () => {
    expect(Object.fromEntries(Object.entries(SAMPLES).map(([name, b]) => [name, sniffMediaType(b)?.mime]))).toEqual({
      jpeg: 'image/jpeg',
      png: 'image/png',
      webp: 'image/webp',
      avif: 'image/avif',
      avifByCompatibleBrand: 'image/avif',
      mp4: 'video/mp4',
      mp4ByCompatibleBrand: 'video/mp4',
      webm: 'video/webm',
    })
  })

  it('refuses look-alikes and everything else', () => {
    const others = {
      gif: bytes('GIF89a'),
      svg: bytes('<svg xmlns="http://www.w3.org/2000/svg">'),
      html: bytes('<!doctype html><img src=x onerror=alert(1)>'),
      pdf: bytes('%PDF-1.7'),
      heic: ftyp('heic', 'mif1', 'heic'),
      quicktime: ftyp('qt  ', 'qt  '),
      matroska: ebml('matroska'),
      riffWave: bytes('RIFF', [0x24, 0, 0, 0], 'WAVEfmt '),
      truncatedPng: bytes([0x89, 0x50, 0x4e]),
      empty: bytes(),
    }
    for (const [name, b] of Object.entries(others)) expect(sniffMediaType(b), name).toBeNull()
  })
})

describe('validateUpload', () => {
  it('accepts by content whatever the name or claimed type, and reports what it found', () => {
    expect(validateUpload(SAMPLES.png)).toEqual({ ok: true, type: { kind: 'image', mime: 'image/png', ext: 'png' }, size: SAMPLES.png.length })
    expect(validateUpload(SAMPLES.webm, { accept: ['video'] })).toMatchObject({ ok: true, type: { ext: 'webm' } })
  })

  it('enforces the size limits with the numbers in the message', () => {
    const fourteenPointTwo = Math.round(14.2 * 1024 * 1024)
    expect(validateUpload(SAMPLES.jpeg, { size: fourteenPointTwo })).toEqual({ ok: false, error: 'That file is 14.2 MB; images can be up to 10 MB.' })
    expect(validateUpload(SAMPLES.jpeg, { size: UPLOAD_LIMITS.image })).toMatchObject({ ok: true })
    expect(validateUpload(SAMPLES.jpeg, { size: UPLOAD_LIMITS.image + 1 })).toEqual({ ok: false, error: 'That file is 10.1 MB; images can be up to 10 MB.' })
    expect(validateUpload(SAMPLES.mp4, { size: 60 * 1024 * 1024 })).toMatchObject({ ok: true })
    expect(validateUpload(SAMPLES.mp4, { size: 250 * 1024 * 1024 })).toEqual({ ok: false, error: 'That file is 250 MB; videos can be up to 100 MB.' })
  })

  it('explains unsupported, misplaced and empty files', () => {
    expect(validateUpload(bytes('GIF89a'))).toEqual({
      ok: false,
      error: "That file isn't a supported format. Upload a JPEG, PNG, WebP or AVIF image, or an MP4 or WebM video.",
    })
    expect(validateUpload(SAMPLES.mp4, { accept: ['image'] })).toEqual({
      ok: false,
      error: "Videos can't be uploaded here. Upload a JPEG, PNG, WebP or AVIF image.",
    })
    expect(validateUpload(bytes())).toEqual({ ok: false, error: 'That file is empty.' })
  })

  it('formats megabytes to a tenth, rounding up', () => {
    expect([0.5, 1, 9.99, 10, 14.2].map((mb) => formatMegabytes(Math.round(mb * 1024 * 1024)))).toEqual(['0.5 MB', '1 MB', '10 MB', '10 MB', '14.2 MB'])
    expect(formatMegabytes(1)).toBe('0.1 MB')
  })
})
