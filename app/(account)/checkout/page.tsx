import { ShoppingBagIcon } from 'lucide-react'
import type { Metadata } from 'next'
import Link from 'next/link'
import { CheckoutForm } from '@/components/checkout/checkout-form'
import { CheckoutLines } from '@/components/checkout/checkout-lines'
import { EmptyState } from '@/components/layout/empty-state'
import { Button } from '@/components/ui/button'
import { getDb } from '@/db'
import { requireUser } from '@/lib/auth'
import { listAddresses } from '@/lib/dal/addresses'
import { parseBuyParam, quoteCheckout, type CheckoutSource } from '@/lib/dal/checkout'
import { getShipping } from '@/lib/services/shipping'

export const metadata: Metadata = { title: 'Checkout', robots: { index: false } }

function one(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value
}

export default async function CheckoutPage({ searchParams }: PageProps<'/checkout'>) {
  const params = await searchParams
  const buy = one(params.buy)
  const here = `/checkout${buy ? `?buy=${encodeURIComponent(buy)}` : ''}`
  const user = await requireUser(here)
  const line = parseBuyParam(buy)
  const source: CheckoutSource = line ? { kind: 'buy', line } : { kind: 'cart' }

  const db = getDb()
  const addresses = await listAddresses(db, user.id)
  const requested = one(params.address)
  const address = addresses.find((a) => a.id === requested) ?? addresses.find((a) => a.isDefault) ?? addresses[0] ?? null
  const couponCode = one(params.coupon)?.trim().toUpperCase().slice(0, 20) || null
  const quote = await quoteCheckout({ db, shipping: getShipping() }, { userId: user.id, source, pin: address?.pin ?? null, couponCode, cod: false })

  const undeliverable = quote.delivery?.find((d) => !d.serviceable)

  if (quote.lines.length === 0) {
    return (
      <div className="mx-auto w-full max-w-3xl px-4 py-12">
        <EmptyState
          icon={ShoppingBagIcon}
          titleAs="h1"
          title="Nothing to check out"
          description="Your bag is empty. Add something you love and come back here to pay."
          action={
            <Button asChild>
              <Link href="/">Start shopping</Link>
            </Button>
          }
        />
      </div>
    )
  }

  return (
    <div className="mx-auto grid w-full max-w-6xl gap-6 px-4 py-6 sm:py-8">
      <h1 className="text-2xl font-semibold tracking-tight">Checkout</h1>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem] lg:items-start">
        <div className="grid min-w-0 gap-6">
          <CheckoutLines quote={quote} />
        </div>
        <CheckoutForm
          source={line ? (buy as string) : 'cart'}
          addresses={addresses}
          selectedAddressId={address?.id ?? null}
          quote={{
            blocked: quote.lines.find((l) => l.issue !== null)?.message ?? null,
            undeliverable: undeliverable?.serviceable === false ? undeliverable.reason : null,
            subtotalPaise: quote.priced?.subtotalPaise ?? 0,
            discountPaise: quote.priced?.discountPaise ?? 0,
            shippingPaise: quote.priced?.shippingPaise ?? 0,
            totalPaise: quote.priced?.totalPaise ?? 0,
            coupon: quote.priced?.coupon?.code ?? null,
            couponError: quote.priced?.couponRejection?.message ?? null,
            codAvailable: address !== null && quote.codAvailable,
            codReason: address === null ? 'Choose an address to see if cash on delivery is available.' : quote.codReason,
            itemCount: quote.lines.reduce((n, l) => n + (l.issue ? 0 : l.quantity), 0),
          }}
          couponCode={couponCode}
          buyer={{ name: user.name ?? '', email: user.email ?? '', phone: user.phone ?? '' }}
        />
      </div>
    </div>
  )
}
