'use client'

import type { CartView } from '@/lib/cart/types'
import { CartContents } from './cart-contents'
import { useCart } from './cart-events'

/** /cart's contents: the server's cart, kept in step with changes made in the drawer. */
export function CartPageView({ initialCart }: { initialCart: CartView }) {
  const [cart] = useCart(initialCart)
  return <CartContents cart={cart} layout="page" />
}
