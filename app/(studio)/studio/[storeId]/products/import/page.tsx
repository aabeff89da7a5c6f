import { DownloadIcon } from 'lucide-react'
import type { Metadata } from 'next'
import { PageHeader } from '@/components/layout/page-header'
import { CsvTemplateButton } from '@/components/studio/csv-template-link'
import { ProductImport } from '@/components/studio/product-import'
import { Button } from '@/components/ui/button'
import { getImportPage } from '@/lib/dal/studio'
import { CSV_COLUMNS } from '@/lib/domain/product-csv'

export const metadata: Metadata = { title: 'Import and export · Seller studio', robots: { index: false } }

export default async function ImportPage({ params }: PageProps<'/studio/[storeId]/products/import'>) {
  const { storeId } = await params
  const { readOnly, categories, skus } = await getImportPage(storeId)
  return (
    <>
      <PageHeader
        title="Import and export"
        description="Edit your catalogue in a spreadsheet: export, change prices, stock or details, and import the file back. Rows are matched to products by SKU."
      />
      <div className="grid gap-6">
        <section aria-labelledby="export-h" className="grid gap-3 rounded-xl border bg-card p-4 sm:p-6">
          <h2 id="export-h" className="text-lg font-semibold tracking-tight">Export</h2>
          <p className="text-sm text-muted-foreground">Every product, one row per variant, in the same columns the import reads.</p>
          <div className="flex flex-wrap gap-2">
            <Button asChild>
              <a href={`/api/studio/${storeId}/products/export`} download>
                <DownloadIcon aria-hidden="true" /> Download CSV
              </a>
            </Button>
            <CsvTemplateButton />
          </div>
        </section>
        {readOnly ? null : <ProductImport storeId={storeId} categories={categories} skus={skus} />}
        <details className="rounded-xl border bg-card p-4 sm:p-6">
          <summary className="cursor-pointer text-lg font-semibold tracking-tight">Columns</summary>
          <p className="mt-2 text-sm text-muted-foreground">
            One row per variant; rows with the same SKU are one product, and its product columns are read from its first row. A SKU that is new to this store creates a product. For products already in your store, blank cells leave values unchanged and a file with only some of the variants updates those and leaves the rest: so sku, option and variant_stock columns alone are enough for a stock update. Remove variants, or clear a value, on the product’s page.
          </p>
          <dl className="mt-4 grid gap-2 text-sm sm:grid-cols-[12rem_1fr]">
            {CSV_COLUMNS.map(([name, help]) => (
              <div key={name} className="contents">
                <dt className="font-mono text-xs font-semibold sm:pt-0.5">{name}</dt>
                <dd className="mb-2 text-muted-foreground sm:mb-0">{help}</dd>
              </div>
            ))}
          </dl>
        </details>
      </div>
    </>
  )
}
