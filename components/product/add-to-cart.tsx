'use client'

import { LoaderCircleIcon, ShoppingCartIcon, ZapIcon } from 'lucide-react'
import { useRouter } from 'next/navigation'
import { useId, useState, useTransition } from 'react'
import { addToCartAction, buyNowAction } from '@/components/cart/actions'
import { publishCart } from '@/components/cart/cart-events'
import { Button } from '@/components/ui/button'
import { cn } from '@/lib/utils'
import { useProductVariant } from './product-variant-context'

type AddToCartProps = {
  productTitle: string
  /** Set when bought from a live show, for live prices and attribution. */
  showId?: string | null
  className?: string
}

const OFFLINE = 'We couldn’t reach Haat. Check your connection and try again.'

/**
 * Add to cart and Buy now for the variant chosen on the page. Both are disabled, with the reason
 * beside them, while nothing can be bought; after adding, the cart drawer opens and says so.
 */
export function AddToCart({ productTitle, showId = null, className }: AddToCartProps) {
  const { product, variant, offer } = useProductVariant()
  const router = useRouter()
  const reasonId = useId()
  const [adding, startAdding] = useTransition()
  const [buying, startBuying] = useTransition()
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null)

  const needsVariant = product.variants.length > 0 && !variant
  const reason = needsVariant
    ? `Choose ${product.options.map((o) => o.name.toLowerCase()).join(' and ') || 'an option'} first.`
    : offer.stock <= 0
      ? variant
        ? 'This option is out of stock. Choose another.'
        : 'Out of stock.'
      : null
  const input = { productId: product.id, variantId: variant?.id ?? null, quantity: 1, showId }
  const busy = adding || buying

  function add() {
    if (busy) return
    setMessage(null)
    startAdding(async () => {
      try {
        const result = await addToCartAction(input)
        if (!result.ok) return setMessage({ text: result.formError ?? 'We couldn’t add this to your cart. Try again.', error: true })
        const text = result.data.notice ?? `Added ${productTitle} to your cart.`
        // The drawer announces it when it opens; without one, say it here.
        if (!publishCart({ cart: result.data.cart, open: true, announcement: text })) setMessage({ text, error: false })
      } catch {
        setMessage({ text: OFFLINE, error: true })
      }
    })
  }

  function buy() {
    if (busy) return
    setMessage(null)
    startBuying(async () => {
      try {
        const result = await buyNowAction(input)
        if (result.ok) router.push(result.data.redirectTo)
        else setMessage({ text: result.formError ?? 'We couldn’t start checkout. Try again.', error: true })
      } catch {
        setMessage({ text: OFFLINE, error: true })
      }
    })
  }

  return (
    <div className={cn('flex flex-col gap-2', className)}>
      <div className="grid grid-cols-2 gap-3 sm:flex">
        <Button
          type="button"
          size="lg"
          variant="outline"
          onClick={add}
          // aria-disabled while busy keeps focus on the button, so the drawer hands it back here.
          disabled={reason !== null}
          aria-disabled={busy || undefined}
          aria-busy={adding || undefined}
          aria-describedby={reason ? reasonId : undefined}
          className="border-2 has-[>svg]:px-3 sm:min-w-44 sm:has-[>svg]:px-5"
        >
          {adding ? <LoaderCircleIcon aria-hidden="true" className="animate-spin" /> : <ShoppingCartIcon aria-hidden="true" />}
          Add to cart
        </Button>
        <Button
          type="button"
          size="lg"
          onClick={buy}
          disabled={reason !== null}
          aria-disabled={busy || undefined}
          aria-busy={buying || undefined}
          aria-describedby={reason ? reasonId : undefined}
          className="has-[>svg]:px-3 sm:min-w-44 sm:has-[>svg]:px-5"
        >
          {buying ? <LoaderCircleIcon aria-hidden="true" className="animate-spin" /> : <ZapIcon aria-hidden="true" />}
          Buy now
        </Button>
      </div>
      {reason ? (
        <p id={reasonId} data-testid="add-to-cart-reason" className="text-sm font-medium text-muted-foreground">
          {reason}
        </p>
      ) : null}
      <p role="status" aria-live="polite" className={cn('text-sm', message ? (message.error ? 'font-medium text-destructive' : 'text-success') : 'sr-only')}>
        {message?.text}
      </p>
    </div>
  )
}
