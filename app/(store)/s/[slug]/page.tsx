import { MapPinIcon, PackageOpenIcon } from 'lucide-react'
import type { Metadata } from 'next'
import Image from 'next/image'
import { notFound } from 'next/navigation'
import { JsonLd } from '@/components/catalog/json-ld'
import { Pagination } from '@/components/catalog/pagination'
import { PreviewBanner } from '@/components/catalog/preview-banner'
import { SortLinks } from '@/components/catalog/sort-links'
import { Rail } from '@/components/home/rail'
import { EmptyState } from '@/components/layout/empty-state'
import { ProductGrid } from '@/components/product/product-grid'
import { ShowCard } from '@/components/show/show-card'
import { StoreLogo } from '@/components/store/store-logo'
import { StoreStats } from '@/components/store/store-rating'
import { DEFAULT_SORT, listingHref, pageCount, parseListingParams } from '@/lib/catalog/listing'
import { getListing, getWishlistState, loadListing } from '@/lib/dal/catalog'
import { getStorePage, getStoreShows } from '@/lib/dal/store'
import { storeJsonLd } from '@/lib/seo/json-ld'
import { absoluteUrl } from '@/lib/seo/site'

const count = new Intl.NumberFormat('en-IN')

async function load(params: PageProps<'/s/[slug]'>['params']) {
  const { slug } = await params
  const result = await getStorePage(slug)
  if (!result) notFound()
  return result
}

export async function generateMetadata({ params, searchParams }: PageProps<'/s/[slug]'>): Promise<Metadata> {
  const { store, preview } = await load(params)
  const { page } = parseListingParams(await searchParams)
  const title = page > 1 ? `${store.name} — page ${page}` : store.name
  const description = store.description || `Shop ${store.name} from ${store.pickupCity} on Haat, and watch their live shows.`
  const url = listingHref(`/s/${store.slug}`, { sort: DEFAULT_SORT, page })
  return {
    title,
    description,
    alternates: { canonical: url },
    robots: preview ? { index: false, follow: false } : undefined,
    openGraph: { type: 'website', siteName: 'Haat', locale: 'en_IN', title, description, url },
    twitter: { card: 'summary_large_image', title, description },
  }
}

export default async function StorePage({ params, searchParams }: PageProps<'/s/[slug]'>) {
  const { store, preview } = await load(params)
  const { sort, page } = parseListingParams(await searchParams)
  const [listing, shows] = await Promise.all([
    preview ? loadListing({ storeId: store.id, storeReview: true }, sort, page) : getListing({ storeId: store.id }, sort, page),
    getStoreShows(store.id),
  ])
  const totalPages = pageCount(listing.total)
  if (page > totalPages) notFound()
  const wishlist = await getWishlistState(listing.products.flatMap((p) => p.id ?? []))
  const base = `/s/${store.slug}`

  return (
    <>
      {preview ? (
        <PreviewBanner reason={`Only your store's team can see this page: ${store.name} is ${store.status === 'pending' ? 'waiting for approval' : store.status}.`} />
      ) : (
        <JsonLd
          data={storeJsonLd({
            url: absoluteUrl(base),
            name: store.name,
            description: store.description,
            logoUrl: store.logoUrl ? absoluteUrl(store.logoUrl) : null,
            address: { city: store.pickupCity, state: store.pickupState },
          })}
        />
      )}
      <div className="mx-auto flex w-full max-w-7xl flex-col gap-10 px-4 pt-4 pb-16 sm:px-6">
        <header>
          <div className="relative h-36 overflow-hidden rounded-2xl bg-secondary sm:h-56">
            {store.bannerUrl ? (
              <Image src={store.bannerUrl} alt="" fill loading="eager" fetchPriority="high" sizes="(min-width: 1280px) 1232px, 100vw" className="object-cover" />
            ) : null}
          </div>
          <div className="flex items-start gap-4 px-2 sm:gap-5 sm:px-6">
            <StoreLogo name={store.name} logoUrl={store.logoUrl} size={96} className="-mt-10 ring-4 ring-background sm:-mt-12" />
            <div className="min-w-0 flex-1 pt-3">
              <h1 className="text-2xl font-bold tracking-tight text-balance sm:text-3xl">{store.name}</h1>
              <p className="mt-1 flex items-center gap-1 text-sm text-muted-foreground">
                <MapPinIcon aria-hidden="true" className="size-4" />
                {store.pickupCity}, {store.pickupState}
              </p>
            </div>
          </div>
          <div className="mt-4 flex flex-col gap-3 px-2 sm:px-6">
            <StoreStats ratingAvg={store.ratingAvg} ratingCount={store.ratingCount} followerCount={store.followerCount} />
            {store.description ? <p className="max-w-3xl text-[15px] leading-relaxed text-foreground/90">{store.description}</p> : null}
            <p className="text-sm text-muted-foreground">
              {store.returnWindowDays}-day returns · {store.codEnabled ? 'Cash on delivery available' : 'Prepaid orders only'}
            </p>
          </div>
        </header>

        {shows.upcoming.length > 0 ? (
          <div className="-mx-4 sm:-mx-6">
            <Rail id="upcoming-lives" title="Live and upcoming">
              {shows.upcoming.map((show) => (
                <div role="listitem" key={show.id}>
                  <ShowCard show={show} live={show.live} />
                </div>
              ))}
            </Rail>
          </div>
        ) : null}

        <section aria-labelledby="products-heading">
          <div className="mb-4 flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
            <h2 id="products-heading" className="text-xl font-semibold tracking-tight">
              Products <span className="text-base font-normal text-muted-foreground">({count.format(listing.total)})</span>
            </h2>
            {listing.total > 1 ? <SortLinks current={sort} href={(s) => listingHref(base, { sort: s, page: 1 })} /> : null}
          </div>
          <ProductGrid
            products={listing.products}
            titleAs="h3"
            eagerCount={2}
            wishlist={wishlist}
            empty={
              <EmptyState
                icon={PackageOpenIcon}
                title="No products yet"
                description={`${store.name} hasn't listed anything yet. Check back soon, or catch their next live show.`}
              />
            }
          />
          <Pagination page={page} totalPages={totalPages} href={(p) => listingHref(base, { sort, page: p })} />
        </section>

        {shows.past.length > 0 ? (
          <div className="-mx-4 sm:-mx-6">
            <Rail id="past-lives" title="Past lives">
              {shows.past.map((show) => (
                <div role="listitem" key={show.id}>
                  <ShowCard show={show} live={false} />
                </div>
              ))}
            </Rail>
          </div>
        ) : null}
      </div>
    </>
  )
}
