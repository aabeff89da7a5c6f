import type { Metadata } from 'next'
import { CheckoutCard } from './checkout-card'
import { CheckoutProblem } from './checkout-problem'
import { requireDevPay } from './access'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Haat Pay (simulated)', robots: { index: false } }

type SearchParams = Promise<Record<string, string | string[] | undefined>>

const one = (value: string | string[] | undefined) => (typeof value === 'string' ? value : undefined)

// GET /dev/pay?order_id=…&key_id=… – the simulated gateway's checkout, opened in an iframe by
// openCheckout() (lib/services/payments/client.tsx), or directly by a developer.
export default async function DevPayPage({ searchParams }: { searchParams: SearchParams }) {
  const { gateway } = requireDevPay()
  const params = await searchParams
  const orderId = one(params.order_id)
  const keyId = one(params.key_id)

  if (!gateway)
    return <CheckoutProblem title="Simulated checkout is off" message="Payments on this deployment go through Razorpay, so this test checkout cannot take them." />
  if (!keyId || keyId !== gateway.publicConfig().keyId)
    return <CheckoutProblem title="Unknown merchant key" message={`This checkout was opened with ${keyId ? `the key “${keyId}”` : 'no key'}, which this gateway does not know. Close it and start the payment again.`} />
  const order = orderId && /^order_[0-9A-Za-z]{14}$/.test(orderId) ? await gateway.getOrder(orderId) : null
  if (!order)
    return <CheckoutProblem title="Order not found" message={`${orderId ? `There is no order “${orderId}”` : 'No order was given'} on the simulated gateway. Close this window and start the payment again.`} />
  if (order.status === 'paid')
    return <CheckoutProblem title="Already paid" message="This order has already been paid. Close this window; nothing more will be charged." tone="success" />

  return (
    <CheckoutCard
      orderId={order.id}
      keyId={keyId}
      amountPaise={order.amountPaise}
      merchant={one(params.name) || 'Haat'}
      description={one(params.description) ?? `Order ${order.receipt}`}
      prefill={{ email: one(params.prefill_email), contact: one(params.prefill_contact), name: one(params.prefill_name) }}
    />
  )
}
