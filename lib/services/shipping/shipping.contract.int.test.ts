import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { startShiprocketFake, type ShiprocketFake } from '@/tests/support/shiprocket-fake'
import { createTestDb, type TestDb } from '@/tests/support/test-db'
import { startWebhookCapture, type WebhookCapture } from '@/tests/support/webhook-capture'
import { runShippingContract } from './contract'
import { ShippingError } from './errors'
import { createShiprocketShipping, type ShiprocketOptions } from './shiprocket'
import { createSimulatedShipping } from './simulated'
import { SimulatedCourier } from './simulated-courier'
import type { ServiceabilityRequest } from './types'

const TOKEN = 'contract-webhook-token-5b9e'

describe('simulated driver', () => {
  let testDb: TestDb
  let app: WebhookCapture
  beforeAll(async () => {
    testDb = await createTestDb()
    // The app's stand-in serves labels the way app/dev/shipping/label/[awb]/route.ts does.
    const labels = new SimulatedCourier({ db: () => testDb.db, appUrl: 'http://unused', webhookToken: TOKEN })
    app = await startWebhookCapture({
      get: async (url) => {
        const awb = /^\/dev\/shipping\/label\/(\d+)$/.exec(url.pathname)?.[1]
        const html = awb ? await labels.labelDocument(awb, url.searchParams.get('key') ?? '') : null
        return html ? { status: 200, contentType: 'text/html; charset=utf-8', body: html } : null
      },
    })
  })
  afterAll(async () => {
    await app.close()
    await testDb.close()
  })

  runShippingContract('simulated', async () => {
    const shipping = createSimulatedShipping({ db: () => testDb.db, appUrl: app.url, webhookToken: TOKEN, retryDelaysMs: [10, 20] })
    return {
      shipping,
      webhookToken: TOKEN,
      advance: async (awb, to) => void (await shipping.courier.advance(awb, to)),
      webhooks: async () => {
        await shipping.courier.webhooks.settle()
        return app.received
      },
    }
  })
})

describe('shiprocket driver', () => {
  let fake: ShiprocketFake
  let app: WebhookCapture
  const driver = (options: Partial<ShiprocketOptions> = {}) =>
    createShiprocketShipping({ email: fake.email, password: fake.password, apiBase: fake.apiBase, webhookToken: TOKEN, ...options })
  const request: ServiceabilityRequest = { pickupPin: '411001', deliveryPin: '560001', weightGrams: 1250, cod: false, declaredValuePaise: 1499_50 }

  beforeAll(async () => {
    fake = await startShiprocketFake()
    app = await startWebhookCapture()
    fake.setWebhook({ url: `${app.url}/api/webhooks/shiprocket`, token: TOKEN })
  })
  afterAll(async () => {
    await fake.close()
    await app.close()
  })
  beforeEach(() => {
    fake.answerServiceability(null)
    fake.rejectAllTokens(false)
  })

  runShippingContract('shiprocket (local fake)', async () => ({
    shipping: driver(),
    webhookToken: TOKEN,
    advance: async (awb, to) => fake.advance(awb, to),
    webhooks: async () => {
      await fake.settleWebhooks()
      return app.received
    },
  }))

  it('sends kilograms, rupees and the bearer token; logs in once for many calls', async () => {
    const shipping = driver()
    const before = fake.stats.logins
    await Promise.all([shipping.serviceability(request), shipping.serviceability(request)])
    await shipping.serviceability({ ...request, cod: true })
    expect(fake.stats.logins - before).toBe(1)
    const last = fake.requests.at(-1)
    expect(last?.path).toBe('/courier/serviceability')
    expect(last?.query).toEqual({
      pickup_postcode: '411001',
      delivery_postcode: '560001',
      weight: '1.25',
      cod: '1',
      declared_value: '1499.5',
    })
    expect(last?.authorization).toMatch(/^Bearer ey/)
  })

  it('maps the recommended courier: rupees to paise, days to a range', async () => {
    const result = await driver().serviceability(request)
    // Pune → Bengaluru is metro to metro (zone C): ₹48 + ₹44 for the second and third 500 g.
    expect(result).toEqual({ serviceable: true, codAvailable: true, etaDays: { min: 5, max: 5 }, courier: 'Delhivery Surface', ratePaise: 136_00 })
  })

  it('logs in again once when a token is refused, and carries on', async () => {
    const shipping = driver()
    await shipping.serviceability(request)
    const logins = fake.stats.logins
    fake.expireTokens()
    expect((await shipping.serviceability(request)).serviceable).toBe(true)
    expect(fake.stats.logins).toBe(logins + 1)
    expect((await shipping.serviceability(request)).serviceable).toBe(true)
    expect(fake.stats.logins).toBe(logins + 1)
  })

  it('renews the token shortly before its 10-day expiry without waiting for a 401', async () => {
    let now = Date.now()
    const shipping = driver({ now: () => now })
    await shipping.serviceability(request)
    const { logins, unauthorised } = fake.stats
    now += 9 * 24 * 3600_000
    await shipping.serviceability(request)
    expect(fake.stats.logins).toBe(logins)
    now += 14 * 3600_000
    await shipping.serviceability(request)
    expect(fake.stats).toEqual({ logins: logins + 1, unauthorised })
  })

  it('gives up after one fresh login is refused too', async () => {
    const shipping = driver()
    fake.rejectAllTokens(true)
    const before = fake.stats.unauthorised
    await expect(shipping.serviceability(request)).rejects.toThrow(/rejected a fresh token/)
    expect(fake.stats.unauthorised - before).toBe(2)
  })

  it('fails with a ShippingError on wrong credentials or a vendor outage', async () => {
    await expect(driver({ password: 'wrong' }).serviceability(request)).rejects.toThrow(/login failed \(HTTP 400\): Invalid email/)
    fake.answerServiceability(() => ({ status: 502, body: { message: 'Bad gateway' } }))
    const error = await driver().serviceability(request).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ShippingError)
    expect(error).toMatchObject({ status: 502, message: expect.stringMatching(/HTTP 502\): Bad gateway/) })
  })

  it('fails with a ShippingError when Shiprocket cannot be reached', async () => {
    const shipping = createShiprocketShipping({ email: 'a@b.in', password: 'x', apiBase: 'http://127.0.0.1:9/v1/external', timeoutMs: 2000, webhookToken: TOKEN })
    await expect(shipping.serviceability(request)).rejects.toThrow(/could not be reached/)
  })

  it('skips blocked couriers, falls back to the cheapest, and treats postcode 422s and empty lists as not serviceable', async () => {
    fake.answerServiceability(() => ({
      status: 200,
      body: {
        status: 200,
        data: {
          recommended_courier_company_id: 7,
          available_courier_companies: [
            { courier_company_id: 7, courier_name: 'Blocked Express', rate: 40, cod: 1, estimated_delivery_days: '2', blocked: 1 },
            { courier_company_id: 8, courier_name: 'Ekart Logistics', rate: '91.40', cod: 0, estimated_delivery_days: '3 - 4' },
            { courier_company_id: 9, courier_name: 'Shadowfax Surface', rate: 120, cod: 1, estimated_delivery_days: '', etd_hours: 50 },
            { courier_company_id: 10, courier_name: 'Broken', rate: 'n/a', cod: 1, estimated_delivery_days: '2' },
          ],
        },
      },
    }))
    expect(await driver().serviceability(request)).toEqual({
      serviceable: true,
      codAvailable: true,
      etaDays: { min: 3, max: 4 },
      courier: 'Ekart Logistics',
      ratePaise: 91_40,
    })
    expect(await driver().serviceability({ ...request, cod: true })).toMatchObject({ courier: 'Shadowfax Surface', etaDays: { min: 3, max: 3 } })

    fake.answerServiceability(() => ({ status: 422, body: { message: 'Oops! Invalid Data.', errors: { delivery_postcode: ['Invalid'] } } }))
    expect((await driver().serviceability(request)).serviceable).toBe(false)
    fake.answerServiceability(() => ({ status: 422, body: { message: 'Oops! Invalid Data.', errors: { weight: ['Invalid'] } } }))
    await expect(driver().serviceability(request)).rejects.toThrow(ShippingError)
    fake.answerServiceability(() => ({ status: 200, body: { status: 404, message: 'No courier' } }))
    expect((await driver().serviceability(request)).serviceable).toBe(false)
  })
})
