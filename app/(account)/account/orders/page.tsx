import { ShoppingBagIcon } from 'lucide-react'
import type { Metadata } from 'next'
import Link from 'next/link'
import { Pagination } from '@/components/catalog/pagination'
import { EmptyState } from '@/components/layout/empty-state'
import { PageHeader } from '@/components/layout/page-header'
import { OrderList } from '@/components/orders/order-list'
import { Button } from '@/components/ui/button'
import { getDb } from '@/db'
import { requireUser } from '@/lib/auth'
import { getBuyerOrders, parseOrdersPage } from '@/lib/dal/buyer-orders'

export const metadata: Metadata = { title: 'Your orders', robots: { index: false, follow: false } }

export default async function OrdersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const page = parseOrdersPage((await searchParams).page)
  const user = await requireUser(page > 1 ? `/account/orders?page=${page}` : '/account/orders')
  const list = await getBuyerOrders(getDb(), user.id, page)
  const href = (p: number) => (p > 1 ? `/account/orders?page=${p}` : '/account/orders')

  return (
    <div className="mx-auto w-full max-w-3xl px-4 pt-8 pb-16 sm:px-6">
      <PageHeader
        eyebrow={
          <Link href="/account" className="hover:underline">
            ← Your account
          </Link>
        }
        title="Your orders"
        description={list.total > 0 ? `${list.total.toLocaleString('en-IN')} ${list.total === 1 ? 'order' : 'orders'}, newest first.` : undefined}
      />
      {list.sections.length === 0 ? (
        <EmptyState
          icon={ShoppingBagIcon}
          title={page > 1 ? 'Nothing more here' : 'No orders yet'}
          description={page > 1 ? 'You have reached the end of your orders.' : 'When you buy something, you can follow it here from payment to your door.'}
          action={
            <Button asChild>
              {page > 1 ? <Link href="/account/orders">Back to your latest orders</Link> : <Link href="/">Start shopping</Link>}
            </Button>
          }
        />
      ) : (
        <>
          <OrderList sections={list.sections} />
          <Pagination page={page} totalPages={list.pageCount} href={href} />
        </>
      )}
    </div>
  )
}
