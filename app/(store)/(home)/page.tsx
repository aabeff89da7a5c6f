import { PackageSearchIcon } from 'lucide-react'
import type { Metadata } from 'next'
import Link from 'next/link'
import { connection } from 'next/server'
import { Suspense } from 'react'
import { JsonLd } from '@/components/catalog/json-ld'
import { CategoryTiles } from '@/components/home/category-tiles'
import { PromoBanners } from '@/components/home/promo-banners'
import { Rail } from '@/components/home/rail'
import { RecentlyViewedRail } from '@/components/home/recently-viewed-rail'
import { EmptyState } from '@/components/layout/empty-state'
import { HydrateSeparately } from '@/components/layout/hydrate-separately'
import { ProductGrid } from '@/components/product/product-grid'
import { ShowCard } from '@/components/show/show-card'
import { getWishlistState } from '@/lib/dal/catalog'
import { getHomePage } from '@/lib/dal/home'
import { siteJsonLd } from '@/lib/seo/json-ld'
import { absoluteUrl } from '@/lib/seo/site'

const DESCRIPTION =
  'Haat is a live-commerce marketplace: watch sellers go live, chat, bid and buy sarees, handicrafts, electronics and more — with UPI, cards and cash on delivery.'

export const metadata: Metadata = {
  alternates: { canonical: '/' },
  openGraph: { type: 'website', siteName: 'Haat', locale: 'en_IN', url: '/', title: 'Haat — shop live from India’s sellers', description: DESCRIPTION },
  twitter: { card: 'summary_large_image', title: 'Haat — shop live from India’s sellers', description: DESCRIPTION },
}

export default async function HomePage() {
  // Reads the database on every request; the build never opens it.
  await connection()
  const { live, upcoming, trending, categories, banners } = await getHomePage()
  const wishlist = await getWishlistState(trending.flatMap((p) => p.id ?? []))
  return (
    <div className="flex flex-col gap-10 pb-16">
      <JsonLd data={siteJsonLd({ url: absoluteUrl('/'), name: 'Haat', logoUrl: absoluteUrl('/apple-icon.png'), description: DESCRIPTION })} />
      <h1 className="sr-only">Haat — shop live from India&apos;s sellers</h1>
      <PromoBanners banners={banners} />
      {live.length > 0 ? (
        <HydrateSeparately>
          <Rail id="live-now" title="Live now">
            {live.map((show) => (
              <div role="listitem" key={show.id}>
                <ShowCard show={show} live />
              </div>
            ))}
          </Rail>
        </HydrateSeparately>
      ) : null}
      {upcoming.length > 0 ? (
        <HydrateSeparately>
          <Rail id="starting-soon" title="Starting soon">
            {upcoming.map((show) => (
              <div role="listitem" key={show.id}>
                <ShowCard show={show} live={false} />
              </div>
            ))}
          </Rail>
        </HydrateSeparately>
      ) : null}
      <Suspense fallback={null}>
        <RecentlyViewedRail />
      </Suspense>
      <HydrateSeparately>
        <CategoryTiles categories={categories} />
      </HydrateSeparately>
      <HydrateSeparately>
        <section aria-labelledby="trending-heading" className="mx-auto w-full max-w-7xl px-4 sm:px-6">
          <div className="mb-3 flex items-baseline justify-between gap-3">
            <h2 id="trending-heading" className="text-xl font-semibold tracking-tight">
              Trending now
            </h2>
            <Link href="/search?sort=bestselling" className="text-primary-ink text-sm font-medium hover:underline">
              See all<span className="sr-only"> bestselling products</span>
            </Link>
          </div>
          <ProductGrid
            products={trending}
            titleAs="h3"
            wishlist={wishlist}
            empty={
              <EmptyState
                icon={PackageSearchIcon}
                title="No products yet"
                description="Sellers are setting up their stores. Check back soon — or open your own store and be the first."
              />
            }
          />
        </section>
      </HydrateSeparately>
    </div>
  )
}
