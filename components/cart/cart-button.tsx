'use client'

import { ShoppingCartIcon } from 'lucide-react'
import dynamic from 'next/dynamic'
import Link from 'next/link'
import { useEffect, useState } from 'react'
import { Button } from '@/components/ui/button'
import { subscribeCart } from './cart-events'
import type { CartOpenRequest } from './cart-drawer'

const loadDrawer = () => import('./cart-drawer')

// The drawer (Radix dialog, lines, steppers, actions) is fetched on first use, so the header adds
// only this button to every page's JavaScript.
const CartDrawer = dynamic(() => loadDrawer().then((m) => m.CartDrawer), {
  ssr: false,
  loading: () => (
    <div className="fixed inset-0 z-50 bg-black/55" role="status">
      <span className="sr-only">Opening your cart…</span>
    </div>
  ),
})

function countLabel(count: number): string {
  return count === 0 ? 'Cart, empty' : `Cart, ${count} ${count === 1 ? 'item' : 'items'}`
}

/**
 * The header's cart: a link to /cart that, once JavaScript is running, opens the cart drawer
 * instead (a modified click still opens the page). The badge follows every cart the page
 * publishes, and the server's count after each navigation.
 */
export function CartButton({ count: serverCount }: { count: number }) {
  const [count, setCount] = useState(serverCount)
  const [lastServerCount, setLastServerCount] = useState(serverCount)
  const [open, setOpen] = useState(false)
  const [request, setRequest] = useState<CartOpenRequest | null>(null)

  if (serverCount !== lastServerCount) {
    setLastServerCount(serverCount)
    setCount(serverCount)
  }

  useEffect(
    () =>
      subscribeCart((detail, event) => {
        setCount(detail.cart.itemCount)
        if (!detail.open) return
        event.preventDefault()
        setRequest((r) => ({ id: (r?.id ?? 0) + 1, cart: detail.cart, announcement: detail.announcement }))
        setOpen(true)
      }),
    [],
  )

  function openDrawer(event: React.MouseEvent<HTMLAnchorElement>) {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
    event.preventDefault()
    setRequest((r) => ({ id: (r?.id ?? 0) + 1, cart: null }))
    setOpen(true)
  }

  const safeCount = Number.isFinite(count) && count > 0 ? Math.floor(count) : 0
  return (
    <>
      <Button asChild variant="ghost" size="icon" className="relative rounded-full">
        <Link
          href="/cart"
          // A plain click opens the drawer; only a new-tab click loads the page, so nothing to prefetch.
          prefetch={false}
          aria-label={countLabel(safeCount)}
          aria-haspopup="dialog"
          aria-expanded={open}
          data-testid="header-cart"
          onClick={openDrawer}
          onPointerEnter={() => void loadDrawer()}
          onFocus={() => void loadDrawer()}
        >
          <ShoppingCartIcon aria-hidden="true" className="size-5" />
          {safeCount > 0 ? (
            <span
              aria-hidden="true"
              data-testid="header-cart-count"
              className="absolute -top-0.5 -right-0.5 flex h-5 min-w-5 items-center justify-center rounded-full bg-live px-1 text-[11px] leading-none font-bold text-live-foreground tabular-nums ring-2 ring-background"
            >
              {safeCount > 99 ? '99+' : safeCount}
            </span>
          ) : null}
        </Link>
      </Button>
      {request ? <CartDrawer open={open} onOpenChange={setOpen} request={request} /> : null}
    </>
  )
}
