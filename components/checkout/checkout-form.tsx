'use client'

import { LockIcon } from 'lucide-react'
import { usePathname, useRouter, useSearchParams } from 'next/navigation'
import { useState, useTransition } from 'react'
import { abandonCheckoutAction, confirmPaymentAction, paymentFailedAction, placeOrderAction } from '@/app/(account)/checkout/actions'
import { AddressPicker } from '@/components/address/address-picker'
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import type { SavedAddress } from '@/lib/validations/address'
import { openCheckout } from '@/lib/services/payments/client'
import { formatINR } from '@/lib/utils'
import { CodConfirm } from './cod-confirm'
import { CouponField } from './coupon-field'
import { PaymentMethods, type Method } from './payment-methods'

export type CheckoutSummary = {
  blocked: string | null
  undeliverable: string | null
  subtotalPaise: number
  discountPaise: number
  shippingPaise: number
  totalPaise: number
  coupon: string | null
  couponError: string | null
  codAvailable: boolean
  codReason: string | null
  itemCount: number
}

type Props = {
  /** "cart" or the buy-now line, passed back to the server as is. */
  source: string
  addresses: SavedAddress[]
  selectedAddressId: string | null
  quote: CheckoutSummary
  couponCode: string | null
  buyer: { name: string; email: string; phone: string }
}

type Placed = { groupId: string; totalPaise: number; orderNumbers: string[] }
type Phase = { kind: 'form' } | { kind: 'cod'; placed: Placed; sentTo: string | null } | { kind: 'unpaid'; placed: Placed; retry: () => Promise<void> }

/**
 * Address, coupon, payment method and the Pay button. Everything with a price is computed on the
 * server (the page re-renders for a new address or coupon); this component sends only choices.
 */
export function CheckoutForm({ source, addresses, selectedAddressId, quote, couponCode, buyer }: Props) {
  const router = useRouter()
  const pathname = usePathname()
  const params = useSearchParams()
  const [method, setMethod] = useState<Method>('upi')
  const [error, setError] = useState<{ message: string; fields?: Record<string, string[] | undefined> } | null>(null)
  const [phase, setPhase] = useState<Phase>({ kind: 'form' })
  const [pending, startTransition] = useTransition()
  const [navigating, startNavigation] = useTransition()

  function setParam(name: string, value: string | null) {
    const next = new URLSearchParams(params.toString())
    if (value) next.set(name, value)
    else next.delete(name)
    startNavigation(() => router.replace(`${pathname}?${next.toString()}`, { scroll: false }))
  }

  const effectiveMethod: Method = method === 'cod' && !quote.codAvailable ? 'upi' : method
  const cannotPay = quote.blocked ?? quote.undeliverable ?? (selectedAddressId ? null : 'Add a delivery address to continue.')

  async function pay(placed: Placed, payment: { provider: 'razorpay' | 'simulated'; keyId: string; gatewayOrderId: string; amountPaise: number }) {
    const outcome = await openCheckout({
      provider: payment.provider,
      keyId: payment.keyId,
      orderId: payment.gatewayOrderId,
      amountPaise: payment.amountPaise,
      name: 'Haat',
      description: placed.orderNumbers.join(', '),
      prefill: { name: buyer.name, email: buyer.email, contact: buyer.phone },
    })
    if (outcome.status === 'success') {
      const confirmed = await confirmPaymentAction({ groupId: placed.groupId, response: outcome.response })
      if (!confirmed.ok) {
        setError({ message: confirmed.formError ?? 'We could not confirm the payment.' })
        return
      }
      router.push(`/checkout/complete/${placed.groupId}`)
      return
    }
    if (outcome.status === 'failed') {
      await paymentFailedAction({ groupId: placed.groupId })
      setPhase({ kind: 'form' })
      setError({ message: `Payment failed: ${outcome.error.description} Nothing was charged and your items are back in stock — try again or choose another method.` })
      router.refresh()
      return
    }
    setPhase({ kind: 'unpaid', placed, retry: () => pay(placed, payment) })
  }

  function placeOrder() {
    if (!selectedAddressId) return
    setError(null)
    startTransition(async () => {
      const result = await placeOrderAction({ source, addressId: selectedAddressId, couponCode: quote.coupon ?? couponCode, method: effectiveMethod })
      if (!result.ok) {
        setError({ message: result.formError ?? 'Something went wrong.', fields: result.fieldErrors })
        router.refresh()
        return
      }
      const placed = { groupId: result.data.groupId, totalPaise: result.data.totalPaise, orderNumbers: result.data.orderNumbers }
      if (result.data.cod) {
        setPhase({ kind: 'cod', placed, sentTo: result.data.cod.otpSentTo })
        return
      }
      if (result.data.payment) await pay(placed, result.data.payment)
    })
  }

  if (phase.kind === 'cod') {
    return <CodConfirm groupId={phase.placed.groupId} totalPaise={phase.placed.totalPaise} orderNumbers={phase.placed.orderNumbers} sentTo={phase.sentTo} />
  }

  return (
    <div className="grid gap-6 lg:sticky lg:top-20">
      <section aria-labelledby="checkout-address" className="grid gap-3">
        <h2 id="checkout-address" className="sr-only">
          Delivery address
        </h2>
        <AddressPicker
          addresses={addresses}
          selectedId={selectedAddressId}
          onSelect={(id) => setParam('address', id)}
          onAdded={(address) => setParam('address', address.id)}
          defaults={{ name: buyer.name, phone: buyer.phone }}
          disabled={pending}
        />
        {quote.undeliverable ? (
          <p className="text-destructive text-sm" role="alert">
            {quote.undeliverable} Choose another address.
          </p>
        ) : null}
      </section>

      <CouponField applied={quote.coupon} error={quote.couponError} initial={couponCode ?? ''} onApply={(code) => setParam('coupon', code)} busy={navigating} />

      <PaymentMethods value={effectiveMethod} onChange={setMethod} codAvailable={quote.codAvailable} codReason={quote.codReason} disabled={pending} />

      <section aria-labelledby="checkout-summary" className="bg-card grid gap-3 rounded-lg border p-4" aria-busy={navigating || undefined}>
        <h2 id="checkout-summary" className="font-semibold">
          Order summary
        </h2>
        <dl className="grid grid-cols-[1fr_auto] gap-x-4 gap-y-1.5 text-sm">
          <dt className="text-muted-foreground">Items ({quote.itemCount})</dt>
          <dd className="text-right tabular-nums">{formatINR(quote.subtotalPaise)}</dd>
          {quote.discountPaise > 0 ? (
            <>
              <dt className="text-muted-foreground">Coupon {quote.coupon}</dt>
              <dd className="text-right text-emerald-700 tabular-nums dark:text-emerald-400">−{formatINR(quote.discountPaise)}</dd>
            </>
          ) : null}
          <dt className="text-muted-foreground">Delivery</dt>
          <dd className="text-right tabular-nums">{quote.shippingPaise === 0 ? 'Free' : formatINR(quote.shippingPaise)}</dd>
          <dt className="border-t pt-2 font-semibold">Total</dt>
          <dd className="border-t pt-2 text-right font-semibold tabular-nums" data-testid="checkout-total">
            {formatINR(quote.totalPaise)}
          </dd>
        </dl>

        {error ? (
          <Alert variant="destructive" role="alert">
            <AlertTitle>We couldn&apos;t place your order</AlertTitle>
            <AlertDescription>{error.message}</AlertDescription>
          </Alert>
        ) : null}

        {phase.kind === 'unpaid' ? (
          <div className="grid gap-2" role="status">
            <p className="text-sm">
              Payment not completed. We&apos;re holding your items for 15 minutes ({phase.placed.orderNumbers.join(', ')}).
            </p>
            <Button onClick={() => startTransition(phase.retry)} disabled={pending}>
              Pay {formatINR(phase.placed.totalPaise)}
            </Button>
            <Button
              variant="ghost"
              disabled={pending}
              onClick={() =>
                startTransition(async () => {
                  await abandonCheckoutAction({ groupId: phase.placed.groupId })
                  setPhase({ kind: 'form' })
                  router.refresh()
                })
              }
            >
              Cancel this order
            </Button>
          </div>
        ) : (
          <>
            <Button size="lg" onClick={placeOrder} disabled={pending || navigating || cannotPay !== null} aria-describedby={cannotPay ? 'checkout-blocked' : undefined}>
              <LockIcon className="size-4" aria-hidden />
              {pending ? 'Placing your order…' : effectiveMethod === 'cod' ? `Place order · ${formatINR(quote.totalPaise)}` : `Pay ${formatINR(quote.totalPaise)}`}
            </Button>
            {cannotPay ? (
              <p id="checkout-blocked" className="text-muted-foreground text-sm">
                {cannotPay}
              </p>
            ) : null}
          </>
        )}
        <p className="text-muted-foreground text-xs">Prices and delivery are confirmed when you place the order. Unpaid orders are released after 15 minutes.</p>
      </section>
    </div>
  )
}
