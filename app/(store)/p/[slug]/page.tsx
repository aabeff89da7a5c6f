import { StarIcon } from 'lucide-react'
import type { Metadata } from 'next'
import { cookies } from 'next/headers'
import { notFound } from 'next/navigation'
import { Breadcrumbs } from '@/components/catalog/breadcrumbs'
import { JsonLd } from '@/components/catalog/json-ld'
import { PreviewBanner } from '@/components/catalog/preview-banner'
import { ProductRail } from '@/components/catalog/product-rail'
import { AddToCart } from '@/components/product/add-to-cart'
import { DeliveryEstimate } from '@/components/product/delivery-estimate'
import { ProductDetails } from '@/components/product/product-details'
import { ProductGallery } from '@/components/product/product-gallery'
import { ProductOffer } from '@/components/product/product-offer'
import { ProductShows } from '@/components/product/product-shows'
import { ProductVariantProvider } from '@/components/product/product-variant-context'
import { RecentlyViewedRecorder } from '@/components/product/recently-viewed-recorder'
import { VariantPicker } from '@/components/product/variant-picker'
import { WishlistButton } from '@/components/product/wishlist-button'
import { ProductReviews } from '@/components/review/product-reviews'
import { StoreCard } from '@/components/store/store-card'
import { DELIVERY_PIN_COOKIE } from '@/lib/catalog/delivery'
import { getRecentlyViewed, getWishlistState } from '@/lib/dal/catalog'
import { getProductPage, getProductShows, getRelatedProducts, type ProductPageData } from '@/lib/dal/product'
import { getReviewJsonLd } from '@/lib/dal/review-pages'
import { breadcrumbJsonLd, productJsonLd, type JsonLd as JsonLdData } from '@/lib/seo/json-ld'
import { absoluteUrl } from '@/lib/seo/site'
import { metaDescription } from '@/lib/seo/text'
import { pinCode } from '@/lib/validations/common'
import { HydrateSeparately } from '@/components/layout/hydrate-separately'

const compact = new Intl.NumberFormat('en-IN', { notation: 'compact', maximumFractionDigits: 1 })

export async function generateMetadata({ params }: PageProps<'/p/[slug]'>): Promise<Metadata> {
  const { slug } = await params
  const result = await getProductPage(slug)
  if (!result) notFound()
  const { product, preview } = result
  const title = `${product.title} · ${product.store.name}`
  const description = metaDescription(product.descriptionHtml) || `${product.title}, sold by ${product.store.name} on Haat.`
  const url = `/p/${product.slug}`
  return {
    title,
    description,
    alternates: { canonical: url },
    robots: preview ? { index: false, follow: false } : undefined,
    openGraph: { type: 'website', siteName: 'Haat', locale: 'en_IN', title, description, url },
    twitter: { card: 'summary_large_image', title, description },
  }
}

function previewReason(product: ProductPageData): string {
  const reasons: string[] = []
  if (product.store.status !== 'approved') reasons.push(`${product.store.name} is ${product.store.status === 'pending' ? 'waiting for approval' : product.store.status}.`)
  if (product.status !== 'active') reasons.push(`This product is ${product.status}.`)
  if (product.visibility !== 'public') reasons.push(`This product is ${product.visibility === 'draft' ? 'a draft' : 'private'}.`)
  return `Only your store's team can see this page. ${reasons.join(' ')}`
}

function structuredData(product: ProductPageData, reviews: JsonLdData[]) {
  const url = absoluteUrl(`/p/${product.slug}`)
  const images = product.media.filter((m) => m.kind === 'image').map((m) => absoluteUrl(m.url))
  const offers =
    product.variants.length > 0
      ? product.variants.map((v) => ({ sku: v.sku, name: v.title, pricePaise: v.pricePaise, stock: v.stock, url: `${url}?variant=${v.id}` }))
      : [{ sku: product.sku, pricePaise: product.pricePaise, stock: product.stock, url }]
  return [
    {
      ...productJsonLd({
        url,
        name: product.title,
        description: metaDescription(product.descriptionHtml, 5000) || product.title,
        images,
        sku: product.sku,
        category: product.breadcrumb.map((c) => c.name).join(' > ') || null,
        seller: { name: product.store.name, url: absoluteUrl(`/s/${product.store.slug}`) },
        rating: { average: product.ratingAvg, count: product.ratingCount },
        offers,
      }),
      ...(reviews.length > 0 ? { review: reviews } : {}),
    },
    breadcrumbJsonLd([
      { name: 'Home', url: absoluteUrl('/') },
      ...product.breadcrumb.map((c) => ({ name: c.name, url: absoluteUrl(`/c/${c.path}`) })),
      { name: product.title, url },
    ]),
  ]
}

export default async function ProductPage({ params, searchParams }: PageProps<'/p/[slug]'>) {
  const { slug } = await params
  const result = await getProductPage(slug)
  if (!result) notFound()
  const { product, preview } = result
  const query = await searchParams
  const { variant, pin } = query
  // `?pin=` is what the delivery form submits before hydration; otherwise the remembered PIN.
  const storedPin = pinCode.safeParse((await cookies()).get(DELIVERY_PIN_COOKIE)?.value)
  const initialPin = typeof pin === 'string' ? pin.slice(0, 10) : storedPin.success ? storedPin.data : null

  const [shows, related, recent, reviewLd] = await Promise.all([
    getProductShows(product.id),
    getRelatedProducts({ id: product.id, categoryId: product.categoryId, storeId: product.store.id }),
    getRecentlyViewed(product.id),
    preview ? [] : getReviewJsonLd(product.id),
  ])
  const wishlist = await getWishlistState([product.id, ...related.flatMap((p) => p.id ?? []), ...recent.flatMap((p) => p.id ?? [])])
  const rated = product.ratingCount > 0 && product.ratingAvg !== null

  return (
    <>
      {preview ? <PreviewBanner reason={previewReason(product)} /> : <JsonLd data={structuredData(product, reviewLd)} />}
      {preview ? null : <RecentlyViewedRecorder productId={product.id} />}
      <div className="mx-auto flex w-full max-w-7xl flex-col gap-12 px-4 pt-4 pb-16 sm:px-6">
        <ProductVariantProvider
          product={{
            id: product.id,
            pricePaise: product.pricePaise,
            compareAtPaise: product.compareAtPaise,
            stock: product.stock,
            lowStockThreshold: product.lowStockThreshold,
            options: product.options,
            variants: product.variants,
          }}
          initialVariantId={typeof variant === 'string' ? variant : null}
        >
          <div className="flex flex-col gap-4">
            <Breadcrumbs
              items={[
                { name: 'Home', href: '/' },
                ...product.breadcrumb.map((c) => ({ name: c.name, href: `/c/${c.path}` })),
                { name: product.title, href: `/p/${product.slug}` },
              ]}
            />
            <div className="grid gap-8 lg:grid-cols-[minmax(0,1.1fr)_minmax(0,1fr)] lg:gap-12">
              <div className="lg:sticky lg:top-24 lg:self-start">
                <ProductGallery items={product.media.map((m) => ({ id: m.id, kind: m.kind, url: m.url, alt: m.alt }))} title={product.title} />
              </div>
              <div className="flex min-w-0 flex-col gap-6">
                <div className="flex flex-col gap-2">
                  <h1 className="text-2xl font-bold tracking-tight text-balance sm:text-3xl">{product.title}</h1>
                  {rated ? (
                    <p className="flex items-center gap-2 text-sm">
                      <span className="inline-flex items-center gap-1 rounded-md bg-success px-1.5 py-0.5 font-semibold text-success-foreground">
                        {(product.ratingAvg ?? 0).toFixed(1)}
                        <StarIcon aria-hidden="true" className="size-3.5 fill-current" />
                      </span>
                      <span className="text-muted-foreground">
                        <a href="#reviews" className="underline-offset-4 hover:underline">
                          <span className="sr-only">out of 5, from </span>
                          {compact.format(product.ratingCount)} ratings
                        </a>
                        {product.soldCount > 0 ? ` · ${compact.format(product.soldCount)} sold` : ''}
                      </span>
                    </p>
                  ) : null}
                </div>
                <ProductOffer />
                <VariantPicker />
                {preview ? null : (
                  // These act on the public product, so a preview leaves them out.
                  <>
                    <AddToCart productTitle={product.title} />
                    <WishlistButton
                      productId={product.id}
                      productTitle={product.title}
                      initialSaved={wishlist.savedIds.includes(product.id)}
                      signedIn={wishlist.signedIn}
                      variant="full"
                    />
                    <DeliveryEstimate productId={product.id} initialPin={initialPin} />
                  </>
                )}
                <StoreCard store={product.store} />
              </div>
            </div>
          </div>
        </ProductVariantProvider>
        <ProductDetails product={product} />
        <ProductReviews productId={product.id} slug={product.slug} sellerName={product.store.name} searchParams={query} />
        <HydrateSeparately>
          <ProductShows shows={shows} />
        </HydrateSeparately>
      </div>
      <HydrateSeparately>
        <div className="flex flex-col gap-10 pb-8">
          <ProductRail id="related-heading" title="You may also like" products={related} wishlist={wishlist} />
          <ProductRail id="recent-heading" title="Recently viewed" products={recent} wishlist={wishlist} />
        </div>
      </HydrateSeparately>
    </>
  )
}
