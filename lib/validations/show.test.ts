import { describe, expect, it } from 'vitest'
import { toIndiaDateTimeInput } from './coupon'
import { livePriceErrors, newShowFormValues, showFormValues, showSchema } from './show'

const STORE = '0b7c4b7e-2d7f-4f43-9d8e-6d2a3a2f1c11'
const P1 = '1b7c4b7e-2d7f-4f43-9d8e-6d2a3a2f1c11'
const P2 = '2b7c4b7e-2d7f-4f43-9d8e-6d2a3a2f1c11'
const inHours = (h: number) => toIndiaDateTimeInput(new Date(Date.now() + h * 3_600_000))

const valid = (overrides: Record<string, unknown> = {}) => ({
  storeId: STORE,
  title: 'Diwali silk special',
  description: '',
  categoryId: '',
  language: 'hi',
  scheduledAt: inHours(24),
  runList: [
    { productId: P1, livePrice: '' },
    { productId: P2, livePrice: '₹1,299.50' },
  ],
  ...overrides,
})

const issues = (input: unknown) => {
  const r = showSchema.safeParse(input)
  return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path.join('.'), i.message]))
}

describe('show schema', () => {
  it('reads the live price as paise and keeps the run-list order', () => {
    const ok = showSchema.parse(valid())
    expect(ok.runList).toEqual([
      { productId: P1, livePrice: null },
      { productId: P2, livePrice: 129950 },
    ])
    expect(ok.categoryId).toBeNull()
    expect(ok.showId).toBeUndefined()
  })

  it('refuses a start more than 90 days ahead', () => {
    expect(issues(valid({ scheduledAt: inHours(24 * 91) }))).toHaveProperty('scheduledAt')
  })

  it('stores 7 pm IST as 13:30 UTC', () => {
    const tomorrow = new Date(Date.now() + 86_400_000 + 330 * 60_000).toISOString().slice(0, 10)
    const parsed = showSchema.parse(valid({ scheduledAt: `${tomorrow}T19:00` }))
    expect(parsed.scheduledAt.toISOString()).toBe(`${tomorrow}T13:30:00.000Z`)
  })

  it('refuses a start in the past, a short title, an unknown language and a long description', () => {
    expect(issues(valid({ scheduledAt: inHours(-1) }))).toHaveProperty('scheduledAt', 'Pick a start time in the future')
    expect(issues(valid({ title: 'Hi' }))).toHaveProperty('title')
    expect(issues(valid({ title: 'x'.repeat(101) }))).toHaveProperty('title')
    expect(issues(valid({ language: 'fr' }))).toHaveProperty('language')
    expect(issues(valid({ description: 'x'.repeat(2001) }))).toHaveProperty('description')
    expect(issues(valid({ scheduledAt: '' }))).toHaveProperty('scheduledAt')
  })

  it('needs 1 to 50 distinct products with sensible live prices', () => {
    expect(issues(valid({ runList: [] }))).toHaveProperty('runList')
    const many = Array.from({ length: 51 }, (_, i) => ({ productId: `${String(i).padStart(8, '0')}-2d7f-4f43-9d8e-6d2a3a2f1c11`, livePrice: '' }))
    expect(issues(valid({ runList: many }))).toHaveProperty('runList')
    expect(issues(valid({ runList: [{ productId: P1 }, { productId: P1 }] }))).toHaveProperty('runList.1.productId')
    expect(issues(valid({ runList: [{ productId: P1, livePrice: 'cheap' }] }))).toHaveProperty('runList.0.livePrice')
    expect(issues(valid({ runList: [{ productId: P1, livePrice: '0' }] }))).toHaveProperty('runList.0.livePrice')
  })

  it('requires a live price below the product price', () => {
    const prices = new Map([
      [P1, 100000],
      [P2, 50000],
    ])
    const errors = livePriceErrors(
      [
        { productId: P1, livePricePaise: 99900 },
        { productId: P2, livePricePaise: 50000 },
      ],
      (id) => prices.get(id),
    )
    expect(Object.keys(errors)).toEqual(['runList.1.livePrice'])
    expect(errors['runList.1.livePrice']?.[0]).toMatch(/below the usual ₹500/)
  })

  it('round-trips a saved show into form values the schema accepts', () => {
    const scheduledAt = new Date(Date.now() + 3 * 86_400_000)
    const values = showFormValues({
      id: '3b7c4b7e-2d7f-4f43-9d8e-6d2a3a2f1c11', storeId: STORE, title: 'Earbuds drop', description: 'd', categoryId: null, language: 'xx', scheduledAt,
      runList: [{ productId: P1, livePricePaise: 49950, title: 'Buds', imageUrl: null, pricePaise: 59900, stock: 3 }],
    })
    expect(values.language).toBe('en')
    expect(values.runList[0]?.livePrice).toBe('499.50')
    const parsed = showSchema.parse(values)
    expect(parsed.runList).toEqual([{ productId: P1, livePrice: 49950 }])
    expect(Math.abs(parsed.scheduledAt.getTime() - scheduledAt.getTime())).toBeLessThan(60_000)
    expect(showSchema.safeParse({ ...newShowFormValues(STORE), title: 'New show', runList: [{ productId: P1, livePrice: '' }] }).success).toBe(true)
  })
})
