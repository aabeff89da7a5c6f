import { ImageResponse } from 'next/og'
import { clampText, OG_COLOURS, OgBrand, OgStar } from '@/components/seo/og-parts'
import { discountPercent } from '@/lib/catalog/pricing'
import { getPublicProductBySlug } from '@/lib/dal/product'
import { imageDataUri, OG_HEADERS, OG_SIZE } from '@/lib/seo/og-image'
import { formatINR } from '@/lib/utils'

export const alt = 'A product on Haat, with its photo, price and seller'
export const size = OG_SIZE
export const contentType = 'image/png'

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params
  const product = await getPublicProductBySlug(slug)
  if (!product) return new Response('Not found', { status: 404 })
  const first = product.media.find((m) => m.kind === 'image')
  const photo = first ? await imageDataUri({ key: first.key, url: first.url }, { width: 630, height: 630 }) : null
  const prices = product.variants.length > 0 ? product.variants.map((v) => v.pricePaise) : [product.pricePaise]
  const low = Math.min(...prices)
  const off = discountPercent(product.pricePaise, product.compareAtPaise)
  const rated = product.ratingCount > 0 && product.ratingAvg !== null

  return new ImageResponse(
    (
      <div style={{ display: 'flex', width: '100%', height: '100%', background: OG_COLOURS.paper }}>
        <div style={{ display: 'flex', width: 630, height: 630, background: '#f1ede6' }}>
          {photo ? <img src={photo} width={630} height={630} alt="" style={{ objectFit: 'cover' }} /> : null}
        </div>
        <div style={{ display: 'flex', flexDirection: 'column', flex: 1, padding: '44px 48px', color: OG_COLOURS.ink }}>
          <OgBrand />
          <div style={{ display: 'flex', marginTop: 36, fontSize: 48, lineHeight: 1.15, letterSpacing: -1 }}>{clampText(product.title, 70)}</div>
          <div style={{ display: 'flex', marginTop: 16, fontSize: 26, color: OG_COLOURS.muted }}>by {clampText(product.store.name, 36)}</div>
          <div style={{ display: 'flex', flex: 1 }} />
          {rated ? (
            <div style={{ display: 'flex', alignItems: 'center', gap: 10, fontSize: 28, marginBottom: 18 }}>
              <OgStar />
              <span>{(product.ratingAvg ?? 0).toFixed(1)}</span>
              <span style={{ color: OG_COLOURS.muted }}>· {product.ratingCount.toLocaleString('en-IN')} ratings</span>
            </div>
          ) : null}
          <div style={{ display: 'flex', alignItems: 'baseline', gap: 18 }}>
            <span style={{ fontSize: 64, letterSpacing: -1.5 }}>
              {prices.length > 1 && low !== Math.max(...prices) ? `from ${formatINR(low)}` : formatINR(low)}
            </span>
            {off > 0 && product.compareAtPaise !== null ? (
              <span style={{ fontSize: 30, color: OG_COLOURS.muted, textDecoration: 'line-through' }}>{formatINR(product.compareAtPaise)}</span>
            ) : null}
          </div>
          {off > 0 ? (
            <div style={{ display: 'flex', marginTop: 14 }}>
              <span style={{ background: OG_COLOURS.green, color: 'white', fontSize: 26, padding: '6px 16px', borderRadius: 10 }}>{off}% off</span>
            </div>
          ) : null}
        </div>
      </div>
    ),
    { ...size, headers: OG_HEADERS },
  )
}
