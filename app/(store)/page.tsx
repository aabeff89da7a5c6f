import { PackageSearchIcon } from 'lucide-react'
import type { Metadata } from 'next'
import { connection } from 'next/server'
import { CategoryTiles } from '@/components/home/category-tiles'
import { PromoBanners } from '@/components/home/promo-banners'
import { Rail } from '@/components/home/rail'
import { EmptyState } from '@/components/layout/empty-state'
import { ProductGrid } from '@/components/product/product-grid'
import { ShowCard } from '@/components/show/show-card'
import { getHomePage } from '@/lib/dal/home'

export const metadata: Metadata = {
  alternates: { canonical: '/' },
}

export default async function HomePage() {
  // Reads the database on every request; the build never opens it.
  await connection()
  const { live, upcoming, trending, categories, banners } = await getHomePage()
  return (
    <div className="flex flex-col gap-10 pb-16">
      <h1 className="sr-only">Haat — shop live from India&apos;s sellers</h1>
      <PromoBanners banners={banners} />
      {live.length > 0 ? (
        <Rail id="live-now" title="Live now">
          {live.map((show) => (
            <div role="listitem" key={show.id}>
              <ShowCard show={show} live />
            </div>
          ))}
        </Rail>
      ) : null}
      {upcoming.length > 0 ? (
        <Rail id="starting-soon" title="Starting soon">
          {upcoming.map((show) => (
            <div role="listitem" key={show.id}>
              <ShowCard show={show} live={false} />
            </div>
          ))}
        </Rail>
      ) : null}
      <CategoryTiles categories={categories} />
      <section aria-labelledby="trending-heading" className="mx-auto w-full max-w-7xl px-4 sm:px-6">
        <h2 id="trending-heading" className="mb-3 text-xl font-semibold tracking-tight">
          Trending now
        </h2>
        <ProductGrid
          products={trending}
          titleAs="h3"
          eagerCount={4}
          empty={
            <EmptyState
              icon={PackageSearchIcon}
              title="No products yet"
              description="Sellers are setting up their stores. Check back soon — or open your own store and be the first."
            />
          }
        />
      </section>
    </div>
  )
}
