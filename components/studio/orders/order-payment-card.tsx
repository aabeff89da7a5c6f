import type { SellerOrderPage } from '@/lib/dal/seller-orders'
import { formatINR } from '@/lib/utils'
import { formatOrderTime, paymentMethodLabel } from './format'

type Props = Pick<SellerOrderPage, 'order' | 'payment' | 'refunds'>

const PAYMENT: Record<NonNullable<SellerOrderPage['payment']>['status'], string> = {
  created: 'Not paid yet',
  authorized: 'Authorised, being captured',
  captured: 'Paid',
  failed: 'Payment failed',
  refunded: 'Refunded',
}

const REFUND: Record<SellerOrderPage['refunds'][number]['status'], string> = {
  pending: 'Refund in progress',
  processed: 'Refunded',
  failed: 'Refund failed, retrying',
  manual: 'To be refunded by bank transfer',
}

const AFTER_DELIVERY = new Set(['delivered', 'return_requested', 'return_approved', 'returned', 'refunded'])

export function OrderPaymentCard({ order, payment, refunds }: Props) {
  const cod = order.paymentMethod === 'cod'
  const status = cod ? (AFTER_DELIVERY.has(order.status) ? 'Cash collected on delivery' : 'The courier collects cash on delivery') : payment ? PAYMENT[payment.status] : 'No payment recorded'
  return (
    <section aria-labelledby="order-payment" className="rounded-xl border bg-card p-4 text-sm">
      <h2 id="order-payment" className="mb-2 font-semibold">
        Payment
      </h2>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
        <dt className="text-muted-foreground">Method</dt>
        <dd>
          {cod ? 'COD' : 'Prepaid'} · {paymentMethodLabel(order.paymentMethod)}
        </dd>
        <dt className="text-muted-foreground">Status</dt>
        <dd>{status}</dd>
        {payment?.reference && !cod ? (
          <>
            <dt className="text-muted-foreground">Reference</dt>
            <dd className="font-mono text-xs break-all">{payment.reference}</dd>
          </>
        ) : null}
      </dl>
      {refunds.length > 0 ? (
        <>
          <h3 className="mt-4 mb-1 font-medium">Refunds</h3>
          <ul className="grid gap-2">
            {refunds.map((r) => (
              <li key={r.id} className="rounded-lg bg-muted/50 px-3 py-2">
                <p className="flex justify-between gap-2">
                  <span className="font-medium tabular-nums">{formatINR(r.amountPaise)}</span>
                  <span className={r.status === 'failed' ? 'text-destructive' : undefined}>{REFUND[r.status]}</span>
                </p>
                <p className="text-xs text-muted-foreground">
                  <time dateTime={r.createdAt}>{formatOrderTime(r.createdAt)}</time>
                  {r.reason ? ` · ${r.reason}` : ''}
                </p>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  )
}
