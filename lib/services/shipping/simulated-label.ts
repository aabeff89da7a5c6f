import { formatINR } from '@/lib/utils'
import type { DeliveryAddress, PickupAddress, ShipmentItem } from './types'

/**
 * The simulated courier's shipping label: a printable 4 × 6 inch page with the AWB as an
 * Interleaved 2 of 5 barcode (numeric, even length — the symbology Indian courier labels commonly
 * use for waybills), both addresses, the order and, for COD, the amount to collect.
 */

export type LabelData = {
  awb: string
  courier: string
  orderNumber: string
  originalOrderNumber: string | null
  orderDate: Date
  isReturn: boolean
  paymentMode: 'prepaid' | 'cod'
  subtotalPaise: number
  pickup: PickupAddress
  delivery: DeliveryAddress
  items: ShipmentItem[]
  weightGrams: number
  dimensionsCm: { length: number; breadth: number; height: number }
  routingCode: string
}

// Interleaved 2 of 5: each digit is five elements, two of them wide (n = narrow, w = wide).
const ITF_DIGITS = ['nnwwn', 'wnnnw', 'nwnnw', 'wwnnn', 'nnwnw', 'wnwnn', 'nwwnn', 'nnnww', 'wnnwn', 'nwnwn'] as const

export type ItfElement = { bar: boolean; wide: boolean }

/** Bars and spaces for `digits`: start (4 narrow), pairs interleaved (first digit in bars, second in spaces), stop (wide, narrow, narrow). */
export function itfElements(digits: string): ItfElement[] {
  if (!/^(\d\d)+$/.test(digits)) throw new RangeError(`ITF encodes an even number of digits, got "${digits}"`)
  const out: ItfElement[] = []
  for (let i = 0; i < 4; i++) out.push({ bar: i % 2 === 0, wide: false })
  for (let i = 0; i < digits.length; i += 2) {
    const bars = ITF_DIGITS[Number(digits[i])]!
    const spaces = ITF_DIGITS[Number(digits[i + 1])]!
    for (let k = 0; k < 5; k++) out.push({ bar: true, wide: bars[k] === 'w' }, { bar: false, wide: spaces[k] === 'w' })
  }
  out.push({ bar: true, wide: true }, { bar: false, wide: false }, { bar: true, wide: false })
  return out
}

/** An SVG of the barcode with quiet zones, `narrow` units per narrow element and wide = 3 × narrow. */
export function itfSvg(digits: string, options: { narrow?: number; height?: number; label?: string } = {}): string {
  const narrow = options.narrow ?? 2
  const height = options.height ?? 70
  const quiet = narrow * 10
  let x = quiet
  const rects: string[] = []
  for (const element of itfElements(digits)) {
    const width = element.wide ? narrow * 3 : narrow
    if (element.bar) rects.push(`<rect x="${x}" y="0" width="${width}" height="${height}"/>`)
    x += width
  }
  const total = x + quiet
  const title = escapeHtml(options.label ?? `Barcode ${digits}`)
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${title}" viewBox="0 0 ${total} ${height}" width="${total}" height="${height}" preserveAspectRatio="none"><title>${title}</title><g fill="#000">${rects.join('')}</g></svg>`
}

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)
}

function addressBlock(heading: string, address: PickupAddress | DeliveryAddress): string {
  const landmark = 'landmark' in address && address.landmark ? `Near ${address.landmark}` : null
  const lines = [address.line1, address.line2, landmark, `${address.city}, ${address.state}`].filter((l): l is string => Boolean(l?.trim()))
  return `<section class="party"><h2>${escapeHtml(heading)}</h2><p class="name">${escapeHtml(address.name)}</p>${lines
    .map((l) => `<p>${escapeHtml(l)}</p>`)
    .join('')}<p class="pin">PIN ${escapeHtml(address.pin)}</p><p>Phone ${escapeHtml(address.phone)}</p></section>`
}

const dateFormat = new Intl.DateTimeFormat('en-IN', { dateStyle: 'medium', timeZone: 'Asia/Kolkata' })

export function renderLabelHtml(data: LabelData): string {
  const cod = data.paymentMode === 'cod'
  const payment = cod ? `COD — collect ${formatINR(data.subtotalPaise)}` : 'PREPAID — do not collect cash'
  const kind = data.isReturn ? 'Return' : 'Forward'
  const items = data.items
    .map((i) => `<tr><td>${escapeHtml(i.name)}</td><td>${escapeHtml(i.sku)}</td><td class="num">${i.units}</td><td class="num">${escapeHtml(formatINR(i.unitPricePaise * i.units))}</td></tr>`)
    .join('')
  const dims = `${data.dimensionsCm.length} × ${data.dimensionsCm.breadth} × ${data.dimensionsCm.height} cm`
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Label ${escapeHtml(data.awb)} · order ${escapeHtml(data.orderNumber)}</title>
<style>
@page { size: 4in 6in; margin: 0.15in; }
* { box-sizing: border-box; }
body { margin: 0; font: 12px/1.35 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #000; background: #f4f4f5; }
main { width: 100%; max-width: 4in; margin: 16px auto; background: #fff; border: 2px solid #000; }
header, section, footer { padding: 6px 8px; border-bottom: 1px solid #000; }
h1 { font-size: 15px; margin: 0; } h2 { font-size: 10px; margin: 0 0 2px; text-transform: uppercase; letter-spacing: .04em; }
p { margin: 0; } .row { display: flex; justify-content: space-between; gap: 8px; align-items: baseline; }
.payment { font-weight: 700; font-size: 14px; padding: 4px 6px; border: 2px solid #000; text-align: center; margin-top: 4px; }
.barcode { text-align: center; } .barcode svg { width: 100%; height: 70px; } .awb { font: 700 16px/1.2 ui-monospace, monospace; letter-spacing: .12em; }
.name { font-weight: 700; font-size: 13px; } .pin { font-weight: 700; font-size: 16px; }
table { width: 100%; border-collapse: collapse; font-size: 11px; } th, td { text-align: left; padding: 1px 2px; } .num { text-align: right; }
.actions { max-width: 4in; margin: 0 auto 16px; text-align: center; } .actions button { font: inherit; padding: 8px 16px; }
@media print { body { background: #fff; } main { margin: 0; max-width: none; } .actions { display: none; } }
</style></head>
<body>
<main>
<header class="row"><h1>${escapeHtml(data.courier)}</h1><p>${kind} · Surface · ${escapeHtml(data.routingCode)}</p></header>
<section class="barcode">${itfSvg(data.awb, { label: `AWB ${data.awb}` })}<p class="awb">${escapeHtml(data.awb)}</p>
<p class="payment">${escapeHtml(payment)}</p></section>
${addressBlock(data.isReturn ? 'Deliver to (seller)' : 'Deliver to', data.delivery)}
${addressBlock(data.isReturn ? 'Pick up from (buyer)' : 'Return address (seller)', data.pickup)}
<section><div class="row"><p><strong>Order</strong> ${escapeHtml(data.orderNumber)}</p><p>${escapeHtml(dateFormat.format(data.orderDate))}</p></div>
${data.originalOrderNumber ? `<p>Return of order ${escapeHtml(data.originalOrderNumber)}</p>` : ''}
<p>Weight ${(data.weightGrams / 1000).toFixed(2)} kg · ${dims}</p></section>
<section><table><caption style="text-align:left;font-weight:700">Contents</caption>
<thead><tr><th scope="col">Item</th><th scope="col">SKU</th><th scope="col" class="num">Qty</th><th scope="col" class="num">Value</th></tr></thead>
<tbody>${items}</tbody></table><p class="row"><span>Invoice value</span><strong>${escapeHtml(formatINR(data.subtotalPaise))}</strong></p></section>
<footer><p>Simulated courier label from Haat's development tools; no real courier will collect this parcel.</p></footer>
</main>
<div class="actions"><button type="button" onclick="window.print()">Print label</button></div>
</body></html>`
}
