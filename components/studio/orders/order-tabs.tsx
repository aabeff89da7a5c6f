import Link from 'next/link'
import { cn } from '@/lib/utils'
import {
  SELLER_ORDER_TAB_LABELS,
  SELLER_ORDER_TABS,
  sellerOrderListQuery,
  type SellerOrderListParams,
  type SellerOrderTab,
} from '@/lib/validations/seller-orders'

const chip = (active: boolean) =>
  cn(
    'inline-flex h-9 items-center gap-1.5 rounded-full border px-3 text-sm font-medium whitespace-nowrap outline-none focus-visible:ring-2 focus-visible:ring-ring',
    active ? 'border-foreground bg-foreground text-background' : 'border-input bg-card hover:bg-accent',
  )

/** Status groups as links (the tab is in the URL), each with how many orders match the search. */
export function OrderTabs({ base, params, counts }: { base: string; params: SellerOrderListParams; counts: Record<SellerOrderTab, number> }) {
  return (
    <nav aria-label="Order status" className="-mx-4 overflow-x-auto px-4 pb-1 sm:mx-0 sm:px-0">
      <ul className="flex gap-2">
        {SELLER_ORDER_TABS.map((tab) => {
          const active = params.tab === tab
          return (
            <li key={tab}>
              <Link href={`${base}${sellerOrderListQuery(params, { tab })}`} aria-current={active ? 'page' : undefined} className={chip(active)}>
                {SELLER_ORDER_TAB_LABELS[tab]}
                <span className={cn('rounded-full px-1.5 text-xs tabular-nums', active ? 'bg-background/20' : 'bg-muted')}>
                  {counts[tab].toLocaleString('en-IN')}
                  <span className="sr-only">{counts[tab] === 1 ? ' order' : ' orders'}</span>
                </span>
              </Link>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
