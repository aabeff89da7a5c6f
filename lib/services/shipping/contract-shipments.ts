import { randomUUID } from 'node:crypto'
import { beforeEach, describe, expect, it } from 'vitest'
import type { ShippingContractSetup } from './contract'
import { ShippingError } from './errors'
import { expectedTrackingWebhook, shiprocketTrackingWebhook } from './shiprocket-webhook.fixture'
import type { DeliveryAddress, PickupAddress, ReturnInput, ShipmentInput, ShipmentStatus, TrackingScan } from './types'

export type CapturedWebhook = { headers: Headers; body: unknown }

const seller: PickupAddress = {
  name: 'Kala Crafts Pune',
  phone: '+91 98220 11111',
  email: 'dispatch@kala.example',
  line1: '14 FC Road, Shivajinagar',
  line2: null,
  city: 'Pune',
  state: 'Maharashtra',
  pin: '411005',
}
const buyer: DeliveryAddress = {
  name: 'Asha Rani Verma',
  phone: '+919876543210',
  line1: 'Flat 3B, Gomti Apartments',
  line2: 'Hazratganj',
  landmark: 'Opposite GPO',
  city: 'Lucknow',
  state: 'Uttar Pradesh',
  pin: '226001',
}
const orderNumber = () => `HT-${randomUUID().slice(0, 8).toUpperCase()}`

export function parcel(overrides: Partial<ShipmentInput> = {}): ShipmentInput {
  return {
    orderNumber: orderNumber(),
    orderDate: new Date(),
    pickup: seller,
    delivery: buyer,
    items: [{ name: 'Block-printed kurta', sku: 'KURTA-M-INDIGO', units: 2, unitPricePaise: 1499_00 }],
    paymentMode: 'cod',
    subtotalPaise: 2998_00,
    weightGrams: 750,
    dimensionsCm: { length: 30, breadth: 25, height: 4 },
    ...overrides,
  }
}

function returnOf(original: ShipmentInput): ReturnInput {
  const { paymentMode: _paymentMode, ...rest } = original
  return { ...rest, orderNumber: `${original.orderNumber}-R`, originalOrderNumber: original.orderNumber, pickup: buyer, delivery: { ...seller, landmark: null } }
}

/** True when `wanted` appears in `statuses` in that order, other statuses in between allowed. */
function inOrder(statuses: ShipmentStatus[], wanted: ShipmentStatus[]): boolean {
  let i = 0
  for (const status of statuses) if (status === wanted[i]) i++
  return i === wanted.length
}

/** Orders, AWBs, pickups, labels, tracking, cancellation, returns and the tracking webhook. */
export function runShipmentContract(name: string, setup: () => Promise<ShippingContractSetup>): void {
  describe(`shipment contract: ${name}`, () => {
    let ctx: ShippingContractSetup
    beforeEach(async () => {
      ctx = await setup()
    })

    async function book(input = parcel()) {
      const created = await ctx.shipping.createShipment(input)
      const assigned = await ctx.shipping.assignAwb(created.providerShipmentId)
      const pickup = await ctx.shipping.schedulePickup(created.providerShipmentId)
      return { input, ...created, ...assigned, ...pickup }
    }

    async function webhooksFor(awb: string) {
      const all = await ctx.webhooks()
      return all.filter((w) => (w.body as { awb?: unknown } | null)?.awb === awb)
    }

    it('books a parcel: ids, an AWB with a tracking page, a pickup time and a label one can open', async () => {
      const before = Date.now()
      const shipment = await book()
      expect(shipment.providerOrderId).toMatch(/^\d+$/)
      expect(shipment.providerShipmentId).toMatch(/^\d+$/)
      expect(shipment.awb).toMatch(/^[A-Z0-9]{8,20}$/)
      expect(shipment.courier.length).toBeGreaterThan(0)
      expect(new URL(shipment.trackingUrl).href).toContain(shipment.awb)
      expect(shipment.pickupScheduledAt.getTime()).toBeGreaterThanOrEqual(before - 60_000)

      const { labelUrl } = await ctx.shipping.label(shipment.providerShipmentId)
      const response = await fetch(labelUrl)
      expect(response.status).toBe(200)
      const type = response.headers.get('content-type') ?? ''
      expect(type).toMatch(/application\/pdf|text\/html/)
      const document = await response.text()
      expect(document.length).toBeGreaterThan(200)
      if (type.includes('html')) expect(document).toContain(shipment.awb)
      if (type.includes('html')) expect(document).toContain(shipment.input.orderNumber)

      const tracking = await ctx.shipping.track(shipment.awb)
      expect(tracking.status).toBe('pickup_scheduled')
      expect(tracking.scans.length).toBeGreaterThan(0)
    })

    it('follows the parcel to the door by polling and by webhook, one dedupe key per scan', async () => {
      const { awb } = await book()
      await ctx.advance(awb, 'delivered')
      const tracking = await ctx.shipping.track(awb)
      expect(tracking.status).toBe('delivered')
      expect(inOrder(tracking.scans.map((s) => s.status), ['picked_up', 'in_transit', 'out_for_delivery', 'delivered'])).toBe(true)
      const times = tracking.scans.map((s) => s.occurredAt.getTime())
      expect(times).toEqual([...times].sort((a, b) => a - b))
      const keys = tracking.scans.map((s) => s.dedupeKey)
      expect(new Set(keys).size).toBe(keys.length)
      expect((await ctx.shipping.track(awb)).scans.map((s) => s.dedupeKey)).toEqual(keys)

      const received = await webhooksFor(awb)
      expect(received.length).toBeGreaterThan(0)
      for (const webhook of received) expect(ctx.shipping.verifyWebhook(webhook.headers)).toBe(true)
      const parsed = received.map((w) => ctx.shipping.parseWebhook(w.body))
      const fullest = parsed.reduce((a, b) => (b.scans.length > a.scans.length ? b : a))
      expect(fullest).toMatchObject({ awb, status: 'delivered', isReturn: false })
      // The same scans, whichever way they arrived, are the same rows.
      expect(fullest.scans.map((s: TrackingScan) => s.dedupeKey)).toEqual(keys.slice(-fullest.scans.length))
      expect(fullest.scans.at(-1)).toEqual(tracking.scans.at(-1))
    })

    it('cancels before pickup, with or without an AWB, and refuses once the parcel is picked up', async () => {
      const early = await ctx.shipping.createShipment(parcel())
      await expect(ctx.shipping.cancel(early.providerOrderId)).resolves.toBeUndefined()

      const withAwb = await ctx.shipping.createShipment(parcel({ paymentMode: 'prepaid' }))
      const { awb } = await ctx.shipping.assignAwb(withAwb.providerShipmentId)
      await ctx.shipping.cancel(withAwb.providerOrderId)
      expect((await ctx.shipping.track(awb)).status).toBe('cancelled')

      const late = await book()
      await ctx.advance(late.awb, 'picked_up')
      await expect(ctx.shipping.cancel(late.providerOrderId)).rejects.toThrow(ShippingError)
      expect((await ctx.shipping.track(late.awb)).status).toBe('picked_up')
    })

    it('books a return that travels from the buyer back to the seller', async () => {
      const forward = parcel()
      const created = await ctx.shipping.createReturn(returnOf(forward))
      expect(created.providerShipmentId).toMatch(/^\d+$/)
      const { awb } = await ctx.shipping.assignAwb(created.providerShipmentId, { isReturn: true })
      await ctx.shipping.schedulePickup(created.providerShipmentId)
      await ctx.advance(awb, 'delivered')
      const tracking = await ctx.shipping.track(awb)
      expect(tracking.status).toBe('delivered')
      expect(inOrder(tracking.scans.map((s) => s.status), ['picked_up', 'in_transit', 'delivered'])).toBe(true)
      const [webhook] = (await webhooksFor(awb)).map((w) => ctx.shipping.parseWebhook(w.body))
      expect(webhook?.isReturn).toBe(true)
    })

    it('accepts a webhook carrying the token in x-api-key, and nothing else', () => {
      const token = ctx.webhookToken
      const verify = (init: Record<string, string>) => ctx.shipping.verifyWebhook(new Headers(init))
      expect(verify({ 'x-api-key': token })).toBe(true)
      expect(verify({ 'X-API-Key': token })).toBe(true)
      expect(verify({})).toBe(false)
      expect(verify({ 'x-api-key': '' })).toBe(false)
      expect(verify({ 'x-api-key': `${token}x` })).toBe(false)
      expect(verify({ 'x-api-key': token.slice(0, -1) })).toBe(false)
      expect(verify({ 'x-api-key': token.toUpperCase() === token ? token.toLowerCase() : token.toUpperCase() })).toBe(false)
      expect(verify({ authorization: `Bearer ${token}` })).toBe(false)
    })

    it("reads Shiprocket's tracking webhook, with keys that do not change between readings", () => {
      const first = ctx.shipping.parseWebhook(structuredClone(shiprocketTrackingWebhook))
      expect(first).toMatchObject({ ...expectedTrackingWebhook, scans: expectedTrackingWebhook.scans.map((s) => expect.objectContaining(s)) })
      const again = ctx.shipping.parseWebhook(JSON.parse(JSON.stringify(shiprocketTrackingWebhook)))
      expect(again.scans.map((s) => s.dedupeKey)).toEqual(first.scans.map((s) => s.dedupeKey))
      expect(new Set(first.scans.map((s) => s.dedupeKey)).size).toBe(3)
      for (const bad of [null, 'awb', [], {}, { awb: '' }, { awb: '123', current_status: 'SOMETHING NEW' }])
        expect(() => ctx.shipping.parseWebhook(bad)).toThrow(ShippingError)
    })

    it('refuses a malformed shipment as a programming error, before calling the courier', async () => {
      const bad: Partial<ShipmentInput>[] = [
        { weightGrams: 0 },
        { subtotalPaise: 10.5 },
        { items: [] },
        { items: [{ name: 'Kurta', sku: 'K1', units: 0, unitPricePaise: 100 }] },
        { delivery: { ...buyer, pin: '22600' } },
        { delivery: { ...buyer, phone: '12345' } },
        { dimensionsCm: { length: 30, breadth: 0, height: 4 } },
        { orderNumber: '' },
      ]
      for (const overrides of bad) await expect(ctx.shipping.createShipment(parcel(overrides))).rejects.toThrow(RangeError)
      await expect(ctx.shipping.createReturn({ ...returnOf(parcel()), weightGrams: -1 })).rejects.toThrow(RangeError)
    })
  })
}
