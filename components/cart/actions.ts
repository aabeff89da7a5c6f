'use server'

import { getDb } from '@/db'
import { publicAction } from '@/lib/actions/safe-action'
import { lineKey } from '@/lib/cart/rules'
import { cartOwnerForAction, getCurrentCart, limitCartChanges, writeGuestCart } from '@/lib/cart/session'
import type { CartMutationResult, CartView } from '@/lib/cart/types'
import { addToCart, getCartView, prepareBuyNow, removeCartLine, updateCartLine, type CartChange, type CartOwner } from '@/lib/dal/cart'
import { addToCartSchema, buyNowSchema, loadCartSchema, removeCartLineSchema, updateCartLineSchema } from '@/lib/validations/cart'

// Guests may use the cart, so these are public actions; the owner is the session's user or the
// guest cookie, never an id from the input.

async function afterChange(owner: CartOwner, result: CartChange): Promise<CartMutationResult> {
  if (!result.guestLines) return { cart: await getCartView(getDb(), owner), notice: result.notice }
  const cart = await getCartView(getDb(), { guestLines: result.guestLines })
  // A deleted product has no line to show (or remove), so it leaves the cookie too.
  const shown = new Set(cart.groups.flatMap((g) => g.lines.map((l) => l.key)))
  await writeGuestCart(result.guestLines.filter((line) => shown.has(lineKey(line))))
  return { cart, notice: result.notice }
}

export const loadCartAction = publicAction(
  loadCartSchema,
  async (_input, { user }): Promise<CartView> => getCurrentCart(user?.id ?? null),
)

export const addToCartAction = publicAction(addToCartSchema, async (input, { user }) => {
  await limitCartChanges(user?.id ?? null)
  const owner = await cartOwnerForAction(user?.id ?? null)
  return afterChange(owner, await addToCart(getDb(), owner, input))
})

export const updateCartLineAction = publicAction(updateCartLineSchema, async (input, { user }) => {
  await limitCartChanges(user?.id ?? null)
  const owner = await cartOwnerForAction(user?.id ?? null)
  return afterChange(owner, await updateCartLine(getDb(), owner, input))
})

export const removeCartLineAction = publicAction(removeCartLineSchema, async (input, { user }) => {
  await limitCartChanges(user?.id ?? null)
  const owner = await cartOwnerForAction(user?.id ?? null)
  return afterChange(owner, await removeCartLine(getDb(), owner, input))
})

/**
 * Straight to checkout with one line (SPEC §3.2), leaving the cart alone: answers where to go,
 * and the button navigates (as sign-in does), so a refusal comes back as a normal result. Guests
 * sign in first and come back to the same checkout URL.
 */
export const buyNowAction = publicAction(buyNowSchema, async (input, { user }): Promise<{ redirectTo: string }> => {
  await limitCartChanges(user?.id ?? null)
  const { path } = await prepareBuyNow(getDb(), input)
  return { redirectTo: user ? path : `/sign-in?callbackUrl=${encodeURIComponent(path)}` }
})
