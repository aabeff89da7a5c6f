import { NextRequest } from 'next/server'
import { describe, expect, it } from 'vitest'
import { VIEWER_KEY_COOKIE, isViewerKey, withViewerKey } from './viewer-key'

describe('withViewerKey', () => {
  it('gives a browser without one a year-long httpOnly, SameSite=Lax viewer key, visible to this request too', () => {
    const response = withViewerKey(new NextRequest('http://localhost:3000/live/some-show'))
    const cookie = response.cookies.get(VIEWER_KEY_COOKIE)
    expect(isViewerKey(cookie?.value)).toBe(true)
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'lax', path: '/', maxAge: 365 * 24 * 60 * 60, secure: false })
    // Next passes request overrides to the page in these headers.
    expect(response.headers.get('x-middleware-override-headers')).toContain('cookie')
    expect(response.headers.get('x-middleware-request-cookie')).toContain(`${VIEWER_KEY_COOKIE}=${cookie?.value}`)
  })

  it('keeps an existing key and replaces a malformed one', () => {
    const key = crypto.randomUUID()
    const kept = withViewerKey(new NextRequest('https://haat.in/live/x', { headers: { cookie: `${VIEWER_KEY_COOKIE}=${key}` } }))
    expect(kept.cookies.get(VIEWER_KEY_COOKIE)).toBeUndefined()

    const replaced = withViewerKey(new NextRequest('https://haat.in/live/x', { headers: { cookie: `${VIEWER_KEY_COOKIE}=not-a-uuid` } }))
    expect(replaced.cookies.get(VIEWER_KEY_COOKIE)).toMatchObject({ value: expect.stringMatching(/^[0-9a-f-]{36}$/), secure: true })
  })
})
