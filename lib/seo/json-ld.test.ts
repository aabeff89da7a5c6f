import { describe, expect, it } from 'vitest'
import { describeIssues, readStructuredData, type StructuredDataIssue } from '@/tests/support/structured-data'
import { breadcrumbJsonLd, productJsonLd, serializeJsonLd, siteJsonLd, storeJsonLd, type JsonLd } from './json-ld'
import { showJsonLd } from './show-json-ld'
import { metaDescription } from './text'

const base = {
  url: 'https://haat.in/p/katan-silk-saree-ab12',
  name: 'Katan silk saree',
  description: 'Handwoven in Varanasi.',
  images: ['https://haat.in/files/seed/a.webp'],
  sku: 'BW-SAR-001',
  category: 'Fashion > Sarees',
  seller: { name: 'Banarasi Weaves', url: 'https://haat.in/s/banarasi-weaves' },
}

/** Two sizes at different prices, one sold out, no ratings yet. */
const variantProduct = () =>
  productJsonLd({
    ...base,
    rating: { average: null, count: 0 },
    offers: [
      { sku: 'A-S', name: 'S', pricePaise: 49900, stock: 0, url: `${base.url}?variant=1` },
      { sku: 'A-M', name: 'M', pricePaise: 59950, stock: 4, url: `${base.url}?variant=2` },
    ],
  })

describe('productJsonLd', () => {
  it('describes a product without variants with one Offer in INR', () => {
    const ld = productJsonLd({
      ...base,
      rating: { average: 4.56, count: 120 },
      offers: [{ sku: 'BW-SAR-001', pricePaise: 1249900, stock: 3, url: base.url }],
    })
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Product',
      name: 'Katan silk saree',
      sku: 'BW-SAR-001',
      aggregateRating: { '@type': 'AggregateRating', ratingValue: '4.6', ratingCount: 120 },
      offers: {
        '@type': 'Offer',
        price: '12499.00',
        priceCurrency: 'INR',
        availability: 'https://schema.org/InStock',
        sku: 'BW-SAR-001',
        url: base.url,
        seller: { '@type': 'Organization', name: 'Banarasi Weaves' },
      },
    })
  })

  it('uses an AggregateOffer with one Offer per variant', () => {
    const ld = variantProduct()
    expect(ld.aggregateRating).toBeUndefined()
    expect(ld.offers).toMatchObject({
      '@type': 'AggregateOffer',
      lowPrice: '499.00',
      highPrice: '599.50',
      offerCount: 2,
      availability: 'https://schema.org/InStock',
    })
    const offers = (ld.offers as { offers: { availability: string; sku: string }[] }).offers
    expect(offers.map((o) => [o.sku, o.availability])).toEqual([
      ['A-S', 'https://schema.org/OutOfStock'],
      ['A-M', 'https://schema.org/InStock'],
    ])
  })
})

describe('breadcrumbJsonLd', () => {
  it('numbers the items from 1', () => {
    expect(
      breadcrumbJsonLd([
        { name: 'Home', url: 'https://haat.in/' },
        { name: 'Fashion', url: 'https://haat.in/c/fashion' },
      ]),
    ).toEqual({
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://haat.in/' },
        { '@type': 'ListItem', position: 2, name: 'Fashion', item: 'https://haat.in/c/fashion' },
      ],
    })
  })
})

describe('siteJsonLd', () => {
  it('declares a site search action on /search', () => {
    const ld = siteJsonLd({ url: 'https://haat.in', name: 'Haat', logoUrl: 'https://haat.in/icon.svg', description: 'Live shopping' })
    const site = (ld['@graph'] as { '@type': string; potentialAction?: { target: { urlTemplate: string } } }[]).find((n) => n['@type'] === 'WebSite')
    expect(site?.potentialAction?.target.urlTemplate).toBe('https://haat.in/search?q={search_term_string}')
  })
})

describe('serializeJsonLd', () => {
  it('cannot close the script element it sits in, and still parses to the same data', () => {
    const data = { name: '</script><script>alert(1)</script> & <!-- x' }
    const text = serializeJsonLd(data)
    expect(text).not.toMatch(/[<>]/)
    expect(JSON.parse(text)).toEqual(data)
  })
})

describe('metaDescription', () => {
  it('strips markup and cuts at a word', () => {
    expect(metaDescription('<p>Pure <strong>Katan</strong> silk &amp; zari.</p>')).toBe('Pure Katan silk & zari.')
    const long = metaDescription(`<p>${'handwoven silk '.repeat(30)}</p>`, 50)
    expect(long.length).toBeLessThanOrEqual(50)
    expect(long.endsWith('…')).toBe(true)
    expect(long).not.toMatch(/ …$/)
  })
})

// Every builder's output, read back by a structured-data parser and checked against Google's
// rich-result rules and the schema.org vocabulary (tests/support/structured-data.ts).

const page = (...blocks: (JsonLd | JsonLd[])[]) =>
  `<!doctype html><html><head>${blocks.map((b) => `<script type="application/ld+json">${serializeJsonLd(b)}</script>`).join('')}</head><body></body></html>`

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
  { name: 'Katan silk saree', url: base.url },
])

const errors = (issues: StructuredDataIssue[]) => issues.filter((i) => i.severity === 'ERROR')
const vocabularyIssues = (issues: StructuredDataIssue[]) => issues.filter((i) => i.errorType === 'schemaOrg')

describe('structured data as a search engine reads it', () => {
  it('a rated product with one offer and reviews, and its breadcrumb, pass', async () => {
    const ld = { ...productJsonLd({ ...base, rating: { average: 4.5, count: 12 }, offers: [{ sku: 'BW-SAR-001', pricePaise: 1249900, stock: 3, url: base.url }] }), review: [review] }
    const { jsonld, issues } = await readStructuredData(page([ld, breadcrumb]))
    expect(Object.keys(jsonld).sort()).toEqual(['BreadcrumbList', 'Product'])
    expect(errors(issues), describeIssues(issues)).toEqual([])
    expect(vocabularyIssues(issues), describeIssues(issues)).toEqual([])
  })

  it('a product with variants (AggregateOffer) and no ratings passes', async () => {
    const ld = variantProduct()
    const { issues } = await readStructuredData(page(ld))
    expect(errors(issues), describeIssues(issues)).toEqual([])
    expect(vocabularyIssues(issues), describeIssues(issues)).toEqual([])
  })

  it('the site, a store and a live show pass', async () => {
    const site = siteJsonLd({ url: 'https://haat.in', name: 'Haat', logoUrl: 'https://haat.in/apple-icon.png', description: 'Live shopping.' })
    const store = storeJsonLd({ url: base.seller.url, name: 'Banarasi Weaves', description: 'Weavers since 1952.', logoUrl: null, address: { city: 'Varanasi', state: 'Uttar Pradesh' } })
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
      organizer: { name: 'Banarasi Weaves', url: base.seller.url },
      language: 'hi-IN',
    })
    const { jsonld, issues } = await readStructuredData(page(site, store, show))
    expect(Object.keys(jsonld).sort()).toEqual(['Event', 'Organization', 'VideoObject', 'WebSite'])
    expect(errors(issues), describeIssues(issues)).toEqual([])
    expect(vocabularyIssues(issues), describeIssues(issues)).toEqual([])
  })

  // The checks above would pass vacuously if the checker read nothing; these show it reads.
  it('reports an offer without a price and a property schema.org does not define', async () => {
    const ld = productJsonLd({ ...base, rating: { average: null, count: 0 }, offers: [{ sku: null, pricePaise: 100, stock: 1, url: base.url }] })
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
