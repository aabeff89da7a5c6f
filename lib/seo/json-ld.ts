import { paiseToDecimal } from '@/lib/catalog/pricing'

/**
 * schema.org builders for the public pages (SPEC §2.5). Pure: URLs come in absolute, so the
 * output is the same on a laptop and in production apart from the host.
 */

export type JsonLd = Record<string, unknown>

const SCHEMA = 'https://schema.org'

/** Safe inside `<script type="application/ld+json">`: no `</script>` or `<!--` can close or confuse it. */
export function serializeJsonLd(data: JsonLd | JsonLd[]): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}

export type OfferInput = {
  sku: string | null
  name?: string
  pricePaise: number
  stock: number
  url: string
}

export type ProductJsonLdInput = {
  url: string
  name: string
  description: string
  images: string[]
  sku: string | null
  category: string | null
  seller: { name: string; url: string }
  rating: { average: number | null; count: number }
  /** One per variant, or a single offer for a product without variants. */
  offers: OfferInput[]
}

function offer(input: OfferInput, seller: JsonLd): JsonLd {
  return {
    '@type': 'Offer',
    ...(input.name ? { name: input.name } : {}),
    ...(input.sku ? { sku: input.sku } : {}),
    url: input.url,
    price: paiseToDecimal(input.pricePaise),
    priceCurrency: 'INR',
    availability: `${SCHEMA}/${input.stock > 0 ? 'InStock' : 'OutOfStock'}`,
    itemCondition: `${SCHEMA}/NewCondition`,
    seller,
  }
}

export function productJsonLd(input: ProductJsonLdInput): JsonLd {
  const seller = { '@type': 'Organization', name: input.seller.name, url: input.seller.url }
  const offers = input.offers.map((o) => offer(o, seller))
  const prices = input.offers.map((o) => o.pricePaise)
  const offersNode =
    offers.length === 1
      ? offers[0]
      : {
          '@type': 'AggregateOffer',
          priceCurrency: 'INR',
          lowPrice: paiseToDecimal(Math.min(...prices)),
          highPrice: paiseToDecimal(Math.max(...prices)),
          offerCount: offers.length,
          availability: `${SCHEMA}/${input.offers.some((o) => o.stock > 0) ? 'InStock' : 'OutOfStock'}`,
          offers,
        }
  const { average, count } = input.rating
  return {
    '@context': SCHEMA,
    '@type': 'Product',
    name: input.name,
    description: input.description,
    url: input.url,
    ...(input.images.length > 0 ? { image: input.images } : {}),
    ...(input.sku ? { sku: input.sku } : {}),
    ...(input.category ? { category: input.category } : {}),
    brand: { '@type': 'Brand', name: input.seller.name },
    ...(count > 0 && average !== null
      ? {
          aggregateRating: {
            '@type': 'AggregateRating',
            ratingValue: (Math.round(average * 10) / 10).toFixed(1),
            ratingCount: count,
            bestRating: 5,
            worstRating: 1,
          },
        }
      : {}),
    ...(offers.length > 0 ? { offers: offersNode } : {}),
  }
}

export function breadcrumbJsonLd(items: { name: string; url: string }[]): JsonLd {
  return {
    '@context': SCHEMA,
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, i) => ({ '@type': 'ListItem', position: i + 1, name: item.name, item: item.url })),
  }
}

export function siteJsonLd(input: { url: string; name: string; logoUrl: string; description: string }): JsonLd {
  const home = input.url.endsWith('/') ? input.url : `${input.url}/`
  return {
    '@context': SCHEMA,
    '@graph': [
      { '@type': 'Organization', '@id': `${home}#organization`, name: input.name, url: home, logo: input.logoUrl },
      {
        '@type': 'WebSite',
        '@id': `${home}#website`,
        name: input.name,
        url: home,
        description: input.description,
        publisher: { '@id': `${home}#organization` },
        inLanguage: 'en-IN',
        potentialAction: {
          '@type': 'SearchAction',
          target: { '@type': 'EntryPoint', urlTemplate: `${home}search?q={search_term_string}` },
          'query-input': 'required name=search_term_string',
        },
      },
    ],
  }
}

export function storeJsonLd(input: { url: string; name: string; description: string; logoUrl: string | null; address: { city: string; state: string } }): JsonLd {
  return {
    '@context': SCHEMA,
    '@type': 'Organization',
    name: input.name,
    url: input.url,
    ...(input.description ? { description: input.description } : {}),
    ...(input.logoUrl ? { logo: input.logoUrl } : {}),
    address: { '@type': 'PostalAddress', addressLocality: input.address.city, addressRegion: input.address.state, addressCountry: 'IN' },
  }
}
