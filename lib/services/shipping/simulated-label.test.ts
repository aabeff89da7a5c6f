import { describe, expect, it } from 'vitest'
import { parcel } from './contract-shipments'
import { itfElements, itfSvg, renderLabelHtml } from './simulated-label'

const PATTERNS = ['nnwwn', 'wnnnw', 'nwnnw', 'wwnnn', 'nnwnw', 'wnwnn', 'nwwnn', 'nnnww', 'wnnwn', 'nwnwn']

/** A reader's view: widths of bars and spaces back to digits. */
function decode(elements: { bar: boolean; wide: boolean }[]): string {
  const body = elements.slice(4, -3)
  let digits = ''
  for (let i = 0; i < body.length; i += 10) {
    const chunk = body.slice(i, i + 10)
    const bars = chunk.filter((_, k) => k % 2 === 0).map((e) => (e.wide ? 'w' : 'n')).join('')
    const spaces = chunk.filter((_, k) => k % 2 === 1).map((e) => (e.wide ? 'w' : 'n')).join('')
    digits += `${PATTERNS.indexOf(bars)}${PATTERNS.indexOf(spaces)}`
  }
  return digits
}

describe('ITF barcode', () => {
  it('encodes the AWB so that it reads back, between the start and stop patterns', () => {
    const elements = itfElements('70069019682830')
    expect(elements.slice(0, 4)).toEqual([
      { bar: true, wide: false },
      { bar: false, wide: false },
      { bar: true, wide: false },
      { bar: false, wide: false },
    ])
    expect(elements.slice(-3)).toEqual([
      { bar: true, wide: true },
      { bar: false, wide: false },
      { bar: true, wide: false },
    ])
    expect(elements).toHaveLength(4 + 7 * 10 + 3)
    expect(decode(elements)).toBe('70069019682830')
    expect(elements.filter((e, i) => i % 2 === 0).every((e) => e.bar)).toBe(true)
  })

  it('refuses what ITF cannot carry', () => {
    for (const bad of ['123', '12a4', '']) expect(() => itfElements(bad)).toThrow(RangeError)
  })

  it('draws one rect per bar, with narrow 2 and wide 6 units', () => {
    const svg = itfSvg('12', { narrow: 2 })
    expect(svg.match(/<rect /g)).toHaveLength(2 + 5 + 2)
    expect(svg).toContain('width="6"')
    expect(svg).toContain('aria-label="Barcode 12"')
  })
})

describe('label page', () => {
  const input = parcel()
  const html = (overrides = {}) =>
    renderLabelHtml({
      ...input,
      awb: '70069019682830',
      courier: 'Simulated Courier',
      originalOrderNumber: null,
      isReturn: false,
      routingCode: 'D/226',
      ...overrides,
    })

  it('carries what a courier needs: AWB, both addresses, COD amount, order and contents', () => {
    const page = html()
    for (const text of ['70069019682830', 'Asha Rani Verma', 'Near Opposite GPO', 'PIN 226001', 'Kala Crafts Pune', 'COD — collect ₹2,998', input.orderNumber, 'Block-printed kurta', '0.75 kg', '30 × 25 × 4 cm', 'D/226'])
      expect(page).toContain(text)
    expect(page).toContain('@page { size: 4in 6in')
  })

  it('says prepaid parcels collect nothing and names a return as one', () => {
    expect(html({ paymentMode: 'prepaid' })).toContain('PREPAID — do not collect cash')
    const page = html({ isReturn: true, originalOrderNumber: 'HT-ORIGINAL' })
    expect(page).toContain('Return of order HT-ORIGINAL')
    expect(page).toContain('Pick up from (buyer)')
  })

  it('escapes every field it prints', () => {
    const page = html({ delivery: { ...input.delivery, name: '"><img src=x onerror=alert(1)>' }, items: [{ name: '<b>x</b>', sku: "a'b", units: 1, unitPricePaise: 1 }] })
    expect(page).not.toContain('<img')
    expect(page).not.toContain('<b>x')
    expect(page).toContain('&quot;&gt;&lt;img')
    expect(page).toContain('a&#39;b')
  })
})
