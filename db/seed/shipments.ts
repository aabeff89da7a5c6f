import { toTrackingScans } from '@/lib/services/shipping/shiprocket-tracking'
import { applyStepsTo, nextStepOf, shipmentFrom, type SimulatedShipment } from '@/lib/services/shipping/simulated-shipment'
import { awbCheckDigit, PICKUP_SCHEDULED_SCAN } from '@/lib/services/shipping/simulated-timeline'
import type { ShipmentStatus } from '@/lib/services/shipping/types'
import type { Builder, OrderHistory, SeedBuyer, SeededOrder, StoreRow } from './order-rows'
import { randomString } from './random'

const HOUR = 3_600_000
const DIGITS = '0123456789'

/**
 * The parcel of a seeded order as the simulated courier would have carried it: its own document
 * (embedded_records, so /dev/shipping can move it on and label and tracking pages work), the
 * shipments row, and one shipment_events row per scan with the dedupe key the tracking webhook
 * computes, so later webhooks for the same parcel add only new scans. The courier's clock is
 * stopped: the parcel moves on only when someone advances it from /dev/shipping.
 */
export function addShipment(
  h: OrderHistory,
  b: Builder,
  input: { order: SeededOrder; store: StoreRow; buyer: SeedBuyer; method: 'prepaid' | 'cod'; upTo: Extract<ShipmentStatus, 'in_transit' | 'delivered'> },
): void {
  const { order, store, buyer } = input
  const { pending_payment: placedAt, shipped: shippedAt, out_for_delivery: ofdAt, delivered: deliveredAt } = order.times
  if (!placedAt || !shippedAt) throw new Error(`seeded shipment for ${order.number} needs placed and shipped times`)
  const bookedAt = new Date(shippedAt.getTime() - 4 * 60_000)
  const providerOrderId = randomString(b.rng, '123456789', 1) + randomString(b.rng, DIGITS, 8)
  const providerShipmentId = randomString(b.rng, '123456789', 1) + randomString(b.rng, DIGITS, 8)
  const awbBody = `7${randomString(b.rng, DIGITS, 12)}`
  const awb = awbBody + awbCheckDigit(awbBody)
  const labelKey = randomString(b.rng, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 24)

  let doc: SimulatedShipment = shipmentFrom(
    {
      orderNumber: order.number,
      orderDate: placedAt,
      pickup: {
        name: store.pickupName,
        phone: store.pickupPhone,
        line1: store.pickupLine1,
        line2: store.pickupLine2 ?? null,
        city: store.pickupCity,
        state: store.pickupState,
        pin: store.pickupPin,
      },
      delivery: { ...buyer.address },
      items: order.items.map(({ id, line }) => ({
        name: line.variant ? `${line.product.row.title} (${line.variant.title})` : line.product.row.title,
        sku: line.variant?.sku ?? line.product.row.sku ?? id.slice(0, 12),
        units: line.quantity,
        unitPricePaise: line.variant?.pricePaise ?? line.product.row.pricePaise,
      })),
      paymentMode: input.method,
      subtotalPaise: order.totalPaise,
      weightGrams: Math.max(100, order.items.reduce((sum, i) => sum + 500 * i.line.quantity, 0)),
      dimensionsCm: { length: 20, breadth: 15, height: 10 },
    },
    { providerOrderId, providerShipmentId, now: bookedAt, labelKey },
  )
  doc = { ...doc, awb, awbAssignedAt: bookedAt.toISOString() }
  doc = applyStepsTo({ ...doc, status: 'pickup_scheduled', pickupScheduledAt: shippedAt.toISOString() }, [PICKUP_SCHEDULED_SCAN], shippedAt)
  const stepTimes = [new Date(shippedAt.getTime() + 2 * HOUR), new Date(shippedAt.getTime() + 7 * HOUR)]
  if (input.upTo === 'delivered') {
    if (!ofdAt || !deliveredAt) throw new Error(`seeded delivered shipment for ${order.number} needs its delivery times`)
    stepTimes.push(ofdAt, deliveredAt)
  }
  for (const at of stepTimes) {
    const next = nextStepOf(doc, undefined, at, HOUR)
    if ('error' in next) throw new Error(`seeded shipment for ${order.number}: ${next.error}`)
    doc = next.shipment
  }
  const lastAt = stepTimes.at(-1) ?? shippedAt
  doc = { ...doc, nextStepAt: null, clock: 'stopped', notifiedScans: doc.scans.length, createdAt: bookedAt.toISOString(), updatedAt: lastAt.toISOString() }
  // The simulated courier keys its documents by shipment id under service 'shipping', kind 'shipment'.
  h.records.push({ service: 'shipping', kind: 'shipment', id: providerShipmentId, data: doc, createdAt: bookedAt, updatedAt: lastAt })

  const shipmentId = b.newId()
  h.shipments.push({
    id: shipmentId,
    orderId: order.orderId,
    provider: 'simulated',
    providerOrderId,
    providerShipmentId,
    awb,
    courier: doc.courier,
    labelUrl: `/dev/shipping/label/${awb}?key=${labelKey}`,
    trackingUrl: `/dev/shipping/track/${awb}`,
    status: doc.status,
    pickupScheduledAt: shippedAt,
    deliveredAt: doc.status === 'delivered' ? (deliveredAt ?? null) : null,
    createdAt: bookedAt,
    updatedAt: lastAt,
  })
  for (const scan of toTrackingScans(awb, doc.scans)) {
    h.shipmentEvents.push({
      id: b.newId(),
      shipmentId,
      status: scan.status,
      location: scan.location,
      description: scan.label,
      occurredAt: scan.occurredAt,
      dedupeKey: scan.dedupeKey,
      createdAt: scan.occurredAt,
    })
  }
}
