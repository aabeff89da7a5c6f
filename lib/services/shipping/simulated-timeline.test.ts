import { describe, expect, it } from 'vitest'
import { parcel } from './contract-shipments'
import { parseShiprocketWebhook } from './shiprocket-tracking'
import { nextStepOf, shipmentFrom, webhookPayload, type SimulatedShipment } from './simulated-shipment'
import { awbCheckDigit, isSimulatedAwb, LEGS, pathTo, simulatedAwb } from './simulated-timeline'
import type { ShipmentStatus } from './types'

const NOW = new Date('2026-11-22T06:30:00Z')
const STEP = 60_000

function shipment(overrides: Partial<SimulatedShipment> = {}): SimulatedShipment {
  const base = shipmentFrom(parcel(), { providerOrderId: '348456385', providerShipmentId: '344772110', now: NOW, labelKey: 'k' })
  return { ...base, awb: '70000000000000', status: 'pickup_scheduled', ...overrides }
}

function walk(s: SimulatedShipment, to?: ShipmentStatus): SimulatedShipment {
  const next = nextStepOf(s, to, NOW, STEP)
  if ('error' in next) throw new Error(next.error)
  return next.shipment
}

describe('simulated AWBs', () => {
  it('are 14 digits whose last is the rest mod 7', () => {
    for (let i = 0; i < 50; i++) {
      const awb = simulatedAwb()
      expect(awb).toMatch(/^7\d{13}$/)
      expect(isSimulatedAwb(awb)).toBe(true)
    }
    expect(awbCheckDigit('7000000000010')).toBe(String(7_000_000_000_010n % 7n))
    expect(isSimulatedAwb('70000000000011')).toBe(true)
    expect(isSimulatedAwb('70000000000012')).toBe(false)
    expect(isSimulatedAwb('7000')).toBe(false)
  })
})

describe('simulated journeys', () => {
  it('every leg ends where its name says', () => {
    expect(LEGS.forward.map((s) => s.status)).toEqual(['picked_up', 'in_transit', 'out_for_delivery', 'delivered'])
    expect(LEGS.return.at(-1)?.status).toBe('delivered')
    expect(LEGS.rto.at(-1)?.status).toBe('rto_delivered')
  })

  it('finds the way to a status on the same leg, to RTO or loss once picked up, and nowhere else', () => {
    expect(pathTo({ leg: 'forward', step: -1, status: 'pickup_scheduled' }, 'delivered')).toEqual({ leg: 'forward', step: 3 })
    expect(pathTo({ leg: 'forward', step: -1, status: 'pickup_scheduled' }, 'rto_initiated')).toBeNull()
    expect(pathTo({ leg: 'forward', step: 1, status: 'in_transit' }, 'rto_initiated')).toEqual({ leg: 'rto', step: 0 })
    expect(pathTo({ leg: 'forward', step: 1, status: 'in_transit' }, 'picked_up')).toBeNull()
    expect(pathTo({ leg: 'return', step: 1, status: 'in_transit' }, 'rto_initiated')).toBeNull()
    expect(pathTo({ leg: 'forward', step: 0, status: 'picked_up' }, 'lost')).toBe('lost')
    expect(pathTo({ leg: 'forward', step: -1, status: 'pickup_scheduled' }, 'lost')).toBeNull()
  })

  it('steps one at a time with the clock set for the next, and stops at the end', () => {
    let s = shipment()
    const seen: ShipmentStatus[] = []
    for (let i = 0; i < 4; i++) {
      s = walk(s)
      seen.push(s.status)
    }
    expect(seen).toEqual(['picked_up', 'in_transit', 'out_for_delivery', 'delivered'])
    expect(s).toMatchObject({ clock: 'stopped', nextStepAt: null, step: 3 })
    expect(s.scans.map((x) => x['sr-status-label'])).toEqual(['PICKED UP', 'IN TRANSIT', 'REACHED AT DESTINATION HUB', 'OUT FOR DELIVERY', 'DELIVERED'])
    expect(nextStepOf(s, undefined, NOW, STEP)).toEqual({ error: 'AWB 70000000000000 is delivered; its journey is over.' })
  })

  it('jumps with every scan on the way, a second apart, and keeps the clock running mid-leg', () => {
    const s = walk(shipment(), 'out_for_delivery')
    expect(s.scans).toHaveLength(4)
    expect(s.scans.map((x) => x.date)).toEqual(['2026-11-22 12:00:00', '2026-11-22 12:00:01', '2026-11-22 12:00:02', '2026-11-22 12:00:03'])
    expect(s).toMatchObject({ status: 'out_for_delivery', clock: 'running', nextStepAt: new Date(NOW.getTime() + STEP).toISOString() })
  })

  it('places scans at the seller, the hubs and the buyer', () => {
    const s = walk(shipment(), 'delivered')
    expect(s.scans.map((x) => x.location)).toEqual([
      'Pune (Maharashtra)',
      'Pune_Hub (Maharashtra)',
      'Lucknow_Hub (Uttar Pradesh)',
      'Lucknow (Uttar Pradesh)',
      'Lucknow (Uttar Pradesh)',
    ])
  })

  it('turns back to the seller from out for delivery', () => {
    const s = walk(walk(shipment(), 'out_for_delivery'), 'rto_delivered')
    expect(s).toMatchObject({ leg: 'rto', step: 2, status: 'rto_delivered', clock: 'stopped' })
    expect(s.scans.slice(-3).map((x) => x['sr-status-label'])).toEqual(['RTO INITIATED', 'RTO IN TRANSIT', 'RTO DELIVERED'])
  })
})

describe('simulated webhook payload', () => {
  it("is Shiprocket's shape and reads back through the parser", () => {
    const s = walk(shipment({ awbAssignedAt: NOW.toISOString(), pickupScheduledAt: NOW.toISOString() }), 'in_transit')
    const body = webhookPayload(s, NOW)
    expect(body).toMatchObject({
      awb: '70000000000000',
      courier_name: 'Simulated Courier',
      current_status: 'IN TRANSIT',
      shipment_status: 'IN TRANSIT',
      shipment_status_id: 18,
      current_timestamp: '22 11 2026 12:00:00',
      order_id: s.orderNumber,
      sr_order_id: 348456385,
      awb_assigned_date: '2026-11-22 12:00:00',
      is_return: 0,
    })
    expect(parseShiprocketWebhook(JSON.parse(JSON.stringify(body)))).toMatchObject({
      awb: '70000000000000',
      providerOrderId: '348456385',
      status: 'in_transit',
      scans: [expect.objectContaining({ status: 'picked_up' }), expect.objectContaining({ status: 'in_transit' })],
    })
  })
})
