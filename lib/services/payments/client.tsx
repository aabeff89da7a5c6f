'use client'

import { useState, type ComponentProps, type ReactNode } from 'react'
import { Button } from '@/components/ui/button'
import { devPayUrl, isDevPayMessage, type DevPayMessage } from './dev-pay-messages'
import type { CheckoutResult } from './types'

export type CheckoutOptions = {
  provider: 'razorpay' | 'simulated'
  keyId: string
  orderId: string
  amountPaise: number
  /** Merchant name shown in the checkout header ("Haat"). */
  name: string
  description: string
  prefill?: { name?: string; email?: string; contact?: string }
}

export type CheckoutOutcome =
  | { status: 'success'; response: CheckoutResult }
  | { status: 'failed'; error: { code: string; description: string } }
  | { status: 'dismissed' }

/**
 * Opens the payment window for a gateway order and resolves once with what happened. The
 * result is only the browser's word: the server confirms a payment by its signature or webhook.
 */
export function openCheckout(options: CheckoutOptions): Promise<CheckoutOutcome> {
  return options.provider === 'razorpay' ? openRazorpay(options) : openSimulated(options)
}

// --- Razorpay Checkout (checkout.js) ---

type RazorpayFailure = { error?: { code?: string; description?: string } }
type RazorpayInstance = { open: () => void; close: () => void; on: (event: 'payment.failed', handler: (response: RazorpayFailure) => void) => void }
type RazorpayConstructor = new (options: Record<string, unknown>) => RazorpayInstance

const CHECKOUT_JS = 'https://checkout.razorpay.com/v1/checkout.js'
let checkoutScript: Promise<RazorpayConstructor> | null = null

function loadCheckoutJs(): Promise<RazorpayConstructor> {
  const existing = (window as unknown as { Razorpay?: RazorpayConstructor }).Razorpay
  if (existing) return Promise.resolve(existing)
  checkoutScript ??= new Promise<RazorpayConstructor>((resolve, reject) => {
    const script = document.createElement('script')
    script.src = CHECKOUT_JS
    script.async = true
    script.onload = () => {
      const loaded = (window as unknown as { Razorpay?: RazorpayConstructor }).Razorpay
      if (loaded) resolve(loaded)
      else reject(new Error('checkout.js loaded without Razorpay'))
    }
    script.onerror = () => {
      script.remove()
      reject(new Error('checkout.js could not be loaded'))
    }
    document.head.appendChild(script)
  }).catch((error: unknown) => {
    checkoutScript = null
    throw error
  })
  return checkoutScript
}

async function openRazorpay(options: CheckoutOptions): Promise<CheckoutOutcome> {
  let Razorpay: RazorpayConstructor
  try {
    Razorpay = await loadCheckoutJs()
  } catch {
    return { status: 'failed', error: { code: 'CHECKOUT_UNAVAILABLE', description: 'The payment window could not be loaded. Check your connection and try again.' } }
  }
  return new Promise<CheckoutOutcome>((resolve) => {
    let settled = false
    const settle = (outcome: CheckoutOutcome) => {
      if (settled) return
      settled = true
      resolve(outcome)
    }
    const checkout = new Razorpay({
      key: options.keyId,
      order_id: options.orderId,
      amount: options.amountPaise,
      currency: 'INR',
      name: options.name,
      description: options.description,
      prefill: options.prefill ?? {},
      handler: (response: CheckoutResult) => settle({ status: 'success', response }),
      modal: { ondismiss: () => settle({ status: 'dismissed' }), escape: true },
    })
    checkout.on('payment.failed', (response) => {
      settle({
        status: 'failed',
        error: { code: response.error?.code ?? 'PAYMENT_FAILED', description: response.error?.description ?? 'The payment failed. Try again.' },
      })
      // Haat shows the failure and offers a retry itself, so Checkout's own retry screen is closed.
      checkout.close()
    })
    checkout.open()
  })
}

// --- The simulated gateway's checkout (/dev/pay in an overlay iframe) ---

let closeOpenOverlay: (() => void) | null = null

function openSimulated(options: CheckoutOptions): Promise<CheckoutOutcome> {
  closeOpenOverlay?.()
  return new Promise<CheckoutOutcome>((resolve) => {
    const previouslyFocused = document.activeElement instanceof HTMLElement ? document.activeElement : null
    const narrow = window.matchMedia('(max-width: 480px)').matches
    const backdrop = element('div', { position: 'fixed', inset: '0', zIndex: '2147483000', display: 'flex', alignItems: 'center', justifyContent: 'center', background: 'rgba(15, 17, 35, 0.62)' })
    const dialog = element('div', {
      width: narrow ? '100vw' : 'min(100vw, 440px)',
      height: narrow ? '100dvh' : 'min(100dvh, 680px)',
      borderRadius: narrow ? '0' : '14px',
      overflow: 'hidden',
      background: '#fff',
      boxShadow: '0 24px 64px rgba(0, 0, 0, 0.35)',
    })
    dialog.setAttribute('role', 'dialog')
    dialog.setAttribute('aria-modal', 'true')
    dialog.setAttribute('aria-label', 'Haat Pay (simulated)')
    const iframe = element('iframe', { width: '100%', height: '100%', border: '0', display: 'block' })
    iframe.title = 'Haat Pay (simulated)'
    iframe.src = devPayUrl({ orderId: options.orderId, keyId: options.keyId, name: options.name, description: options.description, prefill: options.prefill })
    // Focus may only be inside the iframe: the sentinels send Tab and Shift+Tab back to it.
    const sentinels = [element('div', {}), element('div', {})]
    for (const sentinel of sentinels) {
      sentinel.tabIndex = 0
      sentinel.addEventListener('focus', () => iframe.focus())
    }
    dialog.append(sentinels[0] as HTMLElement, iframe, sentinels[1] as HTMLElement)
    backdrop.append(dialog)

    // Everything else on the page is inert while the payment window is open.
    const madeInert = [...document.body.children].filter((child): child is HTMLElement => child instanceof HTMLElement && !child.inert)
    for (const child of madeInert) child.inert = true
    const overflow = document.body.style.overflow
    document.body.style.overflow = 'hidden'
    document.body.append(backdrop)

    const onMessage = (event: MessageEvent) => {
      if (event.origin !== window.location.origin || event.source !== iframe.contentWindow || !isDevPayMessage(event.data)) return
      finish(toOutcome(event.data))
    }
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault()
        finish({ status: 'dismissed' })
      }
    }
    const finish = (outcome: CheckoutOutcome) => {
      window.removeEventListener('message', onMessage)
      document.removeEventListener('keydown', onKey, true)
      backdrop.remove()
      for (const child of madeInert) child.inert = false
      document.body.style.overflow = overflow
      previouslyFocused?.focus()
      closeOpenOverlay = null
      resolve(outcome)
    }
    closeOpenOverlay = () => finish({ status: 'dismissed' })
    window.addEventListener('message', onMessage)
    document.addEventListener('keydown', onKey, true)
    iframe.addEventListener('load', () => iframe.focus())
    iframe.focus()
  })
}

function toOutcome(message: DevPayMessage): CheckoutOutcome {
  if (message.type === 'success') return { status: 'success', response: message.response }
  if (message.type === 'failed') return { status: 'failed', error: { code: message.error.code, description: message.error.description } }
  return { status: 'dismissed' }
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, style: Partial<CSSStyleDeclaration>): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag)
  Object.assign(node.style, style)
  return node
}

// --- A button that opens checkout ---

type PayButtonProps = Omit<ComponentProps<typeof Button>, 'onClick' | 'children'> & {
  /** Called on click to create (or reuse) the gateway order; null cancels. */
  prepare: () => Promise<CheckoutOptions | null>
  onOutcome: (outcome: CheckoutOutcome) => void | Promise<void>
  children: ReactNode
  pendingLabel?: ReactNode
}

/** Creates the order via `prepare`, opens checkout, and reports the outcome; disabled meanwhile. */
export function PayButton({ prepare, onOutcome, children, pendingLabel = 'Opening payment…', disabled, ...props }: PayButtonProps) {
  const [busy, setBusy] = useState(false)
  return (
    <Button
      {...props}
      disabled={disabled || busy}
      aria-busy={busy || undefined}
      onClick={async () => {
        setBusy(true)
        try {
          const options = await prepare()
          if (options) await onOutcome(await openCheckout(options))
        } finally {
          setBusy(false)
        }
      }}
    >
      {busy ? pendingLabel : children}
    </Button>
  )
}
