import { and, asc, eq } from 'drizzle-orm'
import { CheckCircle2Icon, ClockIcon, XCircleIcon } from 'lucide-react'
import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { PendingRefresher } from '@/components/checkout/pending-refresher'
import { Button } from '@/components/ui/button'
import { getDb } from '@/db'
import { orderGroups, orders, stores } from '@/db/schema'
import { requireUser } from '@/lib/auth'
import { orderStatusLabel } from '@/lib/domain/order-state'
import { formatINR } from '@/lib/utils'

export const metadata: Metadata = { title: 'Order placed', robots: { index: false } }

export default async function CheckoutCompletePage({ params }: PageProps<'/checkout/complete/[groupId]'>) {
  const { groupId } = await params
  const user = await requireUser(`/checkout/complete/${groupId}`)
  if (!/^[0-9a-f-]{36}$/i.test(groupId)) notFound()
  const db = getDb()
  const [group] = await db.select().from(orderGroups).where(and(eq(orderGroups.id, groupId), eq(orderGroups.buyerId, user.id)))
  if (!group) notFound()
  const rows = await db
    .select({ id: orders.id, number: orders.number, status: orders.status, totalPaise: orders.totalPaise, storeName: stores.name })
    .from(orders)
    .innerJoin(stores, eq(stores.id, orders.storeId))
    .where(eq(orders.groupId, groupId))
    .orderBy(asc(orders.number))

  const waiting = rows.some((o) => o.status === 'pending_payment')
  const cancelled = rows.every((o) => o.status === 'cancelled')
  const cod = group.paymentMethod === 'cod'
  const Icon = cancelled ? XCircleIcon : waiting ? ClockIcon : CheckCircle2Icon
  const title = cancelled ? 'This order was cancelled' : waiting ? 'Confirming your payment…' : 'Thank you — your order is placed'

  return (
    <div className="mx-auto grid w-full max-w-2xl gap-6 px-4 py-10">
      <div className="grid justify-items-center gap-3 text-center">
        <Icon className={cancelled ? 'text-destructive size-12' : waiting ? 'text-muted-foreground size-12' : 'size-12 text-emerald-600'} aria-hidden />
        <h1 className="text-2xl font-semibold tracking-tight">{title}</h1>
        <p className="text-muted-foreground" role="status">
          {cancelled
            ? 'Nothing was charged, or any payment is being refunded automatically.'
            : waiting
              ? 'This usually takes a few seconds. You can leave this page: we email you as soon as the payment is confirmed.'
              : cod
                ? `Pay ${formatINR(group.totalPaise)} in cash when it arrives. We've emailed your confirmation.`
                : `We received ${formatINR(group.totalPaise)}. We've emailed your confirmation.`}
        </p>
        {waiting ? <PendingRefresher /> : null}
      </div>
      <ul className="bg-card divide-y rounded-lg border" aria-label="Orders in this checkout">
        {rows.map((o) => (
          <li key={o.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-3">
            <div>
              <Link href={`/account/orders/${o.id}`} className="font-medium underline-offset-4 hover:underline">
                {o.number}
              </Link>
              <p className="text-muted-foreground text-sm">from {o.storeName}</p>
            </div>
            <div className="text-right text-sm">
              <p className="font-medium tabular-nums">{formatINR(o.totalPaise)}</p>
              <p className="text-muted-foreground">{orderStatusLabel(o.status)}</p>
            </div>
          </li>
        ))}
      </ul>
      <div className="flex flex-wrap justify-center gap-2">
        <Button asChild>
          <Link href="/account/orders">View your orders</Link>
        </Button>
        <Button asChild variant="outline">
          <Link href="/">Continue shopping</Link>
        </Button>
      </div>
    </div>
  )
}
