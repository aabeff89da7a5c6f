'use client'

import { ShoppingCartIcon } from 'lucide-react'
import Link from 'next/link'
import { useId, useOptimistic, useState, useTransition } from 'react'
import { EmptyState } from '@/components/layout/empty-state'
import { Button } from '@/components/ui/button'
import type { CartLineView, CartView } from '@/lib/cart/types'
import { withLineQuantity } from '@/lib/cart/view'
import { cn, formatINR } from '@/lib/utils'
import { loadCartAction, removeCartLineAction, updateCartLineAction } from './actions'
import { publishCart } from './cart-events'
import { CartLine } from './cart-line'

type CartContentsProps = {
  /** The cart as the server last answered; the owner (drawer or page) keeps it. */
  cart: CartView
  layout: 'drawer' | 'page'
  /** Said once when the contents appear, e.g. "Added to cart". */
  announcement?: string
  /** Closes the drawer when a link inside it is followed. */
  onNavigate?: () => void
}

type QuantityChange = { key: string; quantity: number }

const items = (n: number) => `${n} ${n === 1 ? 'item' : 'items'}`

/**
 * Lines grouped by store, the subtotal and Checkout. Quantity changes show at once (one
 * useOptimistic over the server's cart) and settle on the cart the server returns; a refusal
 * rolls the line back and says why, on the line and in the live region.
 */
export function CartContents({ cart, layout, announcement = '', onNavigate }: CartContentsProps) {
  const id = useId()
  const [shown, showChange] = useOptimistic(cart, (state: CartView, change: QuantityChange) => withLineQuantity(state, change.key, change.quantity))
  const [pending, startTransition] = useTransition()
  const [status, setStatus] = useState(announcement)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const Heading = layout === 'page' ? 'h2' : 'h3'

  function changeQuantity(line: CartLineView, quantity: number) {
    setErrors(({ [line.key]: _, ...rest }) => rest)
    startTransition(async () => {
      showChange({ key: line.key, quantity })
      const key = { productId: line.productId, variantId: line.variantId }
      let message: string
      try {
        const result = quantity === 0 ? await removeCartLineAction(key) : await updateCartLineAction({ ...key, quantity })
        if (result.ok) {
          publishCart({ cart: result.data.cart })
          message = result.data.notice ?? (quantity === 0 ? `Removed ${line.title} from your cart.` : `${line.title}: quantity ${quantity}.`)
        } else {
          message = result.formError ?? 'We couldn’t update your cart. Try again.'
          setErrors((e) => ({ ...e, [line.key]: message }))
          // The line changed elsewhere (another tab, or it was sold out): show the cart as it is now.
          if (result.code === 'not_found' || result.code === 'conflict') {
            const fresh = await loadCartAction({})
            if (fresh.ok) publishCart({ cart: fresh.data })
          }
        }
      } catch {
        message = 'We couldn’t reach Haat. Check your connection and try again.'
        setErrors((e) => ({ ...e, [line.key]: message }))
      }
      setStatus(message)
    })
  }

  const live = (
    <p role="status" aria-live="polite" className={cn('text-sm', status ? 'rounded-lg bg-accent px-3 py-2' : 'sr-only')}>
      {status}
    </p>
  )

  if (shown.groups.length === 0) {
    return (
      <div className={cn('flex flex-col gap-4', layout === 'drawer' && 'p-4')}>
        {live}
        <EmptyState
          icon={ShoppingCartIcon}
          title="Your cart is empty"
          titleAs={Heading}
          description="Browse trending products or join a live show to find something you love."
          action={
            <Button asChild>
              <Link href="/" onClick={onNavigate}>
                Start shopping
              </Link>
            </Button>
          }
        />
      </div>
    )
  }

  const summary = (
    <div className={cn('flex flex-col gap-3', layout === 'drawer' ? 'border-t bg-popover p-4' : 'rounded-2xl border bg-card p-5 lg:sticky lg:top-24')}>
      <dl className="flex items-baseline justify-between gap-4">
        <dt className="text-sm">Subtotal ({items(shown.checkoutItemCount)})</dt>
        <dd data-testid="cart-subtotal" className="text-lg font-bold tabular-nums">
          {formatINR(shown.subtotalPaise)}
        </dd>
      </dl>
      <p className="text-xs text-muted-foreground">Shipping, live prices and coupons are worked out at checkout.</p>
      {shown.unavailableLineCount > 0 ? (
        <p className="text-xs text-destructive">
          {shown.unavailableLineCount === 1 ? '1 item can’t be bought now' : `${shown.unavailableLineCount} items can’t be bought now`} and won’t be checked out.
        </p>
      ) : null}
      {shown.checkoutItemCount > 0 && !pending ? (
        <Button asChild size="lg" className="w-full">
          <Link href="/checkout" onClick={onNavigate}>
            Checkout
          </Link>
        </Button>
      ) : (
        <Button size="lg" className="w-full" disabled>
          {pending ? 'Updating your cart…' : 'Checkout'}
        </Button>
      )}
      {layout === 'drawer' ? (
        <Button asChild variant="link" className="self-center">
          <Link href="/cart" onClick={onNavigate}>
            View cart
          </Link>
        </Button>
      ) : null}
    </div>
  )

  return (
    <div className={cn(layout === 'drawer' ? 'flex min-h-0 flex-1 flex-col' : 'grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem] lg:items-start')}>
      <div className={cn('flex flex-col gap-4', layout === 'drawer' && 'min-h-0 flex-1 overflow-y-auto px-4 pb-4')}>
        {live}
        {shown.groups.map((group) => (
          <section key={group.storeId} aria-labelledby={`${id}-${group.storeId}`} className={cn(layout === 'page' && 'rounded-2xl border bg-card px-4 sm:px-5')}>
            <div className="flex items-baseline justify-between gap-3 border-b pt-3 pb-2">
              <Heading id={`${id}-${group.storeId}`} className="truncate text-sm font-semibold">
                <span className="sr-only">Sold by </span>
                <Link href={`/s/${group.storeSlug}`} onClick={onNavigate} className="hover:underline">
                  {group.storeName}
                </Link>
              </Heading>
              <p className="shrink-0 text-xs text-muted-foreground tabular-nums">
                <span className="sr-only">Subtotal from {group.storeName}: </span>
                {formatINR(group.subtotalPaise)}
              </p>
            </div>
            <ul className="divide-y">
              {group.lines.map((line) => (
                <CartLine key={line.key} line={line} error={errors[line.key] ?? null} onQuantity={changeQuantity} onNavigate={onNavigate} />
              ))}
            </ul>
          </section>
        ))}
      </div>
      {summary}
    </div>
  )
}
