import { randomBytes, timingSafeEqual } from 'node:crypto'
import type { DbOrTx } from '@/db/client'
import { getEmbeddedRecord, insertEmbeddedRecord, listEmbeddedRecords, updateEmbeddedRecord } from '@/db/queries/embedded-records'
import { ShippingError } from './errors'
import { parseTrackingResponse, type ShiprocketScan } from './shiprocket-tracking'
import { renderLabelHtml } from './simulated-label'
import { applyStepsTo, nextStepOf, shipmentFrom, webhookPayload, type SimulatedShipment } from './simulated-shipment'
import { CANCELLED_SCAN, numericId, PICKUP_SCHEDULED_SCAN, simulatedAwb } from './simulated-timeline'
import { WebhookSender, type WebhookDelivery } from './simulated-webhooks'
import type { AssignedAwb, CreatedShipment, ReturnInput, ShipmentInput, ShipmentStatus, Tracking } from './types'

export type { SimulatedShipment } from './simulated-shipment'

/** How long the simulated courier takes per step of a journey when nobody hurries it from /dev/shipping. */
export const SIMULATED_STEP_MS = 2 * 60_000

export type SimulatedCourierOptions = {
  /** A database, or a getter so the connection opens on first use rather than at import. */
  db: DbOrTx | (() => DbOrTx)
  /** The app's public URL: labels are served from it and webhooks sent to it. */
  appUrl: string
  webhookToken: string
  stepMs?: number
  now?: () => Date
  fetch?: typeof fetch
  retryDelaysMs?: readonly number[]
  /** See WebhookSenderOptions.retryInProcess. */
  retryWebhooksInProcess?: boolean
  onWebhookError?: (error: unknown) => void
}

const SHIPMENT = { service: 'shipping', kind: 'shipment' } as const

/**
 * The embedded courier's state and clock. Shipments are rows in embedded_records (service
 * 'shipping', kind 'shipment', keyed by shipment id); every change is a row-locked
 * read-modify-write, and a change that adds scans sends a tracking webhook after it commits.
 */
export class SimulatedCourier {
  readonly stepMs: number
  readonly webhooks: WebhookSender
  private readonly now: () => Date
  private readonly appUrl: string

  constructor(private readonly options: SimulatedCourierOptions) {
    this.stepMs = options.stepMs ?? SIMULATED_STEP_MS
    this.now = options.now ?? (() => new Date())
    this.appUrl = options.appUrl.replace(/\/+$/, '')
    this.webhooks = new WebhookSender({
      db: () => this.db(),
      url: `${this.appUrl}/api/webhooks/shiprocket`,
      token: options.webhookToken,
      fetch: options.fetch,
      now: this.now,
      retryDelaysMs: options.retryDelaysMs,
      retryInProcess: options.retryWebhooksInProcess,
      onError: options.onWebhookError,
    })
  }

  private db(): DbOrTx {
    return typeof this.options.db === 'function' ? this.options.db() : this.options.db
  }

  async create(input: ShipmentInput | ReturnInput): Promise<CreatedShipment> {
    for (let attempt = 0; attempt < 5; attempt++) {
      const shipment = shipmentFrom(input, { providerOrderId: numericId(), providerShipmentId: numericId(), now: this.now(), labelKey: randomBytes(18).toString('base64url') })
      if (await insertEmbeddedRecord(this.db(), { ...SHIPMENT, id: shipment.providerShipmentId }, shipment))
        return { providerOrderId: shipment.providerOrderId, providerShipmentId: shipment.providerShipmentId }
    }
    throw new ShippingError('The simulated courier could not allocate a shipment id')
  }

  async assignAwb(providerShipmentId: string): Promise<AssignedAwb> {
    const shipment = await this.change(providerShipmentId, (s) => {
      if (s.awb) return null
      if (s.status === 'cancelled') throw new ShippingError(`Shipment ${providerShipmentId} is cancelled`, 400)
      return { ...s, awb: simulatedAwb(), awbAssignedAt: this.now().toISOString() }
    })
    const awb = shipment.awb as string
    return { awb, courier: shipment.courier, trackingUrl: `${this.appUrl}/dev/shipping/track/${awb}` }
  }

  async schedulePickup(providerShipmentId: string): Promise<{ pickupScheduledAt: Date }> {
    const shipment = await this.change(providerShipmentId, (s) => {
      if (!s.awb) throw new ShippingError(`Shipment ${providerShipmentId} has no AWB yet; assign one before asking for a pickup`, 400)
      if (s.status !== 'created') {
        if (s.pickupScheduledAt) return null
        throw new ShippingError(`Shipment ${providerShipmentId} is ${s.status.replace(/_/g, ' ')}; a pickup cannot be scheduled`, 400)
      }
      const at = new Date(this.now().getTime() + this.stepMs)
      return applyStepsTo(
        { ...s, status: 'pickup_scheduled', pickupScheduledAt: at.toISOString(), nextStepAt: at.toISOString(), clock: 'running' },
        [PICKUP_SCHEDULED_SCAN],
        this.now(),
      )
    })
    await this.notify(shipment)
    return { pickupScheduledAt: new Date(shipment.pickupScheduledAt as string) }
  }

  async label(providerShipmentId: string): Promise<{ labelUrl: string }> {
    const shipment = await this.get(providerShipmentId)
    if (!shipment.awb) throw new ShippingError(`Shipment ${providerShipmentId} has no AWB yet; a label needs one`, 400)
    return { labelUrl: `${this.appUrl}/dev/shipping/label/${shipment.awb}?key=${shipment.labelKey}` }
  }

  /** The label page's HTML when `key` is the shipment's label key; null for anything else. */
  async labelDocument(awb: string, key: string): Promise<string | null> {
    const shipment = /^\d{14}$/.test(awb) ? await this.findByAwb(awb) : null
    if (!shipment) return null
    const a = Buffer.from(key)
    const b = Buffer.from(shipment.labelKey)
    if (a.length !== b.length || !timingSafeEqual(a, b)) return null
    return renderLabelHtml({
      ...shipment,
      awb,
      orderDate: new Date(shipment.orderDate),
      routingCode: `${shipment.zone}/${shipment.delivery.pin.slice(0, 3)}`,
    })
  }

  async track(awb: string): Promise<Tracking> {
    const shipment = await this.findByAwb(awb)
    if (!shipment) throw new ShippingError(`The simulated courier has no shipment with AWB ${awb}`, 404)
    const latest = shipment.scans.at(-1)
    // The tracking API's shape, read by the same parser as Shiprocket's, so dedupe keys match the webhook's.
    return parseTrackingResponse(awb, {
      tracking_data: {
        track_status: 1,
        shipment_status: latest ? Number(latest['sr-status']) : undefined,
        shipment_track: [{ awb_code: awb, current_status: statusLabel(shipment, latest) }],
        shipment_track_activities: [...shipment.scans].reverse(),
      },
    })
  }

  async cancel(providerOrderId: string): Promise<void> {
    const [found] = await listEmbeddedRecords<SimulatedShipment>(this.db(), { ...SHIPMENT, field: { name: 'providerOrderId', equals: providerOrderId }, limit: 1 })
    if (!found) throw new ShippingError(`The simulated courier has no order ${providerOrderId}`, 404)
    const shipment = await this.change(found.providerShipmentId, (s) => {
      if (s.status === 'cancelled') return null
      if (s.status !== 'created' && s.status !== 'pickup_scheduled')
        throw new ShippingError(`Order ${providerOrderId} is already ${s.status.replace(/_/g, ' ')}; it can only be cancelled before pickup`, 400)
      const stopped: SimulatedShipment = { ...s, status: 'cancelled', nextStepAt: null, clock: 'stopped' }
      return s.awb ? applyStepsTo(stopped, [CANCELLED_SCAN], this.now()) : stopped
    })
    await this.notify(shipment)
  }

  /** Moves a parcel one step along its journey, or straight on to `to` (RTO and loss included). */
  async advance(awb: string, to?: ShipmentStatus): Promise<SimulatedShipment> {
    const found = await this.findByAwb(awb)
    if (!found) throw new ShippingError(`The simulated courier has no shipment with AWB ${awb}`, 404)
    const shipment = await this.change(found.providerShipmentId, (s) => {
      const next = nextStepOf(s, to, this.now(), this.stepMs)
      if ('error' in next) throw new ShippingError(next.error, 409)
      return next.shipment
    })
    await this.notify(shipment)
    return shipment
  }

  /** Advances every running shipment whose next step is due at `now` by one step, and retries due webhooks. */
  async tick(now: Date): Promise<{ advanced: number; webhooksRetried: number }> {
    const running = await listEmbeddedRecords<SimulatedShipment>(this.db(), { ...SHIPMENT, field: { name: 'clock', equals: 'running' }, limit: 1000 })
    let advanced = 0
    for (const candidate of running) {
      if (!candidate.nextStepAt || Date.parse(candidate.nextStepAt) > now.getTime()) continue
      let moved = false
      const shipment = await this.change(candidate.providerShipmentId, (s) => {
        // Re-checked under the lock: another tick may have moved it since the list was read.
        if (s.clock !== 'running' || !s.nextStepAt || Date.parse(s.nextStepAt) > now.getTime()) return null
        const next = nextStepOf(s, undefined, now, this.stepMs)
        if ('error' in next) return { ...s, nextStepAt: null, clock: 'stopped' }
        moved = true
        return next.shipment
      })
      if (moved) {
        advanced++
        await this.notify(shipment)
      }
    }
    return { advanced, webhooksRetried: await this.webhooks.deliverDue(now) }
  }

  /** Sends the last webhook's body again, as a new delivery. */
  async resendLastWebhook(awb: string): Promise<WebhookDelivery> {
    const shipment = await this.findByAwb(awb)
    const last = shipment?.lastDeliveryId ? await this.webhooks.get(shipment.lastDeliveryId) : null
    if (!shipment || !last) throw new ShippingError(`No webhook has been sent for AWB ${awb} yet`, 404)
    const delivery = await this.webhooks.enqueueBody(awb, last.body)
    await this.change(shipment.providerShipmentId, (s) => ({ ...s, lastDeliveryId: delivery.id }))
    return delivery
  }

  /** Newest first, for /dev/shipping. */
  async list(limit = 200): Promise<SimulatedShipment[]> {
    const all = await listEmbeddedRecords<SimulatedShipment>(this.db(), { ...SHIPMENT, limit: 5000 })
    return all.reverse().slice(0, limit)
  }

  lastDelivery(shipment: SimulatedShipment): Promise<WebhookDelivery | null> {
    return shipment.lastDeliveryId ? this.webhooks.get(shipment.lastDeliveryId) : Promise.resolve(null)
  }

  async findByAwb(awb: string): Promise<SimulatedShipment | null> {
    const [shipment] = await listEmbeddedRecords<SimulatedShipment>(this.db(), { ...SHIPMENT, field: { name: 'awb', equals: awb }, limit: 1 })
    return shipment ?? null
  }

  private async get(providerShipmentId: string): Promise<SimulatedShipment> {
    const shipment = await getEmbeddedRecord<SimulatedShipment>(this.db(), { ...SHIPMENT, id: providerShipmentId })
    if (!shipment) throw new ShippingError(`The simulated courier has no shipment ${providerShipmentId}`, 404)
    return shipment
  }

  private async change(providerShipmentId: string, fn: (s: SimulatedShipment) => SimulatedShipment | null): Promise<SimulatedShipment> {
    const next = await updateEmbeddedRecord<SimulatedShipment>(this.db(), { ...SHIPMENT, id: providerShipmentId }, (s) => {
      const changed = fn(s)
      return changed ? { ...changed, updatedAt: this.now().toISOString() } : null
    })
    if (!next) throw new ShippingError(`The simulated courier has no shipment ${providerShipmentId}`, 404)
    return next
  }

  /** After a commit that added scans: Shiprocket posts the whole history each time. */
  private async notify(shipment: SimulatedShipment): Promise<void> {
    if (!shipment.awb || shipment.scans.length === 0 || shipment.notifiedScans === shipment.scans.length) return
    const delivery = await this.webhooks.enqueue(shipment.awb, webhookPayload(shipment, this.now()))
    await this.change(shipment.providerShipmentId, (s) => ({ ...s, lastDeliveryId: delivery.id, notifiedScans: Math.max(s.notifiedScans, shipment.scans.length) }))
  }
}

function statusLabel(shipment: SimulatedShipment, latest: ShiprocketScan | undefined): string {
  if (latest) return latest['sr-status-label'] ?? ''
  return shipment.awb ? 'AWB ASSIGNED' : 'NEW'
}
