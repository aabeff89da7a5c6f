import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { Badge } from '@/components/ui/badge'
import { ShippingError, type ShipmentStatus } from '@/lib/services/shipping'
import { requireDevCourier } from '../../access'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Track your parcel', robots: { index: false } }

const timeFormat = new Intl.DateTimeFormat('en-IN', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Kolkata' })
const words = (status: ShipmentStatus) => status.charAt(0).toUpperCase() + status.slice(1).replace(/_/g, ' ')

/** The simulated courier's public tracking page (the `trackingUrl` buyers get): scans only, no addresses. */
export default async function SimulatedTrackingPage({ params }: { params: Promise<{ awb: string }> }) {
  const { courier } = requireDevCourier()
  const { awb } = await params
  if (!courier || !/^\d{14}$/.test(awb)) notFound()
  const tracking = await courier.track(awb).catch((error: unknown) => {
    if (error instanceof ShippingError && error.status === 404) notFound()
    throw error
  })
  const scans = [...tracking.scans].reverse()

  return (
    <main className="mx-auto grid w-full max-w-2xl gap-6 px-4 py-10">
      <header className="grid gap-2">
        <p className="text-xs font-semibold tracking-wide text-muted-foreground uppercase">Simulated Courier</p>
        <h1 className="text-2xl font-semibold tracking-tight">
          AWB <span className="font-mono break-all">{awb}</span>
        </h1>
        <p className="flex items-center gap-2 text-sm">
          Status <Badge variant={tracking.status === 'delivered' ? 'success' : 'secondary'}>{words(tracking.status)}</Badge>
        </p>
      </header>
      {scans.length === 0 ? (
        <p className="text-sm text-muted-foreground">No scans yet: the courier records the first one when the pickup is booked.</p>
      ) : (
        <ol className="grid gap-0 border-l-2 pl-4" aria-label="Tracking history, newest first">
          {scans.map((scan) => (
            <li key={scan.dedupeKey} className="relative pb-4">
              <span aria-hidden="true" className="absolute top-1.5 -left-[1.4rem] size-2.5 rounded-full bg-primary" />
              <p className="font-medium">{scan.label}</p>
              <p className="text-sm text-muted-foreground">
                <time dateTime={scan.occurredAt.toISOString()}>{timeFormat.format(scan.occurredAt)}</time>
                {scan.location ? ` · ${scan.location}` : ''}
              </p>
            </li>
          ))}
        </ol>
      )}
    </main>
  )
}
