import Link from 'next/link'
import type { SellerOrderRow } from '@/lib/dal/seller-orders'
import { formatINR } from '@/lib/utils'
import { formatOrderTime } from './format'
import { OrderStatusBadge } from './order-status-badge'

/** The inbox rows. On phones the secondary columns fold into the first cell. */
export function OrderTable({ storeId, rows }: { storeId: string; rows: SellerOrderRow[] }) {
  return (
    <div className="overflow-x-auto rounded-xl border bg-card">
      <table className="w-full text-sm">
        <caption className="sr-only">Orders, newest first</caption>
        <thead className="border-b bg-muted/50 text-left text-xs font-medium text-muted-foreground">
          <tr>
            <th scope="col" className="py-2 pl-3">Order</th>
            <th scope="col" className="hidden py-2 pl-3 md:table-cell">Buyer</th>
            <th scope="col" className="hidden py-2 pl-3 lg:table-cell">Items</th>
            <th scope="col" className="py-2 pl-3 text-right">Total</th>
            <th scope="col" className="hidden py-2 pl-3 sm:table-cell">Payment</th>
            <th scope="col" className="py-2 pr-3 pl-3">Status</th>
          </tr>
        </thead>
        <tbody className="divide-y">
          {rows.map((row) => (
            <tr key={row.id} className="align-top hover:bg-muted/30">
              <td className="py-3 pl-3">
                <div className="grid min-w-0 gap-0.5">
                  <Link href={`/studio/${storeId}/orders/${row.id}`} className="font-medium text-primary-ink underline-offset-4 hover:underline">
                    {row.number}
                  </Link>
                  <time dateTime={row.placedAt} className="text-xs text-muted-foreground">
                    {formatOrderTime(row.placedAt)}
                  </time>
                  <p className="text-xs md:hidden">
                    {row.buyerName}
                    {row.city ? <span className="text-muted-foreground">, {row.city}</span> : null}
                  </p>
                  <p className="line-clamp-2 text-xs break-words text-muted-foreground lg:hidden">{row.itemsSummary}</p>
                  <p className="text-xs text-muted-foreground sm:hidden">{row.prepaid ? 'Prepaid' : 'COD'}</p>
                </div>
              </td>
              <td className="hidden py-3 pl-3 md:table-cell">
                <div className="max-w-48 truncate">{row.buyerName}</div>
                {row.city ? <div className="text-xs text-muted-foreground">{row.city}</div> : null}
              </td>
              <td className="hidden max-w-64 py-3 pl-3 break-words lg:table-cell">{row.itemsSummary}</td>
              <td className="py-3 pl-3 text-right whitespace-nowrap tabular-nums">{formatINR(row.totalPaise)}</td>
              <td className="hidden py-3 pl-3 whitespace-nowrap sm:table-cell">{row.prepaid ? 'Prepaid' : 'COD'}</td>
              <td className="py-3 pr-3 pl-3">
                <OrderStatusBadge status={row.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
