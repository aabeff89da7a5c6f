import type { Metadata } from 'next'
import { WebhookIcon } from 'lucide-react'
import { EmptyState } from '@/components/layout/empty-state'
import { Badge } from '@/components/ui/badge'
import type { GatewayPayment, WebhookDelivery } from '@/lib/services/payments'
import { formatINR } from '@/lib/utils'
import { requireDevPayLog } from '../access'
import { ResendButton } from './resend-button'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Simulated gateway log', robots: { index: false } }

const SHOWN = 40
const timeFormat = new Intl.DateTimeFormat('en-IN', { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'Asia/Kolkata' })
const time = (iso: string) => timeFormat.format(new Date(iso))

type Tone = 'success' | 'secondary' | 'destructive' | 'outline'
const paymentTone: Record<GatewayPayment['status'], Tone> = {
  created: 'outline',
  authorized: 'outline',
  captured: 'success',
  refunded: 'secondary',
  failed: 'destructive',
}
const deliveryTone: Record<WebhookDelivery['status'], Tone> = { delivered: 'success', pending: 'outline', failed: 'destructive' }

export default async function DevPayLogPage() {
  const { gateway } = await requireDevPayLog('/dev/pay/log')
  const activity = gateway ? await gateway.recentActivity(SHOWN) : { payments: [], deliveries: [] }

  return (
    <main className="mx-auto grid w-full max-w-5xl gap-10 px-4 py-10">
      <header>
        <p className="text-xs font-semibold tracking-wide text-muted-foreground uppercase">Development</p>
        <h1 className="text-2xl font-semibold tracking-tight">Simulated payment gateway</h1>
        <p className="mt-1 text-sm text-muted-foreground">
          {gateway
            ? `Recent payments and the webhooks sent for them, newest first (latest ${SHOWN}). Resend replays an event with the same id and body, as Razorpay's dashboard does.`
            : 'Payments go through Razorpay on this deployment; the simulated gateway is not in use.'}
        </p>
      </header>

      <section aria-labelledby="payments-heading" className="grid gap-3">
        <h2 id="payments-heading" className="text-lg font-semibold">Payments</h2>
        {activity.payments.length === 0 ? (
          <p className="text-sm text-muted-foreground">No payments yet. Check out an order and pay at /dev/pay.</p>
        ) : (
          <div className="overflow-x-auto rounded-xl border bg-card">
            <table className="w-full min-w-[640px] text-sm">
              <thead className="border-b text-left text-xs text-muted-foreground">
                <tr>
                  <th scope="col" className="px-4 py-2 font-medium">Payment</th>
                  <th scope="col" className="px-4 py-2 font-medium">Order</th>
                  <th scope="col" className="px-4 py-2 font-medium">Method</th>
                  <th scope="col" className="px-4 py-2 text-right font-medium">Amount</th>
                  <th scope="col" className="px-4 py-2 font-medium">Status</th>
                  <th scope="col" className="px-4 py-2 font-medium">Time</th>
                </tr>
              </thead>
              <tbody className="divide-y">
                {activity.payments.map((p) => (
                  <tr key={p.id}>
                    <td className="px-4 py-2 font-mono text-xs">{p.id}</td>
                    <td className="px-4 py-2 font-mono text-xs">{p.orderId}</td>
                    <td className="px-4 py-2">{p.method ?? '—'}</td>
                    <td className="px-4 py-2 text-right tabular-nums">
                      {formatINR(p.amountPaise)}
                      {p.amountRefundedPaise > 0 ? <span className="block text-xs text-muted-foreground">{formatINR(p.amountRefundedPaise)} refunded</span> : null}
                    </td>
                    <td className="px-4 py-2">
                      <Badge variant={paymentTone[p.status]}>{p.status}</Badge>
                      {p.errorDescription ? <span className="mt-1 block text-xs text-muted-foreground">{p.errorDescription}</span> : null}
                    </td>
                    <td className="px-4 py-2 text-xs whitespace-nowrap text-muted-foreground">{time(p.createdAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="webhooks-heading" className="grid gap-3">
        <h2 id="webhooks-heading" className="text-lg font-semibold">Webhook deliveries</h2>
        {activity.deliveries.length === 0 ? (
          <EmptyState icon={WebhookIcon} title="No webhooks sent yet" description="Each payment and refund on the simulated gateway sends its events to /api/webhooks/razorpay; they will be listed here." />
        ) : (
          <ul className="divide-y overflow-hidden rounded-xl border bg-card">
            {activity.deliveries.map((d) => {
              const last = d.attempts.at(-1)
              return (
                <li key={d.id} className="grid gap-2 px-4 py-3 sm:grid-cols-[minmax(0,1fr)_auto] sm:items-center">
                  <div className="min-w-0">
                    <p className="flex flex-wrap items-center gap-2">
                      <span className="font-medium">{d.event}</span>
                      <Badge variant={deliveryTone[d.status]}>{d.status}</Badge>
                      <span className="font-mono text-xs text-muted-foreground">{d.id}</span>
                    </p>
                    <p className="mt-1 text-xs text-muted-foreground">
                      {d.payment_id ?? d.order_id ?? ''} · {d.attempts.length} attempt{d.attempts.length === 1 ? '' : 's'}
                      {last ? ` · last ${last.status ?? 'no answer'}${last.error ? ` (${last.error})` : ''} at ${time(last.at)}` : ''}
                      {d.nextAttemptAt && d.status === 'pending' ? ` · next try ${time(d.nextAttemptAt)}` : ''}
                    </p>
                  </div>
                  <ResendButton deliveryId={d.id} event={d.event} />
                </li>
              )
            })}
          </ul>
        )}
      </section>
    </main>
  )
}
