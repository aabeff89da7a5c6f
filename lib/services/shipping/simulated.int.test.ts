import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createTestDb, type TestDb } from '@/tests/support/test-db'
import { startWebhookCapture, type WebhookCapture } from '@/tests/support/webhook-capture'
import { parcel } from './contract-shipments'
import { ShippingError } from './errors'
import { createSimulatedShipping } from './simulated'
import type { ShipmentStatus } from './types'

const TOKEN = 'simulated-test-token'
const STEP = 120_000

describe('simulated courier', () => {
  let testDb: TestDb
  let app: WebhookCapture
  let clock: Date
  beforeAll(async () => {
    testDb = await createTestDb()
    app = await startWebhookCapture()
  })
  afterAll(async () => {
    await app.close()
    await testDb.close()
  })
  afterEach(() => app.respondWith(() => 200))

  function driver(options: { retryDelaysMs?: number[]; retryWebhooksInProcess?: boolean } = {}) {
    clock = new Date('2026-11-22T06:30:00Z')
    return createSimulatedShipping({ db: () => testDb.db, appUrl: app.url, webhookToken: TOKEN, stepMs: STEP, now: () => clock, retryDelaysMs: [5, 10], ...options })
  }

  async function booked(shipping = driver(), input = parcel()) {
    const ids = await shipping.createShipment(input)
    const { awb } = await shipping.assignAwb(ids.providerShipmentId)
    const { pickupScheduledAt } = await shipping.schedulePickup(ids.providerShipmentId)
    return { shipping, awb, pickupScheduledAt, ...ids }
  }

  const statusOf = async (shipping: ReturnType<typeof driver>, awb: string) => (await shipping.track(awb)).status
  const webhooksFor = async (shipping: ReturnType<typeof driver>, awb: string) => {
    await shipping.courier.webhooks.settle()
    return app.received.filter((r) => (r.body as { awb?: string }).awb === awb)
  }

  it('walks a parcel on by the clock: one step per tick once due, never before', async () => {
    const { shipping, awb, pickupScheduledAt } = await booked()
    expect(pickupScheduledAt.getTime()).toBe(clock.getTime() + STEP)

    await shipping.courier.tick(new Date(clock.getTime() + STEP - 1))
    expect(await statusOf(shipping, awb)).toBe('pickup_scheduled')

    const seen: ShipmentStatus[] = []
    for (let i = 1; i <= 5; i++) {
      clock = new Date(clock.getTime() + STEP)
      await shipping.courier.tick(clock)
      seen.push(await statusOf(shipping, awb))
    }
    expect(seen).toEqual(['picked_up', 'in_transit', 'out_for_delivery', 'delivered', 'delivered'])
    const shipment = await shipping.courier.findByAwb(awb)
    expect(shipment).toMatchObject({ clock: 'stopped', nextStepAt: null })
  })

  it('moves a parcel once when two ticks race for it', async () => {
    const { shipping, awb } = await booked()
    const due = new Date(clock.getTime() + STEP)
    const results = await Promise.all([shipping.courier.tick(due), shipping.courier.tick(due), shipping.courier.tick(due)])
    expect(await statusOf(shipping, awb)).toBe('picked_up')
    expect((await shipping.courier.findByAwb(awb))?.scans.filter((s) => s['sr-status-label'] === 'PICKED UP')).toHaveLength(1)
    expect(results.reduce((n, r) => n + r.advanced, 0)).toBeGreaterThanOrEqual(1)
  })

  it('turns a parcel back to the seller (RTO) and brings it home on the clock', async () => {
    const { shipping, awb } = await booked()
    await shipping.courier.advance(awb, 'in_transit')
    await shipping.courier.advance(awb, 'rto_initiated')
    expect(await statusOf(shipping, awb)).toBe('rto_initiated')
    for (let i = 0; i < 2; i++) {
      clock = new Date(clock.getTime() + STEP)
      await shipping.courier.tick(clock)
    }
    const tracking = await shipping.track(awb)
    expect(tracking.status).toBe('rto_delivered')
    expect(tracking.scans.map((s) => s.status).slice(-3)).toEqual(['rto_initiated', 'rto_initiated', 'rto_delivered'])
    const [last] = (await webhooksFor(shipping, awb)).map((w) => shipping.parseWebhook(w.body)).sort((a, b) => b.scans.length - a.scans.length)
    expect(last?.status).toBe('rto_delivered')
  })

  it('refuses moves a courier could not make, saying why', async () => {
    const shipping = driver()
    const fresh = await shipping.createShipment(parcel())
    await expect(shipping.schedulePickup(fresh.providerShipmentId)).rejects.toThrow(/no AWB yet/)
    await expect(shipping.label(fresh.providerShipmentId)).rejects.toThrow(ShippingError)
    const first = await shipping.assignAwb(fresh.providerShipmentId)
    expect((await shipping.assignAwb(fresh.providerShipmentId)).awb).toBe(first.awb)
    await expect(shipping.courier.advance(first.awb)).rejects.toThrow(/no pickup scheduled/)
    await expect(shipping.courier.advance(first.awb, 'rto_initiated')).rejects.toThrow(/no pickup scheduled/)

    const { awb } = await booked(shipping)
    await expect(shipping.courier.advance(awb, 'rto_initiated')).rejects.toThrow(/cannot go from pickup scheduled/)
    await shipping.courier.advance(awb, 'delivered')
    await expect(shipping.courier.advance(awb)).rejects.toThrow(/journey is over/)
    await expect(shipping.track('70000000000000')).rejects.toMatchObject({ status: 404 })
  })

  it('can lose a parcel in transit', async () => {
    const { shipping, awb } = await booked()
    await shipping.courier.advance(awb, 'picked_up')
    await shipping.courier.advance(awb, 'lost')
    expect(await statusOf(shipping, awb)).toBe('lost')
  })

  it('posts the webhook with the token, retries failures with backoff and records each attempt', async () => {
    // Per AWB: the first two tries fail, the third is taken.
    const awbOf = (body: unknown) => (body as { awb?: string } | null)?.awb
    app.respondWith((request) => (app.received.filter((r) => awbOf(r.body) === awbOf(request.body)).length % 3 === 0 ? 200 : 503))
    const { shipping, awb } = await booked()
    const received = await webhooksFor(shipping, awb)
    expect(received).toHaveLength(3)
    expect(received.every((r) => r.headers.get('x-api-key') === TOKEN && r.path === '/api/webhooks/shiprocket')).toBe(true)
    expect(new Set(received.map((r) => r.raw)).size).toBe(1)
    const delivery = await shipping.courier.lastDelivery((await shipping.courier.findByAwb(awb))!)
    expect(delivery).toMatchObject({ state: 'delivered', nextAttemptAt: null })
    expect(delivery?.attempts.map((a) => a.status)).toEqual([503, 503, 200])
  })

  it('gives up after the last retry, and the clock tick retries what a stopped process left pending', async () => {
    app.respondWith(() => 500)
    const failing = await booked(driver({ retryDelaysMs: [5] }))
    const gaveUp = await failing.shipping.courier.lastDelivery((await failing.shipping.courier.findByAwb(failing.awb))!)
    await failing.shipping.courier.webhooks.settle()
    expect((await failing.shipping.courier.webhooks.get(gaveUp!.id))?.state).toBe('failed')

    const stopped = driver({ retryDelaysMs: [60_000], retryWebhooksInProcess: false })
    const { awb } = await booked(stopped)
    await stopped.courier.webhooks.settle()
    const pending = await stopped.courier.lastDelivery((await stopped.courier.findByAwb(awb))!)
    expect(pending).toMatchObject({ state: 'pending', attempts: [expect.objectContaining({ status: 500 })] })
    app.respondWith(() => 200)
    expect((await stopped.courier.tick(new Date(clock.getTime() + 30_000))).webhooksRetried).toBe(0)
    expect((await stopped.courier.tick(new Date(clock.getTime() + 60_001))).webhooksRetried).toBeGreaterThanOrEqual(1)
    expect((await stopped.courier.webhooks.get(pending!.id))?.state).toBe('delivered')
  })

  it('resends the last webhook byte for byte', async () => {
    const { shipping, awb } = await booked()
    await shipping.courier.webhooks.settle()
    const [original] = (await webhooksFor(shipping, awb)).slice(-1)
    await shipping.courier.resendLastWebhook(awb)
    const all = await webhooksFor(shipping, awb)
    expect(all.at(-1)?.raw).toBe(original?.raw)
    await expect(shipping.courier.resendLastWebhook('70000000000000')).rejects.toThrow(/No webhook/)
  })

  it('serves the label only with its key, with every field escaped', async () => {
    const shipping = driver()
    const input = parcel({ delivery: { ...parcel().delivery, name: 'Asha <script>alert(1)</script>' }, subtotalPaise: 2998_00 })
    const { providerShipmentId, awb } = await booked(shipping, input)
    const { labelUrl } = await shipping.label(providerShipmentId)
    const key = new URL(labelUrl).searchParams.get('key') ?? ''
    expect(new URL(labelUrl).pathname).toBe(`/dev/shipping/label/${awb}`)
    expect(await shipping.courier.labelDocument(awb, 'wrong')).toBeNull()
    const tampered = `${key.slice(0, -1)}${key.endsWith('A') ? 'B' : 'A'}`
    expect(await shipping.courier.labelDocument(awb, tampered)).toBeNull()
    const html = await shipping.courier.labelDocument(awb, key)
    expect(html).toContain('Asha &lt;script&gt;')
    expect(html).not.toContain('<script>')
    expect(html).toContain('COD — collect ₹2,998')
    expect(html).toContain(input.orderNumber)
  })

  it('lists shipments newest first for /dev/shipping', async () => {
    const shipping = driver()
    const a = await shipping.createShipment(parcel())
    // Creation times are the database clock's; two inserts in the same microsecond have no order.
    await new Promise((resolve) => setTimeout(resolve, 5))
    const b = await shipping.createShipment(parcel())
    const ids = (await shipping.courier.list()).map((s) => s.providerShipmentId)
    expect(ids.indexOf(b.providerShipmentId)).toBeLessThan(ids.indexOf(a.providerShipmentId))
  })
})
