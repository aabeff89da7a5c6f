import type { Metadata } from 'next'
import Link from 'next/link'
import { TruckIcon } from 'lucide-react'
import { EmptyState } from '@/components/layout/empty-state'
import { Badge } from '@/components/ui/badge'
import type { ShipmentStatus, SimulatedCourier, SimulatedShipment, WebhookDelivery } from '@/lib/services/shipping'
import { SIMULATED_STEP_MS } from '@/lib/services/shipping'
import { requireDevCourierControl } from './access'
import { RunClockButton, ShipmentControls } from './shipment-controls'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Simulated courier', robots: { index: false } }

const SHOWN = 100
const timeFormat = new Intl.DateTimeFormat('en-IN', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Kolkata' })

const words = (status: ShipmentStatus) => status.charAt(0).toUpperCase() + status.slice(1).replace(/_/g, ' ')
const tone = (status: ShipmentStatus) =>
  status === 'delivered' ? 'success' : status === 'cancelled' || status === 'lost' || status.startsWith('rto') ? 'destructive' : 'secondary'
const deliveryTone = { delivered: 'success', pending: 'outline', failed: 'destructive' } as const
const moving: readonly ShipmentStatus[] = ['pickup_scheduled', 'picked_up', 'in_transit', 'out_for_delivery', 'rto_initiated']
const withCourier: readonly ShipmentStatus[] = ['picked_up', 'in_transit', 'out_for_delivery']

function due(iso: string | null, now: number): string {
  if (!iso) return '—'
  const minutes = Math.round((Date.parse(iso) - now) / 60_000)
  const relative = minutes <= 0 ? 'due now' : `in ${minutes} min`
  return `${timeFormat.format(new Date(iso))} (${relative})`
}

async function load(courier: SimulatedCourier | null) {
  const shipments = courier ? await courier.list(SHOWN) : []
  const deliveries = courier ? await Promise.all(shipments.map((s) => courier.lastDelivery(s))) : []
  // "Next step in N min" is as of this request.
  return { shipments, deliveries, now: Date.now() }
}

export default async function DevShippingPage({ searchParams }: { searchParams: Promise<{ awb?: string }> }) {
  const { courier } = await requireDevCourierControl('/dev/shipping')
  const { awb: highlighted } = await searchParams
  const { shipments, deliveries, now } = await load(courier)

  return (
    <main className="mx-auto grid w-full max-w-5xl gap-8 px-4 py-10">
      <header className="grid gap-3">
        <div>
          <p className="text-xs font-semibold tracking-wide text-muted-foreground uppercase">Development</p>
          <h1 className="text-2xl font-semibold tracking-tight">Simulated courier</h1>
          <p className="mt-1 max-w-prose text-sm text-muted-foreground">
            {courier
              ? `Parcels booked with the simulated courier, newest first (latest ${SHOWN}). Each moves one step every ${SIMULATED_STEP_MS / 60_000} minutes on the jobs scheduler's clock; the buttons move it now. Every move posts a Shiprocket-style tracking webhook to /api/webhooks/shiprocket.`
              : 'Shipping goes through Shiprocket on this deployment; the simulated courier is not in use.'}
          </p>
        </div>
        {courier ? <RunClockButton /> : null}
      </header>

      {courier && shipments.length === 0 ? (
        <EmptyState
          icon={TruckIcon}
          title="No parcels yet"
          description="Pack an order in the seller studio and create its shipment; it will appear here with its AWB."
        />
      ) : (
        <ul className="grid gap-3" aria-label="Simulated shipments">
          {shipments.map((s, i) => (
            <ShipmentCard key={s.providerShipmentId} shipment={s} delivery={deliveries[i] ?? null} now={now} highlighted={s.awb === highlighted} />
          ))}
        </ul>
      )}
    </main>
  )
}

function ShipmentCard({ shipment: s, delivery, now, highlighted }: { shipment: SimulatedShipment; delivery: WebhookDelivery | null; now: number; highlighted: boolean }) {
  const lastAttempt = delivery?.attempts.at(-1)
  const title = s.awb ? `AWB ${s.awb}` : `Shipment ${s.providerShipmentId}`
  return (
    <li className={`grid gap-3 rounded-xl border bg-card p-4 ${highlighted ? 'ring-2 ring-ring' : ''}`} aria-current={highlighted ? 'true' : undefined}>
      <div className="flex flex-wrap items-center gap-2">
        <h2 className="font-mono text-sm font-semibold break-all">{title}</h2>
        <Badge variant={tone(s.status)}>{words(s.status)}</Badge>
        {s.isReturn ? <Badge variant="outline">Return</Badge> : null}
        {s.leg === 'rto' ? <Badge variant="outline">RTO</Badge> : null}
      </div>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr_auto_1fr]">
        <dt className="text-muted-foreground">Order</dt>
        <dd className="min-w-0 font-mono text-xs break-all">{s.orderNumber}</dd>
        <dt className="text-muted-foreground">Route</dt>
        <dd>
          {s.pickup.city} → {s.delivery.city}
        </dd>
        <dt className="text-muted-foreground">Next step</dt>
        <dd>{s.status === 'created' ? (s.awb ? 'Waiting for a pickup request' : 'Waiting for an AWB') : due(s.nextStepAt, now)}</dd>
        <dt className="text-muted-foreground">Webhook</dt>
        <dd className="flex flex-wrap items-center gap-2">
          {delivery ? (
            <>
              <Badge variant={deliveryTone[delivery.state]}>{delivery.state}</Badge>
              <span className="text-xs text-muted-foreground">
                {delivery.attempts.length} attempt{delivery.attempts.length === 1 ? '' : 's'}
                {lastAttempt ? `, last ${lastAttempt.status ?? 'no answer'}${lastAttempt.error && lastAttempt.status === null ? ` (${lastAttempt.error})` : ''}` : ''}
              </span>
            </>
          ) : (
            <span className="text-muted-foreground">None sent</span>
          )}
        </dd>
      </dl>
      {s.awb ? (
        <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          <Link className="text-primary-ink underline underline-offset-2" href={`/dev/shipping/label/${s.awb}?key=${s.labelKey}`} target="_blank" rel="noreferrer">
            Print label<span className="sr-only"> for {title} (opens in a new tab)</span>
          </Link>
          <Link className="text-primary-ink underline underline-offset-2" href={`/dev/shipping/track/${s.awb}`}>
            Tracking page<span className="sr-only"> for {title}</span>
          </Link>
        </p>
      ) : null}
      {s.awb ? (
        <ShipmentControls
          awb={s.awb}
          canAdvance={moving.includes(s.status)}
          canDeliver={moving.includes(s.status) && s.leg !== 'rto'}
          canRto={s.leg === 'forward' && withCourier.includes(s.status)}
          canResend={delivery !== null}
        />
      ) : null}
    </li>
  )
}
