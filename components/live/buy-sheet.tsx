'use client'

import { CheckCircle2Icon, Loader2Icon } from 'lucide-react'
import Image from 'next/image'
import Link from 'next/link'
import { usePathname } from 'next/navigation'
import { useEffect, useId, useState, useTransition } from 'react'
import { abandonCheckoutAction, confirmPaymentAction, paymentFailedAction, placeOrderAction } from '@/app/(account)/checkout/actions'
import { AddressPicker } from '@/components/address/address-picker'
import { CodConfirm } from '@/components/checkout/cod-confirm'
import { PaymentMethods, type Method } from '@/components/checkout/payment-methods'
import { Button } from '@/components/ui/button'
import { Sheet, SheetContent, SheetDescription, SheetHeader, SheetTitle } from '@/components/ui/sheet'
import type { LiveBuyOptions, LiveQuote } from '@/lib/dal/live-buy'
import { openCheckout } from '@/lib/services/payments/client'
import { cn, formatINR } from '@/lib/utils'
import { liveBuyOptionsAction, liveQuoteAction } from './buy-actions'

export type BuyTarget = { productId: string; title: string; imageUrl: string | null; pricePaise: number }

type Placed = { groupId: string; totalPaise: number; orderNumbers: string[] }
type Phase =
  | { kind: 'choose' }
  | { kind: 'cod'; placed: Placed; sentTo: string | null }
  | { kind: 'unpaid'; placed: Placed; retry: () => Promise<void> }
  | { kind: 'done'; placed: Placed; cod: boolean }

type Props = {
  showId: string
  target: BuyTarget | null
  me: { userId: string; name: string; email: string; phone: string } | null
  onClose: () => void
}

/**
 * Buying during a live (SPEC §6.4): a sheet over the stream — variant, saved address, payment —
 * that never navigates away from the video. It places the order through the ordinary checkout
 * with the show's id on the line (attribution and the live price).
 */
export function BuySheet({ showId, target, me, onClose }: Props) {
  const pathname = usePathname()
  return (
    // Not modal: the payment window (Razorpay Checkout or the simulated one) opens as its own
    // overlay on the page, which a modal sheet would make inert; and the stream stays usable.
    <Sheet open={target !== null} onOpenChange={(open) => (open ? undefined : onClose())} modal={false}>
      <SheetContent
        side="right"
        className="w-full gap-0 overflow-y-auto p-0 shadow-2xl sm:max-w-md"
        data-testid="buy-sheet"
        // Clicks in the payment window or the chat must not close the sheet mid-purchase.
        onInteractOutside={(event) => event.preventDefault()}
      >
        <SheetHeader className="border-b p-4">
          <SheetTitle>Buy from the live</SheetTitle>
          <SheetDescription>The show keeps playing while you pay.</SheetDescription>
        </SheetHeader>
        {target === null ? null : me === null ? (
          <div className="grid gap-3 p-4">
            <p className="text-sm">Sign in to buy {target.title}. You’ll come straight back to the show.</p>
            <Button asChild>
              <Link href={`/sign-in?callbackUrl=${encodeURIComponent(pathname)}`}>Sign in to buy</Link>
            </Button>
          </div>
        ) : (
          <BuyFlow key={target.productId} showId={showId} target={target} me={me} />
        )}
      </SheetContent>
    </Sheet>
  )
}

function BuyFlow({ showId, target, me }: { showId: string; target: BuyTarget; me: NonNullable<Props['me']> }) {
  const [options, setOptions] = useState<LiveBuyOptions | null>(null)
  const [loadError, setLoadError] = useState<string | null>(null)
  const [variantId, setVariantId] = useState<string | null>(null)
  const [addressId, setAddressId] = useState<string | null>(null)
  const [method, setMethod] = useState<Method>('upi')
  const [quote, setQuote] = useState<LiveQuote | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [phase, setPhase] = useState<Phase>({ kind: 'choose' })
  const [pending, start] = useTransition()
  const [quoting, startQuote] = useTransition()
  const variantName = useId()

  useEffect(() => {
    let stale = false
    liveBuyOptionsAction({ showId, productId: target.productId }).then((result) => {
      if (stale) return
      if (!result.ok) return setLoadError(result.formError ?? 'We couldn’t load this product. Try again.')
      setOptions(result.data)
      const firstInStock = result.data.variants.find((v) => v.stock > 0) ?? result.data.variants[0]
      setVariantId(firstInStock?.id ?? null)
      const address = result.data.addresses.find((a) => a.isDefault) ?? result.data.addresses[0]
      setAddressId(address?.id ?? null)
    })
    return () => {
      stale = true
    }
  }, [showId, target.productId])

  useEffect(() => {
    if (!options) return
    let stale = false
    startQuote(async () => {
      const result = await liveQuoteAction({ showId, productId: target.productId, variantId, addressId })
      if (!stale) setQuote(result.ok ? result.data : null)
    })
    return () => {
      stale = true
    }
  }, [options, showId, target.productId, variantId, addressId])

  if (loadError) return <p className="text-destructive p-4 text-sm" role="alert">{loadError}</p>
  if (!options) {
    return (
      <p className="text-muted-foreground flex items-center gap-2 p-4 text-sm" role="status">
        <Loader2Icon className="size-4 animate-spin" /> Loading…
      </p>
    )
  }

  const variant = options.variants.find((v) => v.id === variantId) ?? options.variants[0]!
  const codAvailable = quote?.codAvailable ?? false
  const effectiveMethod: Method = method === 'cod' && !codAvailable ? 'upi' : method

  async function pay(placed: Placed, payment: { provider: 'razorpay' | 'simulated'; keyId: string; gatewayOrderId: string; amountPaise: number }) {
    const outcome = await openCheckout({
      provider: payment.provider,
      keyId: payment.keyId,
      orderId: payment.gatewayOrderId,
      amountPaise: payment.amountPaise,
      name: 'Haat',
      description: `${options!.product.title} · ${placed.orderNumbers.join(', ')}`,
      prefill: { name: me.name, email: me.email, contact: me.phone },
    })
    if (outcome.status === 'success') {
      const confirmed = await confirmPaymentAction({ groupId: placed.groupId, response: outcome.response })
      if (!confirmed.ok) return setError(confirmed.formError ?? 'We could not confirm the payment.')
      setPhase({ kind: 'done', placed, cod: false })
      return
    }
    if (outcome.status === 'failed') {
      await paymentFailedAction({ groupId: placed.groupId })
      setPhase({ kind: 'choose' })
      setError(`Payment failed: ${outcome.error.description} Nothing was charged — try again or choose another method.`)
      return
    }
    setPhase({ kind: 'unpaid', placed, retry: () => pay(placed, payment) })
  }

  function placeOrder() {
    if (!addressId) return setError('Add a delivery address to continue.')
    setError(null)
    start(async () => {
      const source = `${target.productId}:${variant.id ?? '-'}:1:${showId}`
      const result = await placeOrderAction({ source, addressId, couponCode: null, method: effectiveMethod })
      if (!result.ok) return setError(result.formError ?? 'Something went wrong. Try again.')
      const placed = { groupId: result.data.groupId, totalPaise: result.data.totalPaise, orderNumbers: result.data.orderNumbers }
      if (result.data.cod) return setPhase({ kind: 'cod', placed, sentTo: result.data.cod.otpSentTo })
      if (result.data.payment) await pay(placed, result.data.payment)
    })
  }

  if (phase.kind === 'done') {
    return (
      <div className="grid gap-3 p-4" role="status" data-testid="buy-done">
        <CheckCircle2Icon className="size-10 text-emerald-600" aria-hidden />
        <p className="text-lg font-semibold">{phase.cod ? 'Order confirmed' : 'Paid — order placed'}</p>
        <p className="text-sm">
          {options.product.title} · order {phase.placed.orderNumbers.join(', ')} · {formatINR(phase.placed.totalPaise)}
          {phase.cod ? ' to pay on delivery' : ''}
        </p>
        <Link href={`/account/orders`} className="text-primary text-sm underline underline-offset-2" target="_blank">
          View your orders (opens in a new tab)
        </Link>
      </div>
    )
  }
  if (phase.kind === 'cod') {
    return (
      <div className="p-4">
        <CodConfirm
          groupId={phase.placed.groupId}
          totalPaise={phase.placed.totalPaise}
          orderNumbers={phase.placed.orderNumbers}
          sentTo={phase.sentTo}
          onConfirmed={() => setPhase({ kind: 'done', placed: phase.placed, cod: true })}
        />
      </div>
    )
  }
  if (phase.kind === 'unpaid') {
    return (
      <div className="grid gap-3 p-4">
        <p className="text-sm">The payment window was closed before paying. Your item is held for 15 minutes.</p>
        <div className="flex gap-2">
          <Button onClick={() => start(phase.retry)} disabled={pending}>
            Pay {formatINR(phase.placed.totalPaise)}
          </Button>
          <Button
            variant="outline"
            onClick={() =>
              start(async () => {
                await abandonCheckoutAction({ groupId: phase.placed.groupId })
                setPhase({ kind: 'choose' })
              })
            }
          >
            Cancel order
          </Button>
        </div>
      </div>
    )
  }

  const soldOut = variant.stock <= 0
  return (
    <div className="grid gap-5 p-4">
      <div className="flex gap-3">
        <div className="bg-muted relative size-20 shrink-0 overflow-hidden rounded-lg">
          {variant.imageUrl ?? target.imageUrl ? (
            <Image src={(variant.imageUrl ?? target.imageUrl)!} alt="" fill sizes="80px" className="object-cover" />
          ) : null}
        </div>
        <div className="min-w-0">
          <p className="line-clamp-2 font-medium">{options.product.title}</p>
          <p className="mt-1 text-lg font-semibold">
            {formatINR(variant.pricePaise)}
            {variant.pricePaise < variant.listPricePaise ? (
              <span className="text-muted-foreground ml-2 text-sm font-normal line-through">{formatINR(variant.listPricePaise)}</span>
            ) : null}
          </p>
          <p className={cn('text-sm', soldOut ? 'text-destructive' : 'text-muted-foreground')}>{soldOut ? 'Sold out' : `${variant.stock} left`}</p>
        </div>
      </div>

      {options.product.hasVariants ? (
        <fieldset className="grid gap-2" disabled={pending}>
          <legend className="mb-1 text-base font-semibold">Choose</legend>
          <div className="flex flex-wrap gap-2">
            {options.variants.map((v) => (
              <label
                key={v.id}
                className={cn(
                  'has-[:checked]:border-primary has-[:checked]:bg-primary/5 has-[:focus-visible]:ring-ring cursor-pointer rounded-lg border px-3 py-2 text-sm has-[:focus-visible]:ring-2',
                  v.stock <= 0 && 'text-muted-foreground line-through',
                )}
              >
                <input type="radio" name={variantName} className="sr-only" checked={v.id === variant.id} onChange={() => setVariantId(v.id)} />
                {v.title}
                <span className="sr-only">{v.stock <= 0 ? ', sold out' : `, ${formatINR(v.pricePaise)}`}</span>
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}

      <AddressPicker
        addresses={options.addresses}
        selectedId={addressId}
        onSelect={setAddressId}
        onAdded={(address) => {
          setOptions({ ...options, addresses: [...options.addresses, address] })
          setAddressId(address.id)
        }}
        defaults={{ name: me.name, phone: me.phone }}
        disabled={pending}
      />

      <PaymentMethods value={effectiveMethod} onChange={setMethod} codAvailable={codAvailable} codReason={quote?.codReason ?? null} disabled={pending} />

      <dl className="grid grid-cols-[1fr_auto] gap-x-4 gap-y-1 text-sm" aria-busy={quoting || undefined}>
        <dt className="text-muted-foreground">Item</dt>
        <dd>{formatINR(quote?.itemPaise ?? variant.pricePaise)}</dd>
        <dt className="text-muted-foreground">Delivery</dt>
        <dd>{quote ? (quote.shippingPaise === 0 ? 'Free' : formatINR(quote.shippingPaise)) : '…'}</dd>
        <dt className="font-semibold">Total</dt>
        <dd className="font-semibold" data-testid="buy-total">
          {quote ? formatINR(quote.totalPaise) : '…'}
        </dd>
      </dl>
      {quote?.problem ? (
        <p className="text-destructive text-sm" role="alert">
          {quote.problem}
        </p>
      ) : null}
      {error ? (
        <p className="text-destructive text-sm" role="alert">
          {error}
        </p>
      ) : null}
      <Button size="lg" onClick={placeOrder} disabled={pending || soldOut || !addressId || Boolean(quote?.problem)} data-testid="buy-pay">
        {pending ? 'Placing order…' : effectiveMethod === 'cod' ? 'Place COD order' : `Pay ${quote ? formatINR(quote.totalPaise) : ''}`}
      </Button>
    </div>
  )
}
