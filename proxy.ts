import { NextResponse, type NextRequest } from 'next/server'

// An optimistic gate only: it sends visitors without a session cookie to sign-in. Who may see
// or change what is decided in lib/dal and the action clients, on every request.
const SESSION_COOKIES = ['authjs.session-token', '__Secure-authjs.session-token']

export function proxy(request: NextRequest) {
  if (SESSION_COOKIES.some((name) => request.cookies.has(name))) return NextResponse.next()
  const url = new URL('/sign-in', request.url)
  url.searchParams.set('callbackUrl', request.nextUrl.pathname + request.nextUrl.search)
  return NextResponse.redirect(url)
}

export const config = {
  matcher: ['/account/:path*', '/checkout/:path*', '/checkout', '/studio/:path*', '/admin/:path*'],
}
