import { beforeEach, describe, expect, it } from 'vitest'
import { runShipmentContract, type CapturedWebhook } from './contract-shipments'
import type { ServiceabilityRequest, ServiceabilityResult, ServiceableQuote, ShipmentStatus, ShippingService } from './types'

export type ShippingContractSetup = {
  shipping: ShippingService
  /** The token the driver's webhooks carry and verifyWebhook accepts. */
  webhookToken: string
  /** The courier's side: scans the parcel on up to `to`, sending webhooks as it goes. */
  advance: (awb: string, to: Extract<ShipmentStatus, 'picked_up' | 'in_transit' | 'out_for_delivery' | 'delivered'>) => Promise<void>
  /** Tracking webhooks received so far, oldest first, once every send in flight has finished. */
  webhooks: () => Promise<CapturedWebhook[]>
}

// Pune is the seller's city throughout; each delivery PIN sits in a different zone from it.
const PUNE = '411001'
const LANES = {
  sameCity: '411038', // Pune
  sameRegion: '440001', // Nagpur, region 4
  otherRegion: '226001', // Lucknow, region 2
  northEast: '781001', // Guwahati
  andaman: '744101', // Port Blair
}

const base: ServiceabilityRequest = { pickupPin: PUNE, deliveryPin: LANES.sameCity, weightGrams: 400, cod: false, declaredValuePaise: 1499_00 }

/**
 * The behaviour every shipping driver must have. Vendors quote their own couriers and prices, so
 * this pins down shapes, bounds and orderings (nearer is sooner and cheaper; heavier costs more;
 * COD has limits) rather than exact rupees.
 */
export function runShippingContract(name: string, setup: () => Promise<ShippingContractSetup>): void {
  describe(`shipping contract: ${name}`, () => {
    let shipping: ShippingService
    const ask = (overrides: Partial<ServiceabilityRequest>) => shipping.serviceability({ ...base, ...overrides })
    const quote = async (overrides: Partial<ServiceabilityRequest>): Promise<ServiceableQuote> => {
      const result = await ask(overrides)
      if (!result.serviceable) throw new Error(`expected ${JSON.stringify(overrides)} to be serviceable: ${result.reason}`)
      return result
    }
    const expectNotServiceable = (result: ServiceabilityResult) => {
      expect(result.serviceable).toBe(false)
      if (!result.serviceable) expect(result.reason.length).toBeGreaterThan(10)
    }

    beforeEach(async () => {
      ;({ shipping } = await setup())
    })

    it('quotes a lane with a courier, a whole-day ETA range and a rate in whole paise', async () => {
      const result = await quote({})
      expect(result).toEqual({
        serviceable: true,
        codAvailable: true,
        etaDays: { min: expect.any(Number), max: expect.any(Number) },
        courier: expect.any(String),
        ratePaise: expect.any(Number),
      })
      expect(result.courier.length).toBeGreaterThan(0)
      expect(Number.isInteger(result.ratePaise) && result.ratePaise > 0).toBe(true)
      expect(Number.isInteger(result.etaDays.min) && result.etaDays.min >= 1).toBe(true)
      expect(result.etaDays.max).toBeGreaterThanOrEqual(result.etaDays.min)
    })

    it('is sooner and cheaper nearer home: city, region, India, the north-east', async () => {
      const city = await quote({ deliveryPin: LANES.sameCity })
      const region = await quote({ deliveryPin: LANES.sameRegion })
      const india = await quote({ deliveryPin: LANES.otherRegion })
      const northEast = await quote({ deliveryPin: LANES.northEast })
      expect(city.etaDays.max).toBeLessThanOrEqual(2)
      expect(region.etaDays.max).toBeGreaterThanOrEqual(2)
      expect(region.etaDays.max).toBeLessThanOrEqual(4)
      expect(india.etaDays.max).toBeGreaterThanOrEqual(4)
      expect(india.etaDays.max).toBeLessThanOrEqual(7)
      expect(northEast.etaDays.max).toBeGreaterThan(india.etaDays.max)
      const rates = [city, region, india, northEast].map((q) => q.ratePaise)
      expect(rates).toEqual([...rates].sort((a, b) => a - b))
      expect(new Set(rates).size).toBe(4)
    })

    it('charges more for a heavier parcel on the same lane, and accepts PINs written with a space', async () => {
      const light = await quote({ deliveryPin: LANES.otherRegion, weightGrams: 450 })
      const heavy = await quote({ deliveryPin: '226 001', weightGrams: 2100 })
      expect(heavy.ratePaise).toBeGreaterThan(light.ratePaise)
      expect(heavy.etaDays).toEqual(light.etaDays)
    })

    it('offers COD within limits and quotes prepaid where COD is not possible', async () => {
      const prepaid = await quote({ cod: false })
      const cod = await quote({ cod: true })
      expect(cod.codAvailable).toBe(true)
      expect(cod.ratePaise).toBeGreaterThan(prepaid.ratePaise)

      const expensive = await quote({ cod: true, declaredValuePaise: 75_000_00 })
      expect(expensive.codAvailable).toBe(false)
      expect(expensive.ratePaise).toBe((await quote({ declaredValuePaise: 75_000_00 })).ratePaise)

      const islands = await quote({ deliveryPin: LANES.andaman, cod: true })
      expect(islands.codAvailable).toBe(false)
      expect(islands.etaDays.max).toBeGreaterThan((await quote({ deliveryPin: LANES.otherRegion })).etaDays.max)
    })

    it('turns away PINs that cannot take a courier, saying why', async () => {
      for (const deliveryPin of ['41100', '4110011', 'abcdef', '011001', '', '999001', '350001'])
        expectNotServiceable(await ask({ deliveryPin }))
      const badPickup = await ask({ pickupPin: '12' })
      expectNotServiceable(badPickup)
      if (!badPickup.serviceable) expect(badPickup.reason).toMatch(/pickup/i)
    })

    it('rejects a malformed weight or value as a programming error', async () => {
      for (const weightGrams of [0, -500, 1.5, Number.NaN]) await expect(ask({ weightGrams })).rejects.toThrow(RangeError)
      for (const declaredValuePaise of [-1, 10.5]) await expect(ask({ declaredValuePaise })).rejects.toThrow(RangeError)
    })
  })

  runShipmentContract(name, setup)
}
