import { describe, expect, it } from 'vitest'
import { ShippingError } from './errors'
import {
  formatShiprocketTime,
  formatShiprocketTimestamp,
  parseShiprocketTime,
  parseShiprocketWebhook,
  parseTrackingResponse,
  toTrackingScans,
} from './shiprocket-tracking'
import { expectedTrackingWebhook, shiprocketTrackingWebhook } from './shiprocket-webhook.fixture'

describe('Shiprocket times', () => {
  it('reads IST without a zone in both of Shiprocket’s formats, and ISO with one', () => {
    expect(parseShiprocketTime('2023-05-19 11:59:16')).toEqual(new Date('2023-05-19T06:29:16Z'))
    expect(parseShiprocketTime('2022-11-25 11:17:52.878599')).toEqual(new Date('2022-11-25T05:47:52Z'))
    expect(parseShiprocketTime('23 05 2023 11:43:52')).toEqual(new Date('2023-05-23T06:13:52Z'))
    expect(parseShiprocketTime('2023-05-19 00:10')).toEqual(new Date('2023-05-18T18:40:00Z'))
    expect(parseShiprocketTime('2023-05-19T11:59:16+05:30')).toEqual(new Date('2023-05-19T06:29:16Z'))
    for (const bad of ['2023-02-30 10:00:00', '2023-05-19 24:00:00', 'NA', '', null, 1684477156, 'Jul 01, 2024'])
      expect(parseShiprocketTime(bad)).toBeNull()
  })

  it('writes IST back in the same formats', () => {
    const at = new Date('2026-11-21T20:05:09Z')
    expect(formatShiprocketTime(at)).toBe('2026-11-22 01:35:09')
    expect(formatShiprocketTimestamp(at)).toBe('22 11 2026 01:35:09')
    expect(parseShiprocketTime(formatShiprocketTime(at))).toEqual(at)
  })
})

describe('tracking scans', () => {
  const webhookScans = shiprocketTrackingWebhook.scans

  it('gives a scan the same key by webhook and by poll, though the poll lists newest first and rewords it', () => {
    const byWebhook = parseShiprocketWebhook(shiprocketTrackingWebhook).scans
    const byPoll = parseTrackingResponse(shiprocketTrackingWebhook.awb, {
      tracking_data: {
        track_status: 1,
        shipment_status: 18,
        shipment_track: [{ current_status: 'In Transit' }],
        shipment_track_activities: [...webhookScans].reverse().map((s) => ({ ...s, activity: `${s.activity} `.toUpperCase() })),
      },
    })
    expect(byPoll.status).toBe('in_transit')
    expect(byPoll.scans.map((s) => s.dedupeKey)).toEqual(byWebhook.map((s) => s.dedupeKey))
    expect(byPoll.scans.map((s) => s.occurredAt)).toEqual(expectedTrackingWebhook.scans.map((s) => s.occurredAt))
  })

  it('keys differ between AWBs and between scans, and repeat only for a repeated scan', () => {
    const a = toTrackingScans('A1', webhookScans).map((s) => s.dedupeKey)
    const b = toTrackingScans('B2', webhookScans).map((s) => s.dedupeKey)
    expect(a.filter((k) => b.includes(k))).toEqual([])
    expect(toTrackingScans('A1', [...webhookScans, webhookScans[0]])).toHaveLength(3)
  })

  it('keeps the previous status for a scan it does not recognise, and drops scans without a time', () => {
    const scans = toTrackingScans('X', [
      { date: '2022-07-18 09:51:00', status: 'DRC', activity: 'Pending Manifest Data Received', location: 'RTO/CHD, BANGALORE', 'sr-status': 'NA', 'sr-status-label': 'NA' },
      { date: '2022-07-18 13:50:00', status: 'PUD', activity: 'PickDone ', location: 'RTO/CHD, BANGALORE', 'sr-status': '42', 'sr-status-label': 'PICKED UP' },
      { date: '2022-07-18 15:00:00', status: 'XYZ', activity: 'Something courier-specific', location: 'NA', 'sr-status': 'NA', 'sr-status-label': 'NA' },
      { date: 'soon', status: 'OFD', activity: 'Out for delivery', location: 'x', 'sr-status': '17', 'sr-status-label': 'OUT FOR DELIVERY' },
      'not a scan',
    ])
    expect(scans.map((s) => [s.status, s.label, s.location])).toEqual([
      ['created', 'Pending Manifest Data Received', 'RTO/CHD, BANGALORE'],
      ['picked_up', 'PickDone', 'RTO/CHD, BANGALORE'],
      ['picked_up', 'Something courier-specific', null],
    ])
  })

  it('reads the tracking answer keyed by AWB, and an AWB with no scans yet', () => {
    const inner = { tracking_data: { track_status: 1, shipment_status: 7, shipment_track: [{ current_status: 'Delivered' }], shipment_track_activities: webhookScans } }
    expect(parseTrackingResponse('19041424751540', [{ '19041424751540': inner }]).status).toBe('delivered')
    expect(parseTrackingResponse('19041424751540', { '19041424751540': inner }).scans).toHaveLength(3)
    expect(parseTrackingResponse('1', { tracking_data: { track_status: 0, error: 'Aahh! There is no activities found in our DB.' } })).toEqual({ status: 'created', scans: [] })
    expect(() => parseTrackingResponse('1', { message: 'x' })).toThrow(ShippingError)
  })
})

describe('tracking webhook', () => {
  it('maps the documented payload', () => {
    expect(parseShiprocketWebhook(shiprocketTrackingWebhook)).toMatchObject({
      ...expectedTrackingWebhook,
      scans: expectedTrackingWebhook.scans.map((s) => ({ ...s, dedupeKey: expect.stringMatching(/^sr_[0-9a-f]{32}$/) })),
    })
  })

  it('takes a numeric AWB, a return flag and the status from the scans when the labels are new', () => {
    const parsed = parseShiprocketWebhook({ ...shiprocketTrackingWebhook, awb: 19041424751540, is_return: 1, shipment_status: 'NEW THING', shipment_status_id: 999, current_status: 'ALSO NEW' })
    expect(parsed).toMatchObject({ awb: '19041424751540', isReturn: true, status: 'in_transit' })
  })

  it("ignores current_status_id, which counts from Shiprocket's other table", () => {
    const parsed = parseShiprocketWebhook({ ...shiprocketTrackingWebhook, shipment_status: undefined, shipment_status_id: undefined, current_status: 'OUT FOR DELIVERY', current_status_id: 7 })
    expect(parsed.status).toBe('out_for_delivery')
  })
})
