'use client'

import { useEffect, useState } from 'react'
import { Sheet, SheetContent, SheetDescription, SheetHeader, SheetTitle } from '@/components/ui/sheet'
import type { CartView } from '@/lib/cart/types'
import { loadCartAction } from './actions'
import { CartContents } from './cart-contents'
import { useCart } from './cart-events'
import { CartSkeleton } from './cart-skeleton'

type CartDrawerProps = {
  open: boolean
  onOpenChange: (open: boolean) => void
  /**
   * Why it opened, new for every opening: with the cart an Add to cart just returned (and what
   * to announce) there is nothing to load; from the header button the cart is read afresh.
   */
  request: CartOpenRequest
}

export type CartOpenRequest = { id: number; cart: CartView | null; announcement?: string }

const itemsLabel = (n: number) => (n === 0 ? 'No items yet' : `${n} ${n === 1 ? 'item' : 'items'}`)

/**
 * The cart as a dialog: a right-hand sheet from `sm` up, the whole screen on phones. Loaded
 * only when first opened (see CartButton), and it reads the cart each time it opens, so a change
 * made in another tab shows.
 */
export function CartDrawer({ open, onOpenChange, request }: CartDrawerProps) {
  const [cart, setCart] = useCart<CartView | null>(request.cart)
  // Kept with the opening it belongs to, so a new opening starts without an old error.
  const [failure, setFailure] = useState<{ id: number; message: string } | null>(null)
  const failed = failure?.id === request.id ? failure.message : null
  const fetchNeeded = request.cart === null
  const requestId = request.id

  useEffect(() => {
    if (!open || !fetchNeeded) return
    let current = true
    const fail = (message: string) => current && setFailure({ id: requestId, message })
    loadCartAction({})
      .then((result) => {
        if (!current) return
        if (result.ok) setCart(result.data)
        else fail(result.formError ?? 'We couldn’t load your cart. Try again.')
      })
      .catch(() => fail('We couldn’t reach Haat. Check your connection and try again.'))
    return () => {
      current = false
    }
  }, [open, fetchNeeded, requestId, setCart])

  return (
    <Sheet open={open} onOpenChange={onOpenChange}>
      <SheetContent
        side="right"
        closeLabel="Close cart"
        data-testid="cart-drawer"
        className="w-full max-w-none gap-0 overflow-hidden p-0 sm:w-[28rem] sm:max-w-[calc(100vw-2rem)]"
      >
        <SheetHeader className="border-b">
          <SheetTitle>Your cart</SheetTitle>
          <SheetDescription>
            {/* Read out as the dialog opens; the banner inside shows the same words. */}
            {request.announcement ? <span className="sr-only">{request.announcement} </span> : null}
            {cart ? itemsLabel(cart.itemCount) : 'Loading…'}
          </SheetDescription>
        </SheetHeader>
        {cart ? (
          <CartContents key={request.id} cart={cart} layout="drawer" announcement={request.announcement} onNavigate={() => onOpenChange(false)} />
        ) : failed ? (
          <p role="alert" className="p-4 text-sm text-destructive">
            {failed}
          </p>
        ) : (
          <CartSkeleton lines={2} className="p-4" />
        )}
      </SheetContent>
    </Sheet>
  )
}
