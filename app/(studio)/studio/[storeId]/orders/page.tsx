import { InboxIcon, SearchXIcon } from 'lucide-react'
import type { Metadata } from 'next'
import Link from 'next/link'
import { Pagination } from '@/components/catalog/pagination'
import { EmptyState } from '@/components/layout/empty-state'
import { PageHeader } from '@/components/layout/page-header'
import { OrderFilters } from '@/components/studio/orders/order-filters'
import { OrderTable } from '@/components/studio/orders/order-table'
import { OrderTabs } from '@/components/studio/orders/order-tabs'
import { Button } from '@/components/ui/button'
import { getSellerOrderInbox } from '@/lib/dal/seller-orders'
import { parseSellerOrderListParams, SELLER_ORDER_TAB_LABELS, sellerOrderListQuery, type SellerOrderTab } from '@/lib/validations/seller-orders'

export const metadata: Metadata = { title: 'Orders · Seller studio', robots: { index: false } }

const EMPTY_TAB: Record<SellerOrderTab, string> = {
  all: 'No orders here.',
  to_pack: 'Nothing to pack: every paid order is packed.',
  to_ship: 'Nothing waiting to ship.',
  in_transit: 'No parcels are with the courier right now.',
  delivered: 'No delivered orders yet.',
  returns: 'No returns. Return requests from buyers appear here.',
  closed: 'No cancelled or refunded orders.',
}

export default async function OrdersPage({ params, searchParams }: PageProps<'/studio/[storeId]/orders'>) {
  const { storeId } = await params
  const list = parseSellerOrderListParams(await searchParams)
  const inbox = await getSellerOrderInbox(storeId, list)
  const base = `/studio/${storeId}/orders`
  const searching = Boolean(list.q || list.from || list.to)
  const shown = inbox.total === 1 ? '1 order' : `${inbox.total.toLocaleString('en-IN')} orders`

  return (
    <>
      <PageHeader title="Orders" description="Paid orders from your store, newest first. Pack them, book the courier and handle returns from here." />
      {inbox.counts.all === 0 && !searching ? (
        <EmptyState
          icon={InboxIcon}
          title="No orders yet"
          description="When a buyer pays for something from your store, the order appears here for you to pack and ship."
          action={
            <Button asChild variant="outline">
              <Link href={`/studio/${storeId}/products`}>Go to your products</Link>
            </Button>
          }
        />
      ) : (
        <div className="grid gap-4">
          <OrderTabs base={base} params={list} counts={inbox.counts} />
          <OrderFilters base={base} params={list} />
          {inbox.rows.length === 0 ? (
            <EmptyState
              icon={SearchXIcon}
              title={searching ? 'No orders match' : EMPTY_TAB[list.tab]}
              description={searching ? 'Try another order number, name or dates, or another tab.' : undefined}
              action={
                searching ? (
                  <Button asChild variant="outline">
                    <Link href={`${base}${sellerOrderListQuery({ ...list, q: '', from: '', to: '' })}`}>Clear search</Link>
                  </Button>
                ) : null
              }
            />
          ) : (
            <>
              <p className="text-sm text-muted-foreground" role="status">
                {SELLER_ORDER_TAB_LABELS[list.tab]}: {shown}
                {inbox.pageCount > 1 ? ` · page ${list.page} of ${inbox.pageCount}` : ''}
              </p>
              <OrderTable storeId={storeId} rows={inbox.rows} />
              <Pagination page={list.page} totalPages={inbox.pageCount} href={(page) => `${base}${sellerOrderListQuery(list, { page })}`} />
            </>
          )}
        </div>
      )}
    </>
  )
}
