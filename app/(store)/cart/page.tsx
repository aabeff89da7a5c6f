import type { Metadata } from 'next'
import { CartPageView } from '@/components/cart/cart-page-view'
import { PageHeader } from '@/components/layout/page-header'
import { getCurrentUser } from '@/lib/auth'
import { getCurrentCart } from '@/lib/cart/session'

export const metadata: Metadata = { title: 'Cart', robots: { index: false, follow: false } }

export default async function CartPage() {
  const user = await getCurrentUser()
  const cart = await getCurrentCart(user?.id ?? null)
  return (
    <div className="mx-auto w-full max-w-6xl px-4 pt-6 pb-16 sm:px-6">
      <PageHeader
        title="Your cart"
        description={user ? undefined : 'Your cart is kept on this device. Sign in to keep it on your account too — we’ll add these items to it.'}
      />
      <CartPageView initialCart={cart} />
    </div>
  )
}
