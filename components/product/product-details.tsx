import type { ProductPageData } from '@/lib/dal/product'

const grams = new Intl.NumberFormat('en-IN', { maximumFractionDigits: 2 })

function weightLabel(g: number): string {
  return g >= 1000 ? `${grams.format(g / 1000)} kg` : `${g} g`
}

/** The seller's description (sanitised HTML, cleaned when it was saved) and the shipping specs. */
export function ProductDetails({ product }: { product: ProductPageData }) {
  const { length, breadth, height } = product.dimensionsCm
  const hasDescription = product.descriptionHtml.trim().length > 0
  return (
    <div className="grid gap-10 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
      <section aria-labelledby="description-heading" className="min-w-0">
        <h2 id="description-heading" className="mb-3 text-xl font-semibold tracking-tight">
          About this product
        </h2>
        {hasDescription ? (
          <div
            className="max-w-prose text-[15px] leading-relaxed text-foreground/90 [&_a]:text-primary-ink [&_a]:underline [&_h2]:mt-5 [&_h2]:mb-2 [&_h2]:text-lg [&_h2]:font-semibold [&_h3]:mt-4 [&_h3]:mb-2 [&_h3]:font-semibold [&_li]:mb-1 [&_ol]:mb-3 [&_ol]:list-decimal [&_ol]:pl-5 [&_p]:mb-3 [&_strong]:font-semibold [&_ul]:mb-3 [&_ul]:list-disc [&_ul]:pl-5"
            dangerouslySetInnerHTML={{ __html: product.descriptionHtml }}
          />
        ) : (
          <p className="text-muted-foreground">The seller hasn&apos;t added a description yet.</p>
        )}
      </section>
      <section aria-labelledby="specs-heading">
        <h2 id="specs-heading" className="mb-3 text-xl font-semibold tracking-tight">
          Specifications
        </h2>
        <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 rounded-xl border bg-card p-4 text-sm">
          {product.sku ? (
            <>
              <dt className="text-muted-foreground">SKU</dt>
              <dd className="break-all">{product.sku}</dd>
            </>
          ) : null}
          <dt className="text-muted-foreground">Weight</dt>
          <dd>{weightLabel(product.weightGrams)}</dd>
          <dt className="text-muted-foreground">Dimensions</dt>
          <dd>
            {length} × {breadth} × {height} cm <span className="text-muted-foreground">(L × W × H)</span>
          </dd>
          {product.breadcrumb.length > 0 ? (
            <>
              <dt className="text-muted-foreground">Category</dt>
              <dd>{product.breadcrumb.map((c) => c.name).join(' › ')}</dd>
            </>
          ) : null}
          <dt className="text-muted-foreground">Returns</dt>
          <dd>Within {product.store.returnWindowDays} days of delivery</dd>
          <dt className="text-muted-foreground">Cash on delivery</dt>
          <dd>{product.store.codEnabled ? 'Offered by this seller' : 'Not offered by this seller'}</dd>
        </dl>
      </section>
    </div>
  )
}
