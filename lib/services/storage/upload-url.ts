import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * Presigned upload URLs as uploadthing defines them for its ingest servers: the declared file is
 * described by query parameters, each value URI-encoded once before the URL encodes it again,
 * then `signature=hmac-sha256=<hex>` is the HMAC-SHA256, with the secret, of the whole URL
 * before it. The local driver signs its own upload URLs the same way.
 */
export function signUploadUrl(base: string, secret: string, params: Record<string, string | number>, expiresAt: Date): string {
  const url = new URL(base)
  url.searchParams.append('expires', String(expiresAt.getTime()))
  for (const [name, value] of Object.entries(params)) url.searchParams.append(name, encodeURIComponent(String(value)))
  url.searchParams.append('signature', uploadSignature(url.toString(), secret))
  return url.href
}

export function uploadSignature(signedPart: string, secret: string): string {
  return `hmac-sha256=${createHmac('sha256', secret).update(signedPart).digest('hex')}`
}

/** The declared parameters of a URL signed by `signUploadUrl`, or why it is refused. */
export function verifyUploadUrl(href: string, secret: string, now = Date.now()): { ok: true; params: Record<string, string> } | { ok: false; error: string } {
  const signed = /^(.*)&signature=([^&]*)$/.exec(href)
  if (!signed) return { ok: false, error: 'Unsigned upload URL' }
  const given = Buffer.from(decodeURIComponent(signed[2] ?? ''))
  const expected = Buffer.from(uploadSignature(signed[1] ?? '', secret))
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, error: 'Invalid signature' }
  const url = new URL(href)
  if (!(Number(url.searchParams.get('expires')) > now)) return { ok: false, error: 'Upload URL expired' }
  const params: Record<string, string> = {}
  for (const [name, value] of url.searchParams) if (name !== 'signature' && name !== 'expires') params[name] = decodeURIComponent(value)
  return { ok: true, params }
}
