import { PackageSearchIcon } from 'lucide-react'
import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { Breadcrumbs } from '@/components/catalog/breadcrumbs'
import { CategoryChips } from '@/components/catalog/category-chips'
import { JsonLd } from '@/components/catalog/json-ld'
import { Pagination } from '@/components/catalog/pagination'
import { SortLinks } from '@/components/catalog/sort-links'
import { EmptyState } from '@/components/layout/empty-state'
import { PageHeader } from '@/components/layout/page-header'
import { ProductGrid } from '@/components/product/product-grid'
import { Button } from '@/components/ui/button'
import { DEFAULT_SORT, listingHref, pageCount, parseListingParams } from '@/lib/catalog/listing'
import { getCategory, getListing, getWishlistState } from '@/lib/dal/catalog'
import { breadcrumbJsonLd } from '@/lib/seo/json-ld'
import { absoluteUrl } from '@/lib/seo/site'

const count = new Intl.NumberFormat('en-IN')

async function load(params: PageProps<'/c/[...slug]'>['params']) {
  const { slug } = await params
  // The layout has already turned unknown paths into a 404.
  const path = slug.join('/')
  const data = await getCategory(path)
  if (!data) notFound()
  return { path, ...data }
}

export async function generateMetadata({ params, searchParams }: PageProps<'/c/[...slug]'>): Promise<Metadata> {
  const { path, category, trail } = await load(params)
  const { page } = parseListingParams(await searchParams)
  const name = trail.length > 1 ? `${category.name} · ${trail[0]?.name}` : category.name
  const title = page > 1 ? `${name} — page ${page}` : name
  const description = category.description ?? `Shop ${category.name} from India's sellers on Haat, live and on demand.`
  // Sorted views show the same products as the default order: one canonical per page number.
  const url = listingHref(`/c/${path}`, { sort: DEFAULT_SORT, page })
  return {
    title,
    description,
    alternates: { canonical: url },
    openGraph: { type: 'website', siteName: 'Haat', locale: 'en_IN', title, description, url, images: category.imageUrl ? [category.imageUrl] : undefined },
    twitter: { card: 'summary', title, description },
  }
}

export default async function CategoryPage({ params, searchParams }: PageProps<'/c/[...slug]'>) {
  const { path, category, trail, chips, chipsAreChildren } = await load(params)
  const { sort, page } = parseListingParams(await searchParams)
  const listing = await getListing({ categoryPath: path }, sort, page)
  const totalPages = pageCount(listing.total)
  if (page > totalPages) notFound()
  const wishlist = await getWishlistState(listing.products.flatMap((p) => p.id ?? []))
  const base = `/c/${path}`
  const crumbs = [{ name: 'Home', href: '/' }, ...trail.map((c) => ({ name: c.name, href: `/c/${c.path}` }))]

  return (
    <div className="mx-auto w-full max-w-7xl px-4 pt-4 pb-16 sm:px-6">
      <JsonLd data={breadcrumbJsonLd(crumbs.map((c) => ({ name: c.name, url: absoluteUrl(c.href) })))} />
      <Breadcrumbs items={crumbs} className="mb-4" />
      <PageHeader
        title={category.name}
        description={
          <>
            {category.description ? <span className="block">{category.description}</span> : null}
            <span className="mt-1 block text-sm" data-testid="result-count">
              {listing.total === 1 ? '1 product' : `${count.format(listing.total)} products`}
              {totalPages > 1 ? ` · page ${page} of ${totalPages}` : ''}
            </span>
          </>
        }
        className="pb-4"
      />
      <div className="mb-6 flex flex-col gap-4">
        <CategoryChips label={chipsAreChildren ? `Shop within ${category.name}` : 'Related categories'} chips={chips} currentPath={path} />
        {listing.total > 1 ? <SortLinks current={sort} href={(s) => listingHref(base, { sort: s, page: 1 })} /> : null}
      </div>
      <h2 className="sr-only">Products</h2>
      <ProductGrid
        products={listing.products}
        titleAs="h3"
        eagerCount={4}
        wishlist={wishlist}
        empty={
          <EmptyState
            icon={PackageSearchIcon}
            title={`No ${category.name.toLowerCase()} yet`}
            description="Sellers haven't listed anything here yet. Browse another category, or catch a live show."
            action={
              <Button asChild variant="outline">
                <Link href="/">Back to the home page</Link>
              </Button>
            }
          />
        }
      />
      <Pagination page={page} totalPages={totalPages} href={(p) => listingHref(base, { sort, page: p })} />
    </div>
  )
}
