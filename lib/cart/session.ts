import 'server-only'

import { cookies, headers } from 'next/headers'
import { getDb } from '@/db'
import { rateLimitedMessage } from '@/lib/actions/create-action-clients'
import { ActionError } from '@/lib/actions/errors'
import { getCartItemCount, getCartView, mergeGuestCart, type CartOwner } from '@/lib/dal/cart'
import { getServiceConfig } from '@/lib/services'
import { getKv, rateLimit } from '@/lib/services/kv'
import { decodeGuestCart, encodeGuestCart, GUEST_CART_COOKIE, GUEST_CART_MAX_AGE_SECONDS, type GuestCart } from './guest-cookie'
import type { StoredCartLine } from './rules'
import type { CartView } from './types'

// The request's side of the cart: the guest cookie, and whose cart this request works on.
// Cookies can be written only from server actions and route handlers (not while rendering).

const MERGE_CLAIM_TTL_SECONDS = 60 * 60 * 24 * 30
// Per user, or per IP for guests; generous because Indian carriers put many phones behind one IP.
const CART_CHANGES = { limit: 120, windowSeconds: 60 }

function secret(): string {
  return getServiceConfig().auth.secret
}

export async function readGuestCart(): Promise<GuestCart> {
  return decodeGuestCart((await cookies()).get(GUEST_CART_COOKIE)?.value, secret())
}

/** Writes the guest's lines back (or clears the cookie when there are none). */
export async function writeGuestCart(lines: readonly StoredCartLine[]): Promise<void> {
  const jar = await cookies()
  if (lines.length === 0) {
    jar.delete(GUEST_CART_COOKIE)
    return
  }
  const services = getServiceConfig()
  jar.set(GUEST_CART_COOKIE, encodeGuestCart(lines, services.auth.secret), {
    httpOnly: true,
    sameSite: 'lax',
    secure: services.appUrl.startsWith('https:'),
    path: '/',
    maxAge: GUEST_CART_MAX_AGE_SECONDS,
  })
}

/** The cart a page shows: the user's when signed in, else the guest cookie's. */
export async function cartOwnerFor(userId: string | null): Promise<CartOwner> {
  return userId ? { userId } : { guestLines: (await readGuestCart()).lines }
}

/**
 * The cart an action changes. A signed-in buyer who still carries a guest cookie (the merge at
 * sign-in failed, or the cookie arrived from another tab) has it merged first.
 */
export async function cartOwnerForAction(userId: string | null): Promise<CartOwner> {
  if (userId && (await cookies()).has(GUEST_CART_COOKIE)) await mergeGuestCartAtSignIn(userId)
  return cartOwnerFor(userId)
}

/**
 * Counts one cart change against the caller. Fails open: the limit only protects capacity, and a
 * kv outage must not stop people from shopping.
 */
export async function limitCartChanges(userId: string | null): Promise<void> {
  let identifier = `user:${userId}`
  if (!userId) {
    const h = await headers()
    identifier = `ip:${h.get('x-forwarded-for')?.split(',')[0]?.trim() || h.get('x-real-ip') || 'unknown'}`
  }
  const outcome = await rateLimit(getKv(), 'cart', identifier, CART_CHANGES, { failOpen: true })
  if (!outcome.success) throw new ActionError('rate_limited', rateLimitedMessage((outcome.resetAt - Date.now()) / 1000))
}

/** The cart of whoever is asking, as the drawer and /cart show it. */
export async function getCurrentCart(userId: string | null): Promise<CartView> {
  return getCartView(getDb(), await cartOwnerFor(userId))
}

/** The header badge's number, without reading the catalogue. A failure shows no badge rather than no page. */
export async function headerCartCount(userId: string | null): Promise<number> {
  try {
    return await getCartItemCount(getDb(), await cartOwnerFor(userId))
  } catch (error) {
    console.error('[cart] could not count the cart for the header', error)
    return 0
  }
}

/**
 * Claims one cookie value for merging, so the same guest lines are never added twice — e.g. when
 * the merge committed but the response that cleared the cookie never reached the browser. A kv
 * outage lets the merge go ahead: a doubled quantity is still clamped to the stock.
 */
async function claimMerge(signature: string, userId: string): Promise<boolean> {
  try {
    return await getKv().setIfAbsent(`cart-merge:${signature}`, userId, { ttlSeconds: MERGE_CLAIM_TTL_SECONDS })
  } catch (error) {
    console.error('[cart] merge claim failed; merging without it', error)
    return true
  }
}

async function releaseMerge(signature: string): Promise<void> {
  await getKv()
    .del(`cart-merge:${signature}`)
    .catch(() => undefined)
}

/**
 * Moves the guest cookie's lines into the user's cart and clears the cookie. Called from Auth.js's
 * `signIn` event (credentials and Google alike) and again by cart actions as a fallback. Never
 * throws: a failed merge must not fail the sign-in; the cookie stays for the next try.
 */
export async function mergeGuestCartAtSignIn(userId: string): Promise<void> {
  try {
    const jar = await cookies()
    if (!jar.has(GUEST_CART_COOKIE)) return
    const guest = decodeGuestCart(jar.get(GUEST_CART_COOKIE)?.value, secret())
    if (guest.signature && guest.lines.length > 0 && (await claimMerge(guest.signature, userId))) {
      try {
        await mergeGuestCart(getDb(), userId, guest.lines)
      } catch (error) {
        await releaseMerge(guest.signature)
        throw error
      }
    }
    jar.delete(GUEST_CART_COOKIE)
  } catch (error) {
    console.error('[cart] could not merge the guest cart at sign-in', error)
  }
}
