import { createHash, createHmac, timingSafeEqual } from 'node:crypto'

/** Constant-time string comparison; hashing first makes the lengths equal. */
export function safeEqual(a: string, b: string): boolean {
  const ha = createHash('sha256').update(a).digest()
  const hb = createHash('sha256').update(b).digest()
  return timingSafeEqual(ha, hb) && a.length === b.length
}

/** The token of an `Authorization: Bearer <token>` header, or null. */
export function bearerToken(request: Request): string | null {
  const header = request.headers.get('authorization')
  const match = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null
  return match?.[1] ?? null
}

export function bearerMatches(request: Request, secret: string): boolean {
  const token = bearerToken(request)
  return token !== null && secret.length > 0 && safeEqual(token, secret)
}

/**
 * The bearer token /api/jobs/* accepts from people in embedded mode. Derived from AUTH_SECRET so
 * a deployment has one without another variable, and it is not guessable where AUTH_SECRET is not.
 */
export function embeddedRouteToken(authSecret: string): string {
  return createHmac('sha256', authSecret).update('haat:jobs-route').digest('base64url')
}
