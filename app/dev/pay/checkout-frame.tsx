'use client'

import { XIcon } from 'lucide-react'
import { useEffect, type ReactNode } from 'react'
import { dismissCheckout, postToParent } from './post-to-parent'

/**
 * The checkout's chrome, like Razorpay's: a dark header with the merchant, what is being paid
 * for and the amount, a close button, and Escape to abandon.
 */
export function CheckoutFrame({ merchant, description, amount, children }: { merchant: string; description?: string; amount?: string; children: ReactNode }) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      // Only inside the overlay: on its own page Escape should not navigate away.
      if (event.key === 'Escape' && !event.defaultPrevented) postToParent({ type: 'dismissed' })
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [])

  return (
    <main className="flex min-h-dvh justify-center bg-muted/40 sm:items-center sm:p-6">
      <div className="flex w-full max-w-md flex-col overflow-hidden bg-card sm:min-h-[560px] sm:rounded-xl sm:border sm:shadow-lg">
        <header className="relative bg-[#14213d] px-5 pt-5 pb-6 text-white">
          <div className="flex items-start gap-3 pr-10">
            <span aria-hidden="true" className="grid size-11 shrink-0 place-items-center rounded-lg bg-white text-lg font-bold text-[#14213d]">
              {merchant.slice(0, 1).toUpperCase()}
            </span>
            <div className="min-w-0">
              <h1 className="truncate text-lg leading-tight font-semibold">{merchant}</h1>
              {description ? <p className="mt-0.5 line-clamp-2 text-sm text-white/75">{description}</p> : null}
            </div>
          </div>
          {amount ? (
            <p className="mt-4 text-2xl font-semibold tabular-nums">
              <span className="sr-only">Amount to pay: </span>
              {amount}
            </p>
          ) : null}
          <p className="mt-2 inline-flex rounded-full bg-white/15 px-2.5 py-0.5 text-xs font-medium">Test mode · simulated gateway, no money moves</p>
          <button
            type="button"
            onClick={() => dismissCheckout()}
            className="absolute top-3 right-3 grid size-9 place-items-center rounded-full text-white/85 hover:bg-white/15 focus-visible:ring-2 focus-visible:ring-white focus-visible:outline-none"
            aria-label="Close checkout"
          >
            <XIcon className="size-5" aria-hidden="true" />
          </button>
        </header>
        <div className="flex flex-1 flex-col p-5">{children}</div>
        <footer className="border-t px-5 py-3 text-center text-xs text-muted-foreground">Haat Pay (simulated) · signatures and webhooks as Razorpay sends them</footer>
      </div>
    </main>
  )
}
