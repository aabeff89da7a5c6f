import { createHash } from 'node:crypto'
import { ShippingError } from './errors'
import { shipmentStatusOf } from './shiprocket-map'
import type { ShipmentStatus, Tracking, TrackingScan, TrackingWebhook } from './types'

/**
 * Shiprocket's tracking data, as the tracking API (`GET /courier/track/awb/{awb}`) and the
 * tracking webhook both carry it: a list of scans `{ date, status, activity, location, sr-status,
 * sr-status-label }` with times in India Standard Time and no zone. Both paths read scans here, so
 * a scan has one dedupe key however it arrives.
 */
export type ShiprocketScan = {
  /** "2023-05-19 15:32:17", IST. */
  date: string
  /** The courier's own scan code ("PKD", "X-PPOM"). */
  status?: string
  activity?: string
  location?: string
  'sr-status'?: string | number
  'sr-status-label'?: string
}

const IST_OFFSET_MS = 330 * 60_000

/** "2023-05-19 11:59:16" and the webhook's "23 05 2023 11:43:52" are IST; ISO strings with a zone are read as given. */
export function parseShiprocketTime(value: unknown): Date | null {
  if (typeof value !== 'string') return null
  const s = value.trim()
  const ymd = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/.exec(s)
  if (ymd) return ist(+ymd[1]!, +ymd[2]!, +ymd[3]!, +ymd[4]!, +ymd[5]!, +(ymd[6] ?? 0))
  const dmy = /^(\d{2}) (\d{2}) (\d{4}) (\d{2}):(\d{2}):(\d{2})$/.exec(s)
  if (dmy) return ist(+dmy[3]!, +dmy[2]!, +dmy[1]!, +dmy[4]!, +dmy[5]!, +dmy[6]!)
  if (/^\d{4}-\d{2}-\d{2}T.*([zZ]|[+-]\d{2}:?\d{2})$/.test(s)) {
    const date = new Date(s)
    return Number.isNaN(date.getTime()) ? null : date
  }
  return null
}

function ist(year: number, month: number, day: number, hour: number, minute: number, second: number): Date | null {
  const utc = Date.UTC(year, month - 1, day, hour, minute, second)
  const back = new Date(utc)
  // Date.UTC rolls 31 February over into March; a calendar date that does not exist is not a time.
  if (back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day || hour > 23 || minute > 59 || second > 59) return null
  return new Date(utc - IST_OFFSET_MS)
}

function istParts(date: Date) {
  const t = new Date(date.getTime() + IST_OFFSET_MS)
  const two = (n: number) => String(n).padStart(2, '0')
  return {
    y: String(t.getUTCFullYear()),
    mo: two(t.getUTCMonth() + 1),
    d: two(t.getUTCDate()),
    time: `${two(t.getUTCHours())}:${two(t.getUTCMinutes())}:${two(t.getUTCSeconds())}`,
  }
}

/** "2026-11-22 14:05:09" in IST, as Shiprocket writes scan and pickup times. */
export function formatShiprocketTime(date: Date): string {
  const p = istParts(date)
  return `${p.y}-${p.mo}-${p.d} ${p.time}`
}

/** "22 11 2026 14:05:09" in IST, the webhook's `current_timestamp`. */
export function formatShiprocketTimestamp(date: Date): string {
  const p = istParts(date)
  return `${p.d} ${p.mo} ${p.y} ${p.time}`
}

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '')

/**
 * Stable across webhook and poll: the AWB, the scan's instant (to the second, whatever the date
 * format), Shiprocket's code, the courier's code and the place. Activity text is left out because
 * couriers reword it between channels.
 */
export function scanDedupeKey(awb: string, scan: { occurredAt: Date; srStatus: string; courierCode: string; location: string }): string {
  const parts = [awb, Math.floor(scan.occurredAt.getTime() / 1000), scan.srStatus, scan.courierCode, scan.location]
  const normalised = parts.map((p) => String(p).toUpperCase().replace(/\s+/g, ' ').trim()).join('|')
  return `sr_${createHash('sha256').update(normalised).digest('hex').slice(0, 32)}`
}

function titleCase(label: string): string {
  return label.toLowerCase().replace(/_/g, ' ').replace(/\b\w/g, (c) => c.toUpperCase())
}

/** Oldest first; scans without a readable time are dropped, and an unknown status keeps the one before it. */
export function toTrackingScans(awb: string, raw: unknown): TrackingScan[] {
  if (!Array.isArray(raw)) return []
  const read = raw.flatMap((item, index) => {
    if (typeof item !== 'object' || item === null) return []
    const s = item as Record<string, unknown>
    const occurredAt = parseShiprocketTime(s.date)
    if (!occurredAt) return []
    const srLabel = text(s['sr-status-label'])
    const activity = text(s.activity)
    const location = text(s.location)
    const status = shipmentStatusOf({ label: srLabel, id: text(s['sr-status']) }) ?? shipmentStatusOf({ label: activity })
    const key = scanDedupeKey(awb, { occurredAt, srStatus: text(s['sr-status']), courierCode: text(s.status), location })
    const label = activity || (srLabel && srLabel.toUpperCase() !== 'NA' ? titleCase(srLabel) : 'Tracking update')
    return [{ index, occurredAt, status, label, location: location && location.toUpperCase() !== 'NA' ? location : null, key }]
  })
  read.sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime() || a.index - b.index)
  const seen = new Set<string>()
  const scans: TrackingScan[] = []
  let previous: ShipmentStatus = 'created'
  for (const scan of read) {
    if (seen.has(scan.key)) continue
    seen.add(scan.key)
    previous = scan.status ?? previous
    scans.push({ status: previous, label: scan.label, location: scan.location, occurredAt: scan.occurredAt, dedupeKey: scan.key })
  }
  return scans
}

/** The tracking API's answer for one AWB, in either of the shapes Shiprocket uses. */
export function parseTrackingResponse(awb: string, body: unknown): Tracking {
  let data = (body as { tracking_data?: unknown } | null)?.tracking_data
  if (data === undefined) {
    // Some accounts get `[{ "<awb>": { tracking_data } }]` or `{ "<awb>": { tracking_data } }`.
    const keyed = Array.isArray(body) ? body[0] : body
    data = (keyed as Record<string, { tracking_data?: unknown }> | null)?.[awb]?.tracking_data
  }
  if (typeof data !== 'object' || data === null) throw new ShippingError(`Shiprocket sent no tracking data for AWB ${awb}`)
  const d = data as { shipment_status?: unknown; shipment_track?: unknown; shipment_track_activities?: unknown }
  const scans = toTrackingScans(awb, d.shipment_track_activities)
  const current = Array.isArray(d.shipment_track) ? (d.shipment_track[0] as { current_status?: unknown } | undefined) : undefined
  const status =
    shipmentStatusOf({ label: current?.current_status }) ??
    shipmentStatusOf({ id: d.shipment_status }) ??
    scans.at(-1)?.status ??
    'created'
  return { status, scans }
}

/** A tracking webhook body; throws ShippingError when it is not one. */
export function parseShiprocketWebhook(body: unknown): TrackingWebhook {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new ShippingError('Shiprocket webhook body is not a JSON object')
  const b = body as Record<string, unknown>
  const awb = text(b.awb)
  if (!awb) throw new ShippingError('Shiprocket webhook has no awb')
  const scans = toTrackingScans(awb, b.scans)
  const status =
    shipmentStatusOf({ label: b.shipment_status, id: b.shipment_status_id }) ??
    shipmentStatusOf({ label: b.current_status }) ??
    scans.at(-1)?.status
  if (!status) throw new ShippingError(`Shiprocket webhook for AWB ${awb} has no status we know (“${text(b.current_status)}”)`)
  return {
    awb,
    providerOrderId: text(b.sr_order_id) || null,
    orderNumber: text(b.order_id) || null,
    isReturn: b.is_return === 1 || b.is_return === '1' || b.is_return === true,
    status,
    scans,
  }
}
