import { ExternalLinkIcon } from 'lucide-react'

export type ParcelView = { courier: string | null; awb: string | null; trackingUrl: string | null; status: string }

/** Courier, AWB and a link to the courier's own tracking page. */
export function ShipmentDetails({ parcel, label }: { parcel: ParcelView; label?: string }) {
  return (
    <div className="grid gap-2 text-sm">
      {label ? <p className="font-medium">{label}</p> : null}
      <dl className="grid grid-cols-[6rem_1fr] gap-x-3 gap-y-1">
        <dt className="text-muted-foreground">Courier</dt>
        <dd>{parcel.courier ?? 'Being assigned'}</dd>
        <dt className="text-muted-foreground">AWB</dt>
        <dd className="font-mono break-all">{parcel.awb ?? 'Not yet issued'}</dd>
      </dl>
      {parcel.trackingUrl ? (
        <a
          href={parcel.trackingUrl}
          target="_blank"
          rel="noopener noreferrer"
          className="inline-flex w-fit items-center gap-1.5 font-medium text-primary-ink underline-offset-4 hover:underline focus-visible:rounded-sm focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none"
        >
          Track on {parcel.courier ?? 'the courier'}’s site
          <ExternalLinkIcon aria-hidden="true" className="size-3.5" />
          <span className="sr-only">(opens in a new tab)</span>
        </a>
      ) : null}
    </div>
  )
}
