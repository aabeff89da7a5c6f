import { ImageResponse } from 'next/og'
import { clampText, OG_COLOURS, OgBrand, OgStar } from '@/components/seo/og-parts'
import { getPublicStoreBySlug } from '@/lib/dal/store'
import { imageDataUri, OG_HEADERS, OG_SIZE } from '@/lib/seo/og-image'

export const alt = 'A store on Haat, with its banner, logo and rating'
export const size = OG_SIZE
export const contentType = 'image/png'

const compact = new Intl.NumberFormat('en-IN', { notation: 'compact', maximumFractionDigits: 1 })

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params
  const store = await getPublicStoreBySlug(slug)
  if (!store) return new Response('Not found', { status: 404 })
  const [banner, logo] = await Promise.all([
    store.bannerUrl ? imageDataUri({ url: store.bannerUrl }, { width: 1200, height: 330 }) : null,
    store.logoUrl ? imageDataUri({ url: store.logoUrl }, { width: 200, height: 200 }) : null,
  ])
  const rated = store.ratingCount > 0 && store.ratingAvg !== null

  return new ImageResponse(
    (
      <div style={{ display: 'flex', flexDirection: 'column', width: '100%', height: '100%', background: OG_COLOURS.paper, color: OG_COLOURS.ink }}>
        <div style={{ display: 'flex', width: 1200, height: 330, background: '#e9e4f5' }}>
          {banner ? <img src={banner} width={1200} height={330} alt="" style={{ objectFit: 'cover' }} /> : null}
        </div>
        <div style={{ display: 'flex', alignItems: 'flex-start', gap: 36, padding: '0 56px' }}>
          <div
            style={{
              display: 'flex',
              marginTop: -90,
              width: 200,
              height: 200,
              borderRadius: 100,
              border: `8px solid ${OG_COLOURS.paper}`,
              background: '#ddd8ef',
              overflow: 'hidden',
              alignItems: 'center',
              justifyContent: 'center',
              fontSize: 72,
            }}
          >
            {logo ? <img src={logo} width={184} height={184} alt="" /> : store.name.slice(0, 1)}
          </div>
          <div style={{ display: 'flex', flexDirection: 'column', flex: 1, paddingTop: 28 }}>
            <div style={{ display: 'flex', fontSize: 58, letterSpacing: -1.5 }}>{clampText(store.name, 32)}</div>
            <div style={{ display: 'flex', marginTop: 8, fontSize: 28, color: OG_COLOURS.muted }}>
              {store.pickupCity}, {store.pickupState}
            </div>
            <div style={{ display: 'flex', alignItems: 'center', gap: 12, marginTop: 22, fontSize: 30 }}>
              {rated ? (
                <>
                  <OgStar size={30} />
                  <span>{`${(store.ratingAvg ?? 0).toFixed(1)} (${compact.format(store.ratingCount)}) ·`}</span>
                </>
              ) : null}
              <span style={{ color: OG_COLOURS.muted }}>{compact.format(store.followerCount)} followers</span>
            </div>
          </div>
        </div>
        <div style={{ display: 'flex', flex: 1 }} />
        <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', padding: '0 56px 36px' }}>
          <OgBrand />
          <span style={{ fontSize: 26, color: OG_COLOURS.muted }}>Shop live from India&apos;s sellers</span>
        </div>
      </div>
    ),
    { ...size, headers: OG_HEADERS },
  )
}
