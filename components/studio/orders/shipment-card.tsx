import { ExternalLinkIcon, PrinterIcon } from 'lucide-react'
import { Button } from '@/components/ui/button'
import type { SellerOrderPage } from '@/lib/dal/seller-orders'
import { formatOrderTime } from './format'

type Shipment = NonNullable<SellerOrderPage['shipment']>

/** The booked courier: AWB, pickup, label to print, and the public tracking page. */
export function ShipmentCard({ shipment, title = 'Shipment', isReturn = false }: { shipment: Shipment; title?: string; isReturn?: boolean }) {
  const id = isReturn ? 'return-shipment' : 'shipment'
  return (
    <section aria-labelledby={id} className="rounded-xl border bg-card p-4 text-sm">
      <h2 id={id} className="mb-2 font-semibold">
        {title}
      </h2>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
        <dt className="text-muted-foreground">Courier</dt>
        <dd>{shipment.courier ?? 'Being assigned'}</dd>
        <dt className="text-muted-foreground">AWB</dt>
        <dd className="font-mono break-all">{shipment.awb ?? '—'}</dd>
        <dt className="text-muted-foreground">Status</dt>
        <dd className="capitalize">{shipment.status.replaceAll('_', ' ')}</dd>
        {shipment.pickupScheduledAt ? (
          <>
            <dt className="text-muted-foreground">Pickup</dt>
            <dd>
              <time dateTime={shipment.pickupScheduledAt}>{formatOrderTime(shipment.pickupScheduledAt)}</time>
            </dd>
          </>
        ) : null}
        {shipment.deliveredAt ? (
          <>
            <dt className="text-muted-foreground">Delivered</dt>
            <dd>
              <time dateTime={shipment.deliveredAt}>{formatOrderTime(shipment.deliveredAt)}</time>
            </dd>
          </>
        ) : null}
      </dl>
      <div className="mt-3 flex flex-wrap gap-2">
        {shipment.labelUrl && !isReturn && shipment.status !== 'cancelled' ? (
          <Button asChild size="sm">
            <a href={shipment.labelUrl} target="_blank" rel="noopener">
              <PrinterIcon aria-hidden="true" /> Print label
            </a>
          </Button>
        ) : null}
        {shipment.trackingUrl ? (
          <Button asChild size="sm" variant="outline">
            <a href={shipment.trackingUrl} target="_blank" rel="noopener noreferrer">
              <ExternalLinkIcon aria-hidden="true" /> Track parcel<span className="sr-only"> (opens in a new tab)</span>
            </a>
          </Button>
        ) : null}
      </div>
    </section>
  )
}
