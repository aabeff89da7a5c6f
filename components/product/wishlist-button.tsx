'use client'

import { HeartIcon } from 'lucide-react'
import Link from 'next/link'
import { usePathname, useRouter } from 'next/navigation'
import { useOptimistic, useState, useTransition } from 'react'
import { toast } from '@/components/ui/toast'
import { cn } from '@/lib/utils'
import { setWishlistAction } from './actions'

type WishlistButtonProps = {
  productId: string
  productTitle: string
  initialSaved: boolean
  signedIn: boolean
  /** `icon`: a round button over a card image; `full`: the product page's labelled button. */
  variant?: 'icon' | 'full'
  className?: string
}

const iconClass =
  'relative z-10 flex size-9 items-center justify-center rounded-full bg-background/90 text-foreground shadow-sm ring-1 ring-foreground/10 backdrop-blur transition-colors outline-none hover:bg-background focus-visible:ring-2 focus-visible:ring-ring'
const fullClass =
  'inline-flex h-12 w-full items-center justify-center gap-2 rounded-xl border-2 px-6 text-base font-semibold transition-colors outline-none focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-offset-2 focus-visible:ring-offset-background sm:w-auto'

/**
 * The wishlist heart: the one owner of this product's saved state on the page. It shows the
 * change at once and settles on what the server answered; signed-out visitors go to sign-in first.
 */
export function WishlistButton({ productId, productTitle, initialSaved, signedIn, variant = 'icon', className }: WishlistButtonProps) {
  const pathname = usePathname()
  const router = useRouter()
  const [saved, setSaved] = useState(initialSaved)
  const [optimisticSaved, setOptimisticSaved] = useOptimistic(saved)
  const [, startTransition] = useTransition()
  const [announcement, setAnnouncement] = useState('')
  const signInHref = `/sign-in?callbackUrl=${encodeURIComponent(pathname)}`
  const label = variant === 'icon' ? `Save ${productTitle} to wishlist` : 'Save to wishlist'

  const heart = (filled: boolean) => (
    <HeartIcon
      aria-hidden="true"
      className={cn(variant === 'icon' ? 'size-[18px]' : 'size-5', filled ? 'fill-live text-live' : 'text-current')}
    />
  )

  if (!signedIn) {
    return (
      <Link
        href={signInHref}
        aria-label={variant === 'icon' ? `Sign in to save ${productTitle}` : undefined}
        className={cn(variant === 'icon' ? iconClass : cn(fullClass, 'border-input bg-card hover:bg-accent sm:self-start'), className)}
      >
        {heart(false)}
        {variant === 'full' ? <span>Sign in to save</span> : null}
      </Link>
    )
  }

  function toggle() {
    const next = !optimisticSaved
    startTransition(async () => {
      setOptimisticSaved(next)
      try {
        const result = await setWishlistAction({ productId, saved: next })
        if (result.ok) {
          setSaved(result.data.saved)
          setAnnouncement(result.data.saved ? `${productTitle} saved to your wishlist` : `${productTitle} removed from your wishlist`)
        } else if (result.code === 'unauthenticated') {
          router.push(signInHref)
        } else {
          toast.error(result.formError ?? 'We couldn’t update your wishlist. Try again.')
        }
      } catch {
        toast.error('We couldn’t reach Haat. Check your connection and try again.')
      }
    })
  }

  const button = (
    <button
      type="button"
      onClick={toggle}
      aria-pressed={optimisticSaved}
      aria-label={variant === 'icon' ? label : undefined}
      data-saved={optimisticSaved || undefined}
      className={cn(
        variant === 'icon'
          ? iconClass
          : cn(
              fullClass,
              optimisticSaved ? 'border-live/40 bg-live/10 text-foreground hover:bg-live/15' : 'border-input bg-card hover:bg-accent',
            ),
        className,
      )}
    >
      {heart(optimisticSaved)}
      {variant === 'full' ? <span>{label}</span> : null}
    </button>
  )
  const status = (
    <span role="status" className="sr-only">
      {announcement}
    </span>
  )

  if (variant === 'icon') {
    return (
      <>
        {button}
        {status}
      </>
    )
  }
  return (
    <div className="flex flex-col gap-2 sm:flex-row sm:items-center sm:gap-4">
      {button}
      {optimisticSaved ? (
        <Link href="/wishlist" className="text-sm font-medium text-primary-ink underline-offset-4 hover:underline">
          Saved · View your wishlist
        </Link>
      ) : null}
      {status}
    </div>
  )
}
