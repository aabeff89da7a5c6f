import { DownloadIcon, PackagePlusIcon, PlusIcon, SearchXIcon, UploadIcon } from 'lucide-react'
import type { Metadata } from 'next'
import Link from 'next/link'
import { EmptyState } from '@/components/layout/empty-state'
import { PageHeader } from '@/components/layout/page-header'
import { ListPagination } from '@/components/studio/list-pagination'
import { ProductFilters } from '@/components/studio/product-filters'
import { ProductTable } from '@/components/studio/product-table'
import { Button } from '@/components/ui/button'
import { getCategoryOptions, getProductListPage, getStudioContext } from '@/lib/dal/studio'
import { parseProductListParams } from '@/lib/validations/product-operations'

export const metadata: Metadata = { title: 'Products · Seller studio', robots: { index: false } }

export default async function ProductsPage({ params, searchParams }: PageProps<'/studio/[storeId]/products'>) {
  const { storeId } = await params
  const list = parseProductListParams(await searchParams)
  const [{ readOnly }, page, categories] = await Promise.all([getStudioContext(storeId), getProductListPage(storeId, list), getCategoryOptions()])
  const base = `/studio/${storeId}/products`
  const kept = Object.fromEntries(Object.entries(list).filter(([k, v]) => k !== 'page' && v !== '' && v !== productDefaults[k as keyof typeof productDefaults])) as Record<string, string>

  return (
    <>
      <PageHeader
        title="Products"
        description="Everything you sell, in one place. Select several to change prices or stock together."
        actions={
          readOnly ? null : (
            <>
              <Button asChild variant="outline" size="sm">
                <a href={`/api/studio/${storeId}/products/export`} download>
                  <DownloadIcon aria-hidden="true" /> Export CSV
                </a>
              </Button>
              <Button asChild variant="outline" size="sm">
                <Link href={`${base}/import`}>
                  <UploadIcon aria-hidden="true" /> Import CSV
                </Link>
              </Button>
              <Button asChild size="sm">
                <Link href={`${base}/new`}>
                  <PlusIcon aria-hidden="true" /> Add product
                </Link>
              </Button>
            </>
          )
        }
      />
      {page.storeTotal === 0 ? (
        <EmptyState
          icon={PackagePlusIcon}
          title="Add your first product"
          description="Create products one by one with photos and variants, or bring your whole catalogue from a spreadsheet with a CSV import."
          action={
            <>
              <Button asChild size="lg">
                <Link href={`${base}/new`}>Add product</Link>
              </Button>
              <Button asChild size="lg" variant="outline">
                <Link href={`${base}/import`}>Import CSV</Link>
              </Button>
            </>
          }
        />
      ) : (
        <div className="grid gap-4">
          <ProductFilters action={base} params={list} categories={categories} />
          {page.rows.length === 0 ? (
            <EmptyState
              icon={SearchXIcon}
              title="No products match"
              description="Try another search or fewer filters."
              action={
                <Button asChild variant="outline">
                  <Link href={base}>Clear filters</Link>
                </Button>
              }
            />
          ) : (
            <>
              <ProductTable storeId={storeId} rows={page.rows} readOnly={readOnly} />
              <ListPagination href={base} searchParams={kept} page={list.page} pageCount={page.pageCount} total={page.total} />
            </>
          )}
        </div>
      )}
    </>
  )
}

const productDefaults = { visibility: 'all', status: 'active', stock: 'all', sort: 'updated' }
