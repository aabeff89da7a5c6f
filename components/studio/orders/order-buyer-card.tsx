import type { SellerOrderPage } from '@/lib/dal/seller-orders'
import { formatIndianPhone } from '@/lib/utils'

/** Where the parcel goes; the courier reads the same address from the booking. */
export function OrderBuyerCard({ order }: { order: SellerOrderPage['order'] }) {
  const a = order.address
  return (
    <section aria-labelledby="order-buyer" className="rounded-xl border bg-card p-4 text-sm">
      <h2 id="order-buyer" className="mb-2 font-semibold">
        Buyer and delivery address
      </h2>
      <p className="font-medium">{order.buyerName}</p>
      <address className="mt-1 grid gap-0.5 not-italic">
        {a.name !== order.buyerName ? <span>{a.name}</span> : null}
        <span className="break-words">{a.line1}</span>
        {a.line2 ? <span className="break-words">{a.line2}</span> : null}
        {a.landmark ? <span className="break-words">Near {a.landmark}</span> : null}
        <span>
          {a.city}, {a.state} {a.pin}
        </span>
        <a href={`tel:${a.phone}`} className="w-fit text-primary-ink underline-offset-4 hover:underline">
          {formatIndianPhone(a.phone)}
        </a>
      </address>
    </section>
  )
}
