'use client'

import { useEffect, useState } from 'react'
import type { CartView } from '@/lib/cart/types'

/**
 * The cart's islands (header button, drawer, /cart page, Add to cart) live far apart in the tree,
 * so they talk through one window event rather than a provider wrapping every page: whoever gets
 * a cart back from the server publishes it, and each island keeps what it shows in step.
 */

const EVENT = 'haat:cart'

export type CartEventDetail = {
  cart: CartView
  /** Ask the header to open the drawer (after Add to cart). */
  open?: boolean
  /** Said in the drawer's live region when it opens, e.g. "Added to cart". */
  announcement?: string
}

/** Publishes a cart; true when the drawer took an `open` request. */
export function publishCart(detail: CartEventDetail): boolean {
  const event = new CustomEvent<CartEventDetail>(EVENT, { detail, cancelable: true })
  return !window.dispatchEvent(event)
}

export function subscribeCart(listener: (detail: CartEventDetail, event: CustomEvent<CartEventDetail>) => void): () => void {
  const handle = (event: Event) => {
    const custom = event as CustomEvent<CartEventDetail>
    listener(custom.detail, custom)
  }
  window.addEventListener(EVENT, handle)
  return () => window.removeEventListener(EVENT, handle)
}

/** A cart kept in step with every cart the page publishes. */
export function useCart<T extends CartView | null>(initial: T): [CartView | T, (cart: CartView) => void] {
  const [cart, setCart] = useState<CartView | T>(initial)
  useEffect(() => subscribeCart((detail) => setCart(detail.cart)), [])
  return [cart, setCart]
}
