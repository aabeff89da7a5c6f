import { describe, expect, it } from 'vitest'
import { jwtExpiry } from './shiprocket'
import { chooseCourier, isPostcodeRejection, parseEtaDays, rupeesToPaise, SHIPROCKET_STATUS, shipmentStatusOf } from './shiprocket-map'
import type { ShipmentStatus } from './types'

describe('shiprocket mapping', () => {
  it('converts rupees to paise, refusing what is not a positive amount', () => {
    expect(rupeesToPaise(192)).toBe(192_00)
    expect(rupeesToPaise('91.40')).toBe(91_40)
    expect(rupeesToPaise(0.1 + 0.2)).toBe(30)
    for (const bad of [0, -5, 'n/a', null, undefined, Number.NaN]) expect(rupeesToPaise(bad)).toBeNull()
  })

  it('reads ETA days as Shiprocket writes them', () => {
    expect(parseEtaDays('4', null)).toEqual({ min: 4, max: 4 })
    expect(parseEtaDays('3 - 4', null)).toEqual({ min: 3, max: 4 })
    expect(parseEtaDays(0, null)).toEqual({ min: 1, max: 1 })
    expect(parseEtaDays('', 50)).toEqual({ min: 3, max: 3 })
    expect(parseEtaDays('Jun 14, 2026', undefined)).toBeNull()
  })

  it('prefers the recommendation, otherwise the cheapest then fastest', () => {
    const courier = (id: number, rate: number, days: string, cod = 1) => ({ courier_company_id: id, courier_name: `C${id}`, rate, cod, estimated_delivery_days: days })
    const list = [courier(1, 100, '5'), courier(2, 80, '6'), courier(3, 80, '4', 0)]
    expect(chooseCourier({ data: { available_courier_companies: list, recommended_courier_company_id: 1 } }, { codRequired: false }).chosen?.id).toBe(1)
    expect(chooseCourier({ data: { available_courier_companies: list, recommended_courier_company_id: 99 } }, { codRequired: false }).chosen?.id).toBe(3)
    expect(chooseCourier({ data: { available_courier_companies: list } }, { codRequired: true }).chosen?.id).toBe(2)
    expect(chooseCourier({ data: { available_courier_companies: [courier(3, 80, '4', 0)] } }, { codRequired: true })).toEqual({ chosen: null, codAvailable: false })
    expect(chooseCourier({ status: 404 }, { codRequired: false })).toEqual({ chosen: null, codAvailable: false })
  })

  it('recognises a 422 about postcodes only', () => {
    expect(isPostcodeRejection({ errors: { delivery_postcode: ['x'], pickup_postcode: ['y'] } })).toBe(true)
    expect(isPostcodeRejection({ errors: { delivery_postcode: ['x'], weight: ['y'] } })).toBe(false)
    expect(isPostcodeRejection({ message: 'x' })).toBe(false)
  })

  it('reads the expiry of a JWT and nothing else', () => {
    const payload = Buffer.from(JSON.stringify({ exp: 1_900_000_000 })).toString('base64url')
    expect(jwtExpiry(`h.${payload}.s`)).toBe(1_900_000_000_000)
    expect(jwtExpiry('opaque-token')).toBeNull()
    expect(jwtExpiry('h.!!!.s')).toBeNull()
  })
})

describe('shiprocket statuses', () => {
  it('maps the journey by label, whatever the case or separators', () => {
    const cases: [string, ShipmentStatus][] = [
      ['AWB ASSIGNED', 'created'],
      ['Pickup Generated', 'pickup_scheduled'],
      ['OUT FOR PICKUP', 'pickup_scheduled'],
      ['MANIFEST GENERATED', 'pickup_scheduled'],
      ['PICKED UP', 'picked_up'],
      ['Shipped', 'picked_up'],
      ['IN TRANSIT', 'in_transit'],
      ['REACHED AT DESTINATION HUB', 'in_transit'],
      ['UNDELIVERED', 'in_transit'],
      ['OUT FOR DELIVERY', 'out_for_delivery'],
      ['Delivered', 'delivered'],
      ['PARTIAL_DELIVERED', 'delivered'],
      ['Canceled', 'cancelled'],
      ['CANCELLED_BEFORE_DISPATCHED', 'cancelled'],
      ['RTO INITIATED', 'rto_initiated'],
      ['RTO_OFD', 'rto_initiated'],
      ['rto in-transit', 'rto_initiated'],
      ['REACHED_BACK_AT_SELLER_CITY', 'rto_initiated'],
      ['RTO DELIVERED', 'rto_delivered'],
      ['LOST', 'lost'],
      ['DISPOSED_OFF', 'lost'],
      ['RETURN PICKED UP', 'picked_up'],
      ['RETURN OUT FOR DELIVERY', 'out_for_delivery'],
      ['RETURN DELIVERED', 'delivered'],
    ]
    for (const [label, status] of cases) expect([label, shipmentStatusOf({ label })]).toEqual([label, status])
  })

  it('never reads RTO or undelivered scans as deliveries', () => {
    for (const label of ['RTO DELIVERED', 'RTO OUT FOR DELIVERY', 'UNDELIVERED', 'RTO_NDR'])
      expect(shipmentStatusOf({ label })).not.toBe('delivered')
  })

  it("falls back to Shiprocket's shipment status code, as number or string, when the label is unknown", () => {
    expect(shipmentStatusOf({ id: 7 })).toBe('delivered')
    expect(shipmentStatusOf({ id: '42' })).toBe('picked_up')
    expect(shipmentStatusOf({ label: 'SOMETHING NEW', id: 17 })).toBe('out_for_delivery')
    expect(shipmentStatusOf({ label: 'DELIVERED', id: 18 })).toBe('delivered')
    expect(shipmentStatusOf({ label: 'NA', id: 'NA' })).toBeNull()
    expect(shipmentStatusOf({ id: 999 })).toBeNull()
    expect(shipmentStatusOf({})).toBeNull()
  })

  it('has a label and code for every status that maps back to it', () => {
    for (const [status, { id, label }] of Object.entries(SHIPROCKET_STATUS)) {
      expect(shipmentStatusOf({ label })).toBe(status)
      expect(shipmentStatusOf({ id })).toBe(status)
    }
  })
})
