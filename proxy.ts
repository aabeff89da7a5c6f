import { NextResponse, type NextRequest } from 'next/server'
import { withViewerKey } from '@/lib/live/viewer-key'

// An optimistic gate only: it sends visitors without a session cookie to sign-in. Who may see
// or change what is decided in lib/dal and the action clients, on every request. /live/* pages
// only get an anonymous viewer key (lib/live/viewer-key.ts).
const SESSION_COOKIES = ['authjs.session-token', '__Secure-authjs.session-token']

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl
  if (pathname === '/live' || pathname.startsWith('/live/')) return withViewerKey(request)
  if (SESSION_COOKIES.some((name) => request.cookies.has(name))) return NextResponse.next()
  const url = new URL('/sign-in', request.url)
  url.searchParams.set('callbackUrl', request.nextUrl.pathname + request.nextUrl.search)
  return NextResponse.redirect(url)
}

export const config = {
  matcher: ['/account/:path*', '/checkout/:path*', '/checkout', '/studio/:path*', '/admin/:path*', '/live/:path*'],
}
