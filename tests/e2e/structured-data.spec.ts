import type { APIRequestContext } from '@playwright/test'
import { describeIssues, readStructuredData } from '../support/structured-data'
import { expect, test } from './fixtures'

// The public pages' JSON-LD, as served by the production build, read by a structured-data parser
// and checked against Google's rich-result rules and the schema.org vocabulary. Recommended fields
// a marketplace cannot fill (GTINs for handmade goods, say) are warnings and allowed; errors, and
// types or properties schema.org doesn't define, are not.

async function check(request: APIRequestContext, path: string) {
  const response = await request.get(path)
  expect(response.status(), path).toBe(200)
  const report = await readStructuredData(await response.text())
  const blocking = report.issues.filter((i) => i.severity === 'ERROR' || i.errorType === 'schemaOrg')
  expect(blocking, `${path}\n${describeIssues(report.issues)}`).toEqual([])
  return report.jsonld
}

async function links(request: APIRequestContext, path: string, prefix: string) {
  const html = await (await request.get(path)).text()
  return [...new Set([...html.matchAll(new RegExp(`href="(${prefix}[^"?#]+)"`, 'g'))].map((m) => m[1]!))]
}

test('the home, category, store and show pages carry valid structured data', async ({ request }) => {
  const home = await check(request, '/')
  expect(home.WebSite?.[0]).toMatchObject({ potentialAction: { '@type': 'SearchAction' } })
  expect(home.Organization?.[0]?.name).toBe('Haat')

  const category = await check(request, '/c/fashion/sarees')
  const crumbs = category.BreadcrumbList?.[0]?.itemListElement as { position: number; name: string }[]
  expect(crumbs.map((c) => [c.position, c.name])).toEqual([
    [1, 'Home'],
    [2, 'Fashion'],
    [3, 'Sarees'],
  ])

  const [productPath] = await links(request, '/c/fashion/sarees', '/p/')
  const [storePath] = await links(request, productPath!, '/s/')
  const store = await check(request, storePath!)
  expect(store.Organization?.[0]).toMatchObject({ '@type': 'Organization', address: { addressCountry: 'IN' } })

  const [showPath] = await links(request, '/', '/live/')
  const show = await check(request, showPath!)
  expect(show.Event?.[0]).toMatchObject({ eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode' })
})

test('product pages carry valid Product, Offer, AggregateRating, Review and BreadcrumbList data', async ({ request }) => {
  test.slow()
  const seen = new Set<string>()
  for (const path of (await links(request, '/c/beauty', '/p/')).slice(0, 12)) {
    const ld = await check(request, path)
    const product = ld.Product?.[0] as { offers: { '@type': string }; aggregateRating?: object; review?: object[] } | undefined
    expect(product, `${path} has Product data`).toBeTruthy()
    expect(ld.BreadcrumbList?.[0], `${path} has a breadcrumb`).toBeTruthy()
    seen.add(product!.offers['@type'])
    if (product!.aggregateRating) seen.add('AggregateRating')
    if (product!.review?.length) seen.add('Review')
  }
  // Both shapes of offer were among the pages checked, with ratings and reviews.
  expect([...seen].sort()).toEqual(['AggregateOffer', 'AggregateRating', 'Offer', 'Review'])
})
