import { describe, expect, it } from 'vitest'
import { describeIssues, readStructuredData, type StructuredDataIssue } from '@/tests/support/structured-data'
import { breadcrumbJsonLd, productJsonLd, serializeJsonLd, siteJsonLd, storeJsonLd, type JsonLd } from './json-ld'
import { showJsonLd } from './show-json-ld'

// Every builder's output, read back by a structured-data parser and checked against Google's
// rich-result rules and the schema.org vocabulary (tests/support/structured-data.ts).

const page = (...blocks: (JsonLd | JsonLd[])[]) =>
  `<!doctype html><html><head>${blocks.map((b) => `<script type="application/ld+json">${serializeJsonLd(b)}</script>`).join('')}</head><body></body></html>`

const product = {
  url: 'https://haat.in/p/katan-silk-saree-ab12',
  name: 'Katan silk saree',
  description: 'Handwoven in Varanasi.',
  images: ['https://haat.in/files/seed/a.webp'],
  sku: 'BW-SAR-001',
  category: 'Fashion > Sarees',
  seller: { name: 'Banarasi Weaves', url: 'https://haat.in/s/banarasi-weaves' },
}
const review = {
  '@type': 'Review',
  author: { '@type': 'Person', name: 'Meera K.' },
  datePublished: '2026-11-02',
  reviewRating: { '@type': 'Rating', ratingValue: 5, bestRating: 5, worstRating: 1 },
  reviewBody: 'The zari is even finer in person.',
}
const breadcrumb = breadcrumbJsonLd([
  { name: 'Home', url: 'https://haat.in/' },
  { name: 'Fashion', url: 'https://haat.in/c/fashion' },
  { name: 'Katan silk saree', url: product.url },
])

const errors = (issues: StructuredDataIssue[]) => issues.filter((i) => i.severity === 'ERROR')
const vocabularyIssues = (issues: StructuredDataIssue[]) => issues.filter((i) => i.errorType === 'schemaOrg')

describe('structured data as a search engine reads it', () => {
  it('a rated product with one offer and reviews, and its breadcrumb, pass', async () => {
    const ld = { ...productJsonLd({ ...product, rating: { average: 4.5, count: 12 }, offers: [{ sku: 'BW-SAR-001', pricePaise: 1249900, stock: 3, url: product.url }] }), review: [review] }
    const { jsonld, issues } = await readStructuredData(page([ld, breadcrumb]))
    expect(Object.keys(jsonld).sort()).toEqual(['BreadcrumbList', 'Product'])
    expect(errors(issues), describeIssues(issues)).toEqual([])
    expect(vocabularyIssues(issues), describeIssues(issues)).toEqual([])
  })

  it('a product with variants (AggregateOffer) and no ratings passes', async () => {
    const ld = productJsonLd({
      ...product,
      rating: { average: null, count: 0 },
      offers: [
        { sku: 'A-S', name: 'S', pricePaise: 49900, stock: 0, url: `${product.url}?variant=1` },
        { sku: 'A-M', name: 'M', pricePaise: 59950, stock: 4, url: `${product.url}?variant=2` },
      ],
    })
    const { issues } = await readStructuredData(page(ld))
    expect(errors(issues), describeIssues(issues)).toEqual([])
    expect(vocabularyIssues(issues), describeIssues(issues)).toEqual([])
  })

  it('the site, a store and a live show pass', async () => {
    const site = siteJsonLd({ url: 'https://haat.in', name: 'Haat', logoUrl: 'https://haat.in/apple-icon.png', description: 'Live shopping.' })
    const store = storeJsonLd({ url: product.seller.url, name: 'Banarasi Weaves', description: 'Weavers since 1952.', logoUrl: null, address: { city: 'Varanasi', state: 'Uttar Pradesh' } })
    const show = showJsonLd({
      url: 'https://haat.in/live/diwali-silks',
      title: 'Diwali silks',
      description: '',
      status: 'live',
      scheduledAt: '2026-11-20T12:30:00.000Z',
      startedAt: '2026-11-20T12:31:00.000Z',
      endedAt: null,
      imageUrl: 'https://haat.in/files/shows/cover.webp',
      recordingUrl: null,
      organizer: { name: 'Banarasi Weaves', url: product.seller.url },
      language: 'hi-IN',
    })
    const { jsonld, issues } = await readStructuredData(page(site, store, show))
    expect(Object.keys(jsonld).sort()).toEqual(['Event', 'Organization', 'VideoObject', 'WebSite'])
    expect(errors(issues), describeIssues(issues)).toEqual([])
    expect(vocabularyIssues(issues), describeIssues(issues)).toEqual([])
  })

  // The checks above would pass vacuously if the checker read nothing; these show it reads.
  it('reports an offer without a price and a property schema.org does not define', async () => {
    const ld = productJsonLd({ ...product, rating: { average: null, count: 0 }, offers: [{ sku: null, pricePaise: 100, stock: 1, url: product.url }] })
    const offer = { ...(ld.offers as JsonLd) }
    delete offer.price
    const { issues } = await readStructuredData(page({ ...ld, offers: offer, shippingSpeed: 'fast' }))
    expect(errors(issues).map((i) => i.fieldNames)).toContainEqual(expect.arrayContaining(['price']))
    expect(vocabularyIssues(issues).map((i) => i.fieldNames)).toEqual([['shippingSpeed']])
  })

  it('reports a breadcrumb item without a position', async () => {
    const broken = { ...breadcrumb, itemListElement: [{ '@type': 'ListItem', name: 'Home', item: 'https://haat.in/' }] }
    const { issues } = await readStructuredData(page(broken))
    expect(errors(issues).length).toBeGreaterThan(0)
  })
})
