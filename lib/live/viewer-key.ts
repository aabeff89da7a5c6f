import { cookies } from 'next/headers'
import { NextResponse, type NextRequest } from 'next/server'

/**
 * An anonymous id per browser, so a signed-out viewer can hold its own video-signalling channel
 * (`private-signal-{showId}-{viewerKey}`). httpOnly: the page reads it on the server and hands it
 * down; channel auth compares it with the cookie, so another browser cannot claim it.
 */
export const VIEWER_KEY_COOKIE = 'haat_vk'

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

export function isViewerKey(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value)
}

/** This browser's viewer key, or null before proxy.ts has set one (any /live/* page sets it). */
export async function readViewerKey(): Promise<string | null> {
  const value = (await cookies()).get(VIEWER_KEY_COOKIE)?.value
  return isViewerKey(value) ? value : null
}

/** For proxy.ts: passes the request on, first giving the browser a viewer key if it has none. */
export function withViewerKey(request: NextRequest): NextResponse {
  if (isViewerKey(request.cookies.get(VIEWER_KEY_COOKIE)?.value)) return NextResponse.next()
  const key = crypto.randomUUID()
  // Also on the request, so the page rendered for this very request already reads it.
  request.cookies.set(VIEWER_KEY_COOKIE, key)
  const response = NextResponse.next({ request: { headers: request.headers } })
  response.cookies.set(VIEWER_KEY_COOKIE, key, {
    httpOnly: true,
    sameSite: 'lax',
    secure: request.nextUrl.protocol === 'https:',
    path: '/',
    maxAge: ONE_YEAR_SECONDS,
  })
  return response
}
