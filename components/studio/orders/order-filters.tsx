import { SearchIcon } from 'lucide-react'
import Link from 'next/link'
import { Button } from '@/components/ui/button'
import { Input } from '@/components/ui/input'
import { sellerOrderListQuery, type SellerOrderListParams } from '@/lib/validations/seller-orders'

/** A plain GET form: the URL holds the whole inbox state, and it works before JavaScript loads. */
export function OrderFilters({ base, params }: { base: string; params: SellerOrderListParams }) {
  const filtered = Boolean(params.q || params.from || params.to)
  return (
    <form action={base} method="get" role="search" aria-label="Search orders" className="grid gap-3 rounded-xl border bg-card p-3 sm:p-4">
      {params.tab !== 'all' ? <input type="hidden" name="tab" value={params.tab} /> : null}
      <div className="grid gap-3 md:grid-cols-[minmax(0,1fr)_auto_auto] md:items-end">
        <div>
          <label htmlFor="order-q" className="mb-1 block text-xs font-medium text-muted-foreground">
            Order number or buyer name
          </label>
          <div className="relative">
            <SearchIcon aria-hidden="true" className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-muted-foreground" />
            <Input id="order-q" name="q" type="search" defaultValue={params.q} placeholder="HT-… or a name" className="pl-9" maxLength={100} />
          </div>
        </div>
        <div className="grid grid-cols-2 gap-3">
          <div>
            <label htmlFor="order-from" className="mb-1 block text-xs font-medium text-muted-foreground">
              Placed from
            </label>
            <Input id="order-from" name="from" type="date" defaultValue={params.from} max={params.to || undefined} />
          </div>
          <div>
            <label htmlFor="order-to" className="mb-1 block text-xs font-medium text-muted-foreground">
              Placed to
            </label>
            <Input id="order-to" name="to" type="date" defaultValue={params.to} min={params.from || undefined} />
          </div>
        </div>
        <div className="flex gap-2">
          <Button type="submit" className="flex-1 md:flex-none">
            Search
          </Button>
          {filtered ? (
            <Button asChild variant="ghost">
              <Link href={`${base}${sellerOrderListQuery({ ...params, q: '', from: '', to: '' })}`}>Clear</Link>
            </Button>
          ) : null}
        </div>
      </div>
    </form>
  )
}
